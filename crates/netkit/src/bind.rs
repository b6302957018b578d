//! Binding a listener, with errors a student can act on.

use std::fmt;
use std::io;
use std::net::{SocketAddr, TcpListener};

/// Why a listener could not be bound, in words that say what to do.
#[derive(Debug)]
pub struct BindError {
    addr: SocketAddr,
    source: io::Error,
}

impl fmt::Display for BindError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (addr, port) = (self.addr, self.addr.port());
        match self.source.kind() {
            io::ErrorKind::AddrInUse => write!(
                f,
                "port {port} is already in use on {}; stop the other server or pass --addr {}:0 to pick a free port",
                addr.ip(),
                addr.ip()
            ),
            io::ErrorKind::PermissionDenied => write!(
                f,
                "no permission to listen on port {port} (ports below 1024 are privileged); use a port above 1024, e.g. --addr {}:{}",
                addr.ip(),
                unprivileged_twin(port)
            ),
            io::ErrorKind::AddrNotAvailable => write!(
                f,
                "{} is not an address of this machine; use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)",
                addr.ip()
            ),
            _ => write!(f, "could not listen on {addr}: {}", self.source),
        }
    }
}

impl std::error::Error for BindError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

impl From<BindError> for io::Error {
    fn from(e: BindError) -> Self {
        io::Error::new(e.source.kind(), e.to_string())
    }
}

/// A port above 1024 that reads like `port`: 80 -> 8080, 443 -> 8443.
fn unprivileged_twin(port: u16) -> u16 {
    if port < 1000 { 8000 + port } else { 8080 }
}

/// Connections the kernel may queue for `accept` (the OS caps it at `somaxconn`).
///
/// std's `TcpListener::bind` asks for 128; a burst of connects (a load test, a c10k demo)
/// or a scheduling hiccup of a few milliseconds overflows that, the kernel drops the
/// SYN, and the client retries only after a whole second. Python's socketserver asks for 5.
pub const LISTEN_BACKLOG: i32 = 1024;

/// Bind a TCP listener on `addr` (port 0 picks a free port; read it back with `local_addr`).
pub fn bind(addr: SocketAddr) -> Result<TcpListener, BindError> {
    listen(addr).map_err(|source| BindError { addr, source })
}

fn listen(addr: SocketAddr) -> io::Result<TcpListener> {
    use socket2::{Domain, Socket, Type};
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, None)?;
    // As std does on Unix: a restarted server may rebind while old connections sit in TIME_WAIT.
    #[cfg(unix)]
    socket.set_reuse_address(true)?;
    socket.bind(&addr.into())?;
    socket.listen(LISTEN_BACKLOG)?;
    Ok(socket.into())
}

/// `n` listeners on one port, each with `SO_REUSEPORT`, so `n` event loops can each
/// accept from their own (nginx's workers). `addr`'s port 0 picks one free port for all.
///
/// On Linux the kernel spreads new connections over the listeners by a hash of each
/// connection's addresses; other systems may accept the option and still give every
/// connection to one listener ([`KERNEL_SPREADS_CONNECTIONS`]).
#[cfg(unix)]
pub fn bind_shared(addr: SocketAddr, n: usize) -> Result<Vec<TcpListener>, BindError> {
    let mut listeners: Vec<TcpListener> = Vec::with_capacity(n);
    let mut at = addr;
    for _ in 0..n.max(1) {
        let listener = listen_shared(at).map_err(|source| BindError { addr: at, source })?;
        at = listener
            .local_addr()
            .map_err(|source| BindError { addr: at, source })?;
        listeners.push(listener);
    }
    Ok(listeners)
}

#[cfg(unix)]
fn listen_shared(addr: SocketAddr) -> io::Result<TcpListener> {
    use socket2::{Domain, Socket, Type};
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, None)?;
    socket.set_reuse_address(true)?;
    socket.set_reuse_port(true)?;
    socket.bind(&addr.into())?;
    socket.listen(LISTEN_BACKLOG)?;
    Ok(socket.into())
}

/// True where the kernel spreads connections over listeners that share a port (Linux);
/// macOS, for one, hands them all to one listener.
pub const KERNEL_SPREADS_CONNECTIONS: bool = cfg!(any(target_os = "linux", target_os = "android"));

/// `addr`, or the same port on every interface (0.0.0.0) when `host_all` is set.
pub fn on_all_interfaces_if(addr: SocketAddr, host_all: bool) -> SocketAddr {
    if host_all {
        SocketAddr::new([0, 0, 0, 0].into(), addr.port())
    } else {
        addr
    }
}

/// One line on what binding `addr` exposes, for the runner to print.
pub fn exposure(addr: SocketAddr) -> &'static str {
    if addr.ip().is_loopback() {
        "only programs on this machine can connect (loopback)"
    } else if addr.ip().is_unspecified() {
        "listening on EVERY interface: other machines on your network can connect too"
    } else {
        "listening on one interface: machines that can reach that address can connect"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_address_says_who_can_connect() {
        assert!(exposure("127.0.0.1:8001".parse().expect("an address")).contains("loopback"));
        assert!(exposure("0.0.0.0:8001".parse().expect("an address")).contains("EVERY interface"));
    }

    /// A privileged port's error suggests that port's unprivileged twin, not lab-01's.
    #[test]
    fn a_privileged_port_suggests_its_twin_above_1024() {
        let error = BindError {
            addr: "127.0.0.1:80".parse().expect("an address"),
            source: io::ErrorKind::PermissionDenied.into(),
        };
        assert!(
            error.to_string().contains("--addr 127.0.0.1:8080"),
            "{error}"
        );
    }
}

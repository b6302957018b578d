//! Holding thousands of idle client connections in one process: how many the open-file
//! limit allows, and connecting them quickly.

use std::io;
use std::net::{SocketAddr, TcpStream};

/// Files one idle connection takes in this process: the client's end, and what the
/// server holds (lab-02's thread-per-connection server holds the most, as it says).
const FILES_PER_CONNECTION: u64 = 1 + threaded_server::waiting::FILES_PER_WAITING_CONNECTION;

/// Files this process keeps for itself (stdio, the listeners, the poll, slack).
const RESERVED_FDS: u64 = 256;

/// Raise the open-file limit as far as allowed, and say how many connections fit.
/// Returns the count to use and, if lowered, the sentence that says why.
pub fn fit_connections(wanted: usize, clients: usize) -> (usize, Option<String>) {
    let limit = rlimit::increase_nofile_limit(u64::MAX).unwrap_or(1024);
    let fits =
        (limit.saturating_sub(RESERVED_FDS + 2 * clients as u64) / FILES_PER_CONNECTION) as usize;
    if wanted <= fits {
        (wanted, None)
    } else {
        let why = format!(
            "lowered the idle connections from {wanted} to {fits}: this process may open {limit} files, and each connection needs {FILES_PER_CONNECTION} here (the client's end, the server's, and the second handle lab-02's server keeps so shutdown can close a waiting connection); raise the limit with `ulimit -n` to hold more"
        );
        (fits, Some(why))
    }
}

/// Open `n` connections to `addr` and send nothing.
pub fn hold_idle(addr: SocketAddr, n: usize) -> io::Result<Vec<TcpStream>> {
    (0..n).map(|_| connect_bound(addr)).collect()
}

/// Connect after binding to an ephemeral port first. A plain `connect` searches for a
/// source port that keeps the 4-tuple unique, and once loopback's ports are crowded
/// with TIME_WAIT (every load-test request leaves one for a minute) that search took
/// 3 ms per connection here; `bind` to port 0 takes any free port at once.
fn connect_bound(addr: SocketAddr) -> io::Result<TcpStream> {
    let socket = socket2::Socket::new(
        socket2::Domain::for_address(addr),
        socket2::Type::STREAM,
        None,
    )?;
    let any_port = SocketAddr::new(
        if addr.is_ipv4() {
            [127, 0, 0, 1].into()
        } else {
            std::net::Ipv6Addr::LOCALHOST.into()
        },
        0,
    );
    socket.bind(&any_port.into())?;
    socket.connect(&addr.into())?;
    Ok(socket.into())
}

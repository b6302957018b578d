//! Closing a connection so the client sees a clean end, not a reset.
//!
//! If a socket is closed while bytes the peer sent are still unread, the kernel
//! answers with RST instead of FIN, and the client may lose the response it was
//! reading (curl: "Connection reset by peer", exit 56). So: shut down our sending
//! side (the client sees EOF after the response), then read and discard whatever the
//! client still sends until it closes too, bounded in bytes and time.

use std::io::Read;
use std::net::{Shutdown, TcpStream};
use std::time::{Duration, Instant};

/// How long to wait for the client to close after our response.
pub const DRAIN_TIMEOUT: Duration = Duration::from_millis(500);

/// Most bytes we read and throw away while draining.
pub const DRAIN_LIMIT: usize = 64 * 1024;

/// Half-close, drain, then drop the socket. Errors are ignored: the response is sent.
pub fn finish(mut stream: TcpStream) {
    if stream.shutdown(Shutdown::Write).is_err() {
        return;
    }
    let deadline = Instant::now() + DRAIN_TIMEOUT;
    let mut scratch = [0u8; 4096];
    let mut drained = 0;
    while drained < DRAIN_LIMIT {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            break;
        }
        match stream.read(&mut scratch) {
            Ok(0) | Err(_) => break,
            Ok(n) => drained += n,
        }
    }
}

/// A stopping server answers what still waits in its listener's backlog with
/// `response` (a 503 that says `Connection: close`) instead of dropping the listener,
/// which would reset every one of them. How many were answered.
pub fn refuse_backlog(
    listener: &std::net::TcpListener,
    response: &crate::response::Response,
) -> usize {
    if listener.set_nonblocking(true).is_err() {
        return 0;
    }
    let mut answered = 0;
    while let Ok((stream, _)) = listener.accept() {
        // Accepted sockets do not inherit non-blocking mode on Linux; make sure of it.
        let _ = stream.set_nonblocking(false);
        refuse(stream, response);
        answered += 1;
    }
    answered
}

/// Refuse a connection fast: write `response`, half-close, drop. No drain, so a full
/// server never waits on the client it is refusing. Our FIN goes out before any reset
/// the client's late bytes may provoke, so the client still reads the response, then EOF.
pub fn refuse(mut stream: TcpStream, response: &crate::response::Response) {
    if response.write_to(&mut stream).is_ok() {
        let _ = stream.shutdown(Shutdown::Write);
    }
}

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

/// Refuse a connection fast: write `response`, half-close, drop. No drain, so a full
/// server never waits on the client it is refusing. Our FIN goes out before any reset
/// the client's late bytes may provoke, so the client still reads the response, then EOF.
pub fn refuse(mut stream: TcpStream, response: &crate::response::Response) {
    if response.write_to(&mut stream).is_ok() {
        let _ = stream.shutdown(Shutdown::Write);
    }
}

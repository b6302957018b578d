//! Read one request head from a socket: bounded in bytes, by one deadline.
//!
//! The same rules as netkit's blocking reader, written with `.await`: the deadline
//! covers the whole head (a client dripping a byte a second still times out), at most
//! [`MAX_HEAD_BYTES`] are looked at, and the bytes after a head stay in `buf` for the
//! next request (pipelining). Reading stops while a full head is waiting in `buf`, so
//! a client that pipelines and never reads cannot make us buffer more than one head.

use netkit::request::{MAX_HEAD_BYTES, Request, RequestError, parse_head};
use tokio::net::TcpStream;
use tokio::time::{Instant, timeout_at};

/// The next request head: from `buf` if it already holds one, else read more from
/// `stream` until `deadline`. Its bytes are removed from `buf`; what follows is kept.
///
/// Cancellation-safe: every byte read is in `buf` before the next `.await`, so a
/// `select!` that drops this future loses nothing (see [`crate::cancel`]).
pub async fn read_head(
    stream: &mut TcpStream,
    buf: &mut Vec<u8>,
    deadline: Instant,
) -> Result<Request, RequestError> {
    loop {
        let window = buf.len().min(MAX_HEAD_BYTES);
        if let Some(request) = parse_head(&buf[..window])? {
            buf.drain(..request.head_len);
            return Ok(request);
        }
        if window == MAX_HEAD_BYTES {
            return Err(RequestError::HeadTooLarge);
        }
        // `.await` #1: wait until the socket is readable, or the deadline passes. No
        // buffer is held across it, so an idle connection's task costs no read buffer:
        // readiness first, then a read that cannot wait (lab-07's two steps).
        match timeout_at(deadline, stream.readable()).await {
            Err(_) => return Err(RequestError::Timeout),
            Ok(Err(e)) => return Err(RequestError::Io(e)),
            Ok(Ok(())) => {}
        }
        let mut chunk = [0u8; 4096];
        let most = (MAX_HEAD_BYTES - buf.len()).min(chunk.len());
        match stream.try_read(&mut chunk[..most]) {
            Ok(0) => return Err(RequestError::Closed),
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            // Readiness can be spurious: wait again.
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(e) => return Err(RequestError::Io(e)),
        }
    }
}

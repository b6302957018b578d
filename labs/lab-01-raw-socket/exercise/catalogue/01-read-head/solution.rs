//! Hint level 3 for `01-read-head`: a whole solution, in other words than netkit's.

use netkit::request::{MAX_HEAD_BYTES, Request, RequestError, is_timeout, parse_head};
use std::io::Read;
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// Read one request head from `stream`: at most [`MAX_HEAD_BYTES`], within `timeout`.
pub fn read_request(stream: &mut TcpStream, timeout: Duration) -> Result<Request, RequestError> {
    // One deadline for the whole head: a client dripping a byte at a time cannot hold us.
    let deadline = Instant::now() + timeout;
    let mut buf = vec![0u8; MAX_HEAD_BYTES];
    let mut filled = 0;
    loop {
        if let Some(request) = parse_head(&buf[..filled])? {
            return Ok(request);
        }
        if filled == buf.len() {
            return Err(RequestError::HeadTooLarge);
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(RequestError::Timeout);
        }
        stream.set_read_timeout(Some(left)).map_err(RequestError::Io)?;
        match stream.read(&mut buf[filled..]) {
            Ok(0) => return Err(RequestError::Closed),
            Ok(n) => filled += n,
            Err(e) if is_timeout(&e) => return Err(RequestError::Timeout),
            Err(e) => return Err(RequestError::Io(e)),
        }
    }
}

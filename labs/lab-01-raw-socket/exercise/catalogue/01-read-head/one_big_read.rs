//! Mistake: one read into a buffer big enough for any head. A read returns what has
//! arrived so far, not the whole head: the lecture's bug with a bigger buffer.

use netkit::request::{MAX_HEAD_BYTES, Request, RequestError, is_timeout, parse_head};
use std::io::Read;
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// Read one request head from `stream`: at most [`MAX_HEAD_BYTES`], within `timeout`.
pub fn read_request(stream: &mut TcpStream, timeout: Duration) -> Result<Request, RequestError> {
    stream.set_read_timeout(Some(timeout)).map_err(RequestError::Io)?;
    let mut buf = vec![0u8; 64 * 1024];
    let n = match stream.read(&mut buf) {
        Ok(0) => return Err(RequestError::Closed),
        Ok(n) => n,
        Err(e) if is_timeout(&e) => return Err(RequestError::Timeout),
        Err(e) => return Err(RequestError::Io(e)),
    };
    if n > MAX_HEAD_BYTES {
        return Err(RequestError::HeadTooLarge);
    }
    parse_head(&buf[..n])?.ok_or_else(|| RequestError::Malformed("incomplete head".into()))
}

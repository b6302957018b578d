//! The bytes a connection has sent that are not yet used: one buffer per connection, so
//! a connection can carry request after request (HTTP/1.1 keep-alive and pipelining).
//!
//! Two rules keep such a connection honest:
//! 1. **Bytes after a head are kept, not dropped.** Two requests sent in one write are
//!    two requests, answered in order.
//! 2. **A body is consumed as a body.** A `POST` with `Content-Length: 37` is followed by
//!    37 bytes of body, even when they look like a request: reading them as the next
//!    request would run what the client only sent as data (request smuggling).

use crate::request::{MAX_HEAD_BYTES, Request, RequestError, is_timeout, parse_head};
use std::io::{self, Read};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// The largest body these servers read (and throw away): more is answered 413.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// The unused bytes of one connection.
#[derive(Debug, Default)]
pub struct Incoming {
    pending: Vec<u8>,
}

impl Incoming {
    /// Bytes received and not yet used (the start of the next request, if any).
    pub fn pending(&self) -> usize {
        self.pending.len()
    }

    /// The next request head: from the bytes already here if they hold one, else read
    /// more, at most [`MAX_HEAD_BYTES`] in all, within `timeout`. Its body is not read.
    pub fn read_request(
        &mut self,
        stream: &mut TcpStream,
        timeout: Duration,
    ) -> Result<Request, RequestError> {
        let deadline = Instant::now() + timeout;
        loop {
            let window = self.pending.len().min(MAX_HEAD_BYTES);
            if let Some(request) = parse_head(&self.pending[..window])? {
                self.pending.drain(..request.head_len);
                return Ok(request);
            }
            if window == MAX_HEAD_BYTES {
                return Err(RequestError::HeadTooLarge);
            }
            let got = self.fill(stream, deadline, MAX_HEAD_BYTES - self.pending.len())?;
            if got == 0 {
                return Err(RequestError::Closed);
            }
        }
    }

    /// Read and throw away a body of `len` bytes (the request's `Content-Length`),
    /// starting with the bytes already here, within `timeout`.
    pub fn skip_body(
        &mut self,
        stream: &mut TcpStream,
        len: usize,
        timeout: Duration,
    ) -> Result<(), RequestError> {
        if len > MAX_BODY_BYTES {
            return Err(RequestError::BodyTooLarge);
        }
        let deadline = Instant::now() + timeout;
        let mut left = len;
        loop {
            let here = left.min(self.pending.len());
            self.pending.drain(..here);
            left -= here;
            if left == 0 {
                return Ok(());
            }
            if self.fill(stream, deadline, left.min(64 * 1024))? == 0 {
                return Err(RequestError::Closed);
            }
        }
    }

    /// Read up to `most` more bytes before `deadline`; 0 means the peer closed.
    fn fill(
        &mut self,
        stream: &mut TcpStream,
        deadline: Instant,
        most: usize,
    ) -> Result<usize, RequestError> {
        let mut chunk = [0u8; 8192];
        let most = most.clamp(1, chunk.len());
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(RequestError::Timeout);
            }
            stream
                .set_read_timeout(Some(left))
                .map_err(RequestError::Io)?;
            match stream.read(&mut chunk[..most]) {
                Ok(n) => {
                    self.pending.extend_from_slice(&chunk[..n]);
                    return Ok(n);
                }
                Err(e) if is_timeout(&e) => return Err(RequestError::Timeout),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(RequestError::Io(e)),
            }
        }
    }
}

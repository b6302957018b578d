//! Sending a response within one deadline, so a client that never reads cannot hold
//! the thread that writes to it.
//!
//! `write_all` on a blocking socket waits for as long as the client's receive window
//! stays full: a client that pipelines requests and never reads its answers stops a
//! worker for good. A write timeout on each `write` is not enough either (a client
//! reading a byte a minute keeps every single write short of it), so the whole
//! response gets one deadline, as a request head does.

use std::io::{self, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// Write all of `bytes` to `stream` within `limit` in all; a `TimedOut` error past it.
pub fn send_within(stream: &mut TcpStream, bytes: &[u8], limit: Duration) -> io::Result<()> {
    let deadline = Instant::now() + limit;
    let mut sent = 0;
    while sent < bytes.len() {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "the client did not read the response in time",
            ));
        }
        stream.set_write_timeout(Some(left))?;
        match stream.write(&bytes[sent..]) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => sent += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) if crate::request::is_timeout(&e) => {
                return Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    "the client did not read the response in time",
                ));
            }
            Err(e) => return Err(e),
        }
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpListener;

    /// A peer that never reads: a response larger than the socket buffers fails with
    /// `TimedOut` after the limit, instead of blocking for ever.
    #[test]
    fn a_client_that_never_reads_times_the_send_out() {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind on loopback");
        let peer = TcpStream::connect(listener.local_addr().expect("an address")).expect("connect");
        let (mut server_side, _) = listener.accept().expect("accept");
        let started = Instant::now();
        let big = vec![b'x'; 64 * 1024 * 1024];
        let sent = send_within(&mut server_side, &big, Duration::from_millis(300));
        assert_eq!(sent.map_err(|e| e.kind()), Err(io::ErrorKind::TimedOut));
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{:?}",
            started.elapsed()
        );
        drop(peer);
    }
}

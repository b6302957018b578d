//! A client that keeps its connection: request after request on one socket, each
//! response read by its `Content-Length` (a kept-alive response never ends in EOF).

use crate::client::{ClientResponse, parse_response};
use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

/// One persistent HTTP/1.1 connection, opened on first use and again after a failure.
#[derive(Debug)]
pub struct KeptAlive {
    addr: SocketAddr,
    timeout: Duration,
    stream: Option<TcpStream>,
    unread: Vec<u8>,
}

impl KeptAlive {
    /// A client for `addr`; each connect and read gives up after `timeout`.
    pub fn new(addr: SocketAddr, timeout: Duration) -> Self {
        Self {
            addr,
            timeout,
            stream: None,
            unread: Vec::new(),
        }
    }

    /// `GET path` on the kept connection. On any error the connection is dropped, and
    /// the next call opens a new one.
    pub fn get(&mut self, path: &str) -> io::Result<ClientResponse> {
        let result = self.exchange(path);
        if result.is_err() {
            self.stream = None;
            self.unread.clear();
        }
        result
    }

    fn exchange(&mut self, path: &str) -> io::Result<ClientResponse> {
        if self.stream.is_none() {
            let stream = TcpStream::connect_timeout(&self.addr, self.timeout)?;
            stream.set_read_timeout(Some(self.timeout))?;
            stream.set_nodelay(true)?;
            self.stream = Some(stream);
        }
        let stream = self.stream.as_mut().expect("connected just above");
        let request = format!("GET {path} HTTP/1.1\r\nHost: {}\r\n\r\n", self.addr);
        stream.write_all(request.as_bytes())?;
        let mut chunk = [0u8; 8192];
        loop {
            if let Some(response) = complete_response(&mut self.unread) {
                return Ok(response);
            }
            let n = stream.read(&mut chunk)?;
            if n == 0 {
                return Err(io::ErrorKind::UnexpectedEof.into());
            }
            self.unread.extend_from_slice(&chunk[..n]);
        }
    }
}

/// Take one whole response (head and `Content-Length` body) off the front of `raw`.
fn complete_response(raw: &mut Vec<u8>) -> Option<ClientResponse> {
    let mut response = parse_response(raw).ok()?;
    let length: usize = response.header("Content-Length")?.parse().ok()?;
    if response.body.len() < length {
        return None;
    }
    let used = raw.len() - response.body.len() + length;
    response.body.truncate(length);
    raw.drain(..used);
    Some(response)
}

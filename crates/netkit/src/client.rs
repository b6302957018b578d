//! A small blocking HTTP client: one request per connection, like the load generator.

use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

/// How long `get` waits to connect and for each read.
pub const CLIENT_TIMEOUT: Duration = Duration::from_secs(10);

/// A response as the client saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientResponse {
    /// Status code.
    pub status: u16,
    /// Header names and values.
    pub headers: Vec<(String, String)>,
    /// Body bytes (everything after the head until the server closed).
    pub body: Vec<u8>,
}

impl ClientResponse {
    /// The body as text (lossy).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// A header's value by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// `GET path` from `addr`, with [`CLIENT_TIMEOUT`].
pub fn get(addr: SocketAddr, path: &str) -> io::Result<ClientResponse> {
    get_with_timeout(addr, path, CLIENT_TIMEOUT)
}

/// `GET path` from `addr`, failing with `TimedOut`/`WouldBlock` if any step takes longer than `timeout`.
pub fn get_with_timeout(
    addr: SocketAddr,
    path: &str,
    timeout: Duration,
) -> io::Result<ClientResponse> {
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    let raw = send_raw(addr, request.as_bytes(), timeout)?;
    parse_response(&raw)
}

/// Connect, send `bytes`, and read everything until the server closes.
pub fn send_raw(addr: SocketAddr, bytes: &[u8], timeout: Duration) -> io::Result<Vec<u8>> {
    let mut stream = TcpStream::connect_timeout(&addr, timeout)?;
    stream.set_read_timeout(Some(timeout))?;
    stream.set_write_timeout(Some(timeout))?;
    stream.write_all(bytes)?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    Ok(raw)
}

/// Send `bytes` to `addr` and return the status of the answer (for tests of bad requests).
pub fn status_for_raw(addr: SocketAddr, bytes: &[u8], timeout: Duration) -> io::Result<u16> {
    Ok(parse_response(&send_raw(addr, bytes, timeout)?)?.status)
}

/// Split raw response bytes into status, headers and body. Interim responses (1xx,
/// such as `100 Continue`) are skipped, as RFC 9110 §15.2 requires of a client.
pub fn parse_response(raw: &[u8]) -> io::Result<ClientResponse> {
    let mut raw = raw;
    loop {
        let response = parse_one(raw)?;
        if !(100..200).contains(&response.status) {
            return Ok(response);
        }
        let head_len = raw.len() - response.body.len();
        raw = &raw[head_len..];
    }
}

/// One response head and everything after it.
fn parse_one(raw: &[u8]) -> io::Result<ClientResponse> {
    let mut headers = [httparse::EMPTY_HEADER; 32];
    let mut parsed = httparse::Response::new(&mut headers);
    let bad = |why: String| io::Error::new(io::ErrorKind::InvalidData, why);
    match parsed.parse(raw) {
        Ok(httparse::Status::Complete(head_len)) => Ok(ClientResponse {
            status: parsed.code.unwrap_or_default(),
            headers: crate::request::owned_headers(parsed.headers),
            body: raw[head_len..].to_vec(),
        }),
        Ok(httparse::Status::Partial) => Err(bad(format!(
            "incomplete response head ({} bytes)",
            raw.len()
        ))),
        Err(e) => Err(bad(format!("not an HTTP response: {e}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interim_100_continue_is_skipped() {
        let raw = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi";
        let response = parse_response(raw).expect("a response");
        assert_eq!(
            (response.status, response.body.as_slice()),
            (200, &b"hi"[..])
        );
    }
}

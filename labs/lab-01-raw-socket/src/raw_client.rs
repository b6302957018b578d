//! A raw TCP client: send text, print the bytes that come back, headers and all.
//!
//! Unlike a browser it hides nothing: the status line, every header, the body, and
//! whether the server ended with a clean close or a reset.

use std::fmt;
use std::io;
use std::net::SocketAddr;
use std::time::Duration;

/// The request a browser would send for `path`, minus the dozen headers it adds.
pub fn get_request(addr: SocketAddr, path: &str) -> String {
    format!(
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nUser-Agent: lab-01-client\r\nConnection: close\r\n\r\n"
    )
}

/// Why the client failed, as one sentence with a fix.
#[derive(Debug)]
pub struct ClientError {
    addr: SocketAddr,
    source: io::Error,
}

impl fmt::Display for ClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.source.kind() {
            io::ErrorKind::ConnectionRefused => write!(
                f,
                "nothing is listening on {}; start the server first with `cargo run -p lab-01`",
                self.addr
            ),
            io::ErrorKind::ConnectionReset => write!(
                f,
                "the server at {} reset the connection (the naive server does this when it leaves bytes unread)",
                self.addr
            ),
            k if netkit::request::is_timeout(&self.source) || k == io::ErrorKind::TimedOut => {
                write!(
                    f,
                    "{} did not answer in time; is the address right?",
                    self.addr
                )
            }
            _ => write!(f, "could not talk to {}: {}", self.addr, self.source),
        }
    }
}

impl std::error::Error for ClientError {}

/// Send `text` to `addr` and return every byte the server sent before closing.
pub fn send(addr: SocketAddr, text: &str, timeout: Duration) -> Result<Vec<u8>, ClientError> {
    netkit::client::send_raw(addr, text.as_bytes(), timeout)
        .map_err(|source| ClientError { addr, source })
}

/// Turn the escapes a shell user types (`\r`, `\n`, `\t`, `\\`) into the bytes they mean.
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(ch) = chars.next() {
        if ch != '\\' {
            out.push(ch);
            continue;
        }
        match chars.next() {
            Some('r') => out.push('\r'),
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn shell_escapes_become_bytes() {
        assert_eq!(
            super::unescape(r"GET / HTTP/1.0\r\n\r\n"),
            "GET / HTTP/1.0\r\n\r\n"
        );
        assert_eq!(super::unescape(r"a\\b\"), "a\\b\\");
    }
}

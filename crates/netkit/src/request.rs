//! Reading one HTTP/1.1 request head, safely.
//!
//! A server that trusts its client reads until it sees `\r\n\r\n`. A server that
//! survives its clients also bounds the head's size (431) and the time it may take to
//! arrive (408), so one slow or hostile client cannot hold a thread forever.

use std::fmt;
use std::io;
use std::net::TcpStream;
use std::time::Duration;

/// Largest request head we accept; larger gets `431 Request Header Fields Too Large`.
pub const MAX_HEAD_BYTES: usize = 8 * 1024;

/// Most header lines we parse; more also gets 431.
pub const MAX_HEADERS: usize = 64;

/// How long the whole head may take to arrive unless the caller says otherwise.
pub const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(5);

/// The parsed request head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The request target, e.g. `/sleep?ms=50`.
    pub target: String,
    /// `1` for HTTP/1.1, `0` for HTTP/1.0.
    pub minor_version: u8,
    /// Header names and values in arrival order.
    pub headers: Vec<(String, String)>,
    /// Bytes the head took on the wire, including the blank line.
    pub head_len: usize,
    /// Bytes of body that follow the head (its `Content-Length`; 0 without one).
    pub body_len: usize,
}

impl Request {
    /// The target in origin form: `/path?query`. A proxy-style absolute target
    /// (`http://host/path?query`, which servers must accept) loses its scheme and host.
    pub fn origin_form(&self) -> &str {
        let Some((_, after_scheme)) = self.target.split_once("://").filter(|(scheme, _)| {
            scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")
        }) else {
            return &self.target;
        };
        after_scheme
            .find(['/', '?'])
            .map_or("/", |start| &after_scheme[start..])
    }

    /// The path without its query string.
    pub fn path(&self) -> &str {
        let target = self.origin_form();
        match target.split_once('?') {
            Some(("", _)) => "/",
            Some((path, _)) => path,
            None => target,
        }
    }

    /// The value of query parameter `name`, if present: `/sleep?ms=50` gives `ms` = `50`.
    pub fn query(&self, name: &str) -> Option<&str> {
        let (_, query) = self.origin_form().split_once('?')?;
        query
            .split('&')
            .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
    }

    /// A header's value by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Whether the client asks to keep the connection open: HTTP/1.1 does unless it
    /// says `Connection: close`; HTTP/1.0 only if it says `Connection: keep-alive`.
    pub fn wants_keep_alive(&self) -> bool {
        match self.header("Connection").map(str::to_ascii_lowercase) {
            Some(value) if value.contains("close") => false,
            Some(value) if value.contains("keep-alive") => true,
            _ => self.minor_version >= 1,
        }
    }

    /// `GET / HTTP/1.1`, as a log line shows it.
    pub fn request_line(&self) -> String {
        format!(
            "{} {} HTTP/1.{}",
            self.method, self.target, self.minor_version
        )
    }
}

/// Why no request could be read.
#[derive(Debug)]
pub enum RequestError {
    /// Not HTTP: answer 400.
    Malformed(String),
    /// Head over [`MAX_HEAD_BYTES`] or [`MAX_HEADERS`]: answer 431.
    HeadTooLarge,
    /// The head did not arrive in time: answer 408.
    Timeout,
    /// A method or body encoding this server does not implement: answer 501.
    NotImplemented(String),
    /// A body over [`crate::incoming::MAX_BODY_BYTES`]: answer 413.
    BodyTooLarge,
    /// The peer closed before sending a full head (a port scanner, a cancelled tab). Not worth an answer.
    Closed,
    /// Any other socket error (a reset). Not worth an answer.
    Io(io::Error),
}

impl RequestError {
    /// The status to answer with, or `None` when the peer is gone.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Malformed(_) => Some(400),
            Self::HeadTooLarge => Some(431),
            Self::Timeout => Some(408),
            Self::NotImplemented(_) => Some(501),
            Self::BodyTooLarge => Some(413),
            Self::Closed | Self::Io(_) => None,
        }
    }
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Malformed(why) => write!(f, "malformed request: {why}"),
            Self::HeadTooLarge => write!(f, "request head over {MAX_HEAD_BYTES} bytes"),
            Self::Timeout => write!(f, "no complete request head before the read timeout"),
            Self::NotImplemented(why) => write!(f, "not implemented: {why}"),
            Self::BodyTooLarge => write!(f, "request body over 1 MiB"),
            Self::Closed => write!(f, "peer closed before sending a request"),
            Self::Io(e) => write!(f, "socket error: {e}"),
        }
    }
}

impl std::error::Error for RequestError {}

/// Read one request head from `stream`, giving up after `timeout` in all.
///
/// The deadline covers the whole head, not each read: a client that sends one byte a
/// second would otherwise never time out. For a connection that carries several requests
/// (keep-alive), keep one [`crate::incoming::Incoming`] instead: it keeps the bytes that
/// follow a head.
pub fn read_request(stream: &mut TcpStream, timeout: Duration) -> Result<Request, RequestError> {
    crate::incoming::Incoming::default().read_request(stream, timeout)
}

/// Parse a request head from `bytes`: `Ok(None)` while it is still incomplete.
pub fn parse_head(bytes: &[u8]) -> Result<Option<Request>, RequestError> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut parsed = httparse::Request::new(&mut headers);
    match parsed.parse(bytes) {
        Ok(httparse::Status::Partial) => Ok(None),
        Ok(httparse::Status::Complete(head_len)) => {
            let mut request = Request {
                method: parsed.method.unwrap_or_default().to_string(),
                target: parsed.path.unwrap_or_default().to_string(),
                minor_version: parsed.version.unwrap_or(1),
                headers: owned_headers(parsed.headers),
                head_len,
                body_len: 0,
            };
            request.body_len = crate::validate::check_head(&request)?;
            Ok(Some(request))
        }
        Err(httparse::Error::TooManyHeaders) => Err(RequestError::HeadTooLarge),
        Err(e) => Err(RequestError::Malformed(e.to_string())),
    }
}

/// httparse's borrowed headers as owned `(name, value)` pairs (values decoded lossily).
pub fn owned_headers(headers: &[httparse::Header<'_>]) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|h| {
            (
                h.name.to_string(),
                String::from_utf8_lossy(h.value).into_owned(),
            )
        })
        .collect()
}

/// True for the error a read timeout raises (`WouldBlock` on Unix, `TimedOut` on Windows).
pub fn is_timeout(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
    )
}

#[cfg(test)]
mod tests;

//! Writing an HTTP/1.1 response a browser, curl and wrk all accept.
//!
//! Two headers make the difference against the lecture's bare status line:
//! `Content-Length` tells the client where the body ends, and `Connection: close`
//! tells it not to reuse the socket, so load tools reconnect instead of counting errors.

use std::io::{self, Write};

/// A response to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// Status code, e.g. 200.
    pub status: u16,
    /// `Content-Type` header value.
    pub content_type: &'static str,
    /// The body bytes.
    pub body: Vec<u8>,
}

impl Response {
    /// An HTML response.
    pub fn html(status: u16, body: impl Into<Vec<u8>>) -> Self {
        Self {
            status,
            content_type: "text/html; charset=utf-8",
            body: body.into(),
        }
    }

    /// A plain-text response.
    pub fn text(status: u16, body: impl Into<Vec<u8>>) -> Self {
        Self {
            status,
            content_type: "text/plain; charset=utf-8",
            body: body.into(),
        }
    }

    /// A short plain-text error page for `status`: `408 Request Timeout`.
    pub fn error(status: u16) -> Self {
        Self::text(status, format!("{status} {}\n", reason(status)))
    }

    /// The full response bytes: status line, headers, blank line, body.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.to_bytes_with(false)
    }

    /// The response bytes, saying `Connection: keep-alive` (the server will read another
    /// request on this connection) or `Connection: close`.
    pub fn to_bytes_with(&self, keep_alive: bool) -> Vec<u8> {
        let connection = if keep_alive { "keep-alive" } else { "close" };
        let head = format!(
            "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: {connection}\r\n\r\n",
            self.status,
            reason(self.status),
            self.content_type,
            self.body.len()
        );
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(&self.body);
        bytes
    }

    /// The bytes of this response as the answer to a request with `method`: for `HEAD`,
    /// the same head, `Content-Length` included, and no body (RFC 9110 §9.3.2), or a
    /// keep-alive client would read the body where it expects the next status line.
    pub fn to_bytes_for(&self, method: &str, keep_alive: bool) -> Vec<u8> {
        let mut bytes = self.to_bytes_with(keep_alive);
        if method == "HEAD" {
            bytes.truncate(bytes.len() - self.body.len());
        }
        bytes
    }

    /// Write the response in one call, so it leaves in as few packets as possible.
    pub fn write_to(&self, out: &mut impl Write) -> io::Result<()> {
        out.write_all(&self.to_bytes())?;
        out.flush()
    }
}

#[cfg(test)]
mod head_tests {
    use super::*;

    #[test]
    fn a_head_answer_has_the_get_answer_s_head_and_no_body() {
        let page = Response::text(200, "hello\n");
        let get = page.to_bytes_for("GET", false);
        let head = page.to_bytes_for("HEAD", false);
        assert!(get.ends_with(b"\r\n\r\nhello\n"));
        assert_eq!(head, get[..get.len() - 6].to_vec());
        assert!(String::from_utf8_lossy(&head).contains("Content-Length: 6\r\n"));
    }
}

/// The reason phrase for the statuses these labs use.
pub fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        408 => "Request Timeout",
        413 => "Content Too Large",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        503 => "Service Unavailable",
        _ => "Unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn response_carries_length_and_close() {
        let text = String::from_utf8(Response::text(200, "hi").to_bytes()).unwrap();
        assert!(text.starts_with("HTTP/1.1 200 OK\r\n"));
        assert!(text.contains("Content-Length: 2\r\n"));
        assert!(text.contains("Connection: close\r\n"));
        assert!(text.ends_with("\r\n\r\nhi"));
    }
}

//! What a careful server refuses in a head that parses: a method it does not know
//! (501), a body length it cannot trust (400), a body encoding it does not implement (501),
//! a Host that is missing from an HTTP/1.1 request or given twice (400, RFC 9112 §3.2), and
//! the target `*` on any method but OPTIONS (400, RFC 9112 §3.2.4).
//!
//! A body's length must be certain, or the bytes after the head could be read as the
//! next request: that is request smuggling. So a `Content-Length` must be digits, the
//! same in every copy, and a `Transfer-Encoding` (chunked bodies) is refused, since these
//! servers do not decode it.

use crate::request::{Request, RequestError};

/// The methods HTTP/1.1 defines (RFC 9110); anything else is answered 501.
pub const KNOWN_METHODS: [&str; 9] = [
    "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "CONNECT",
];

/// Check a parsed head: `Ok` with the body's length in bytes (0 without a body).
pub fn check_head(request: &Request) -> Result<usize, RequestError> {
    if !KNOWN_METHODS.contains(&request.method.as_str()) {
        return Err(RequestError::NotImplemented(format!(
            "method {} is not one this server knows",
            request.method
        )));
    }
    check_host(request)?;
    if request.target == "*" && request.method != "OPTIONS" {
        return Err(RequestError::Malformed(format!(
            "{} * is not a request: only OPTIONS may ask about the server as a whole",
            request.method
        )));
    }
    if request.header("Transfer-Encoding").is_some() {
        return Err(RequestError::NotImplemented(
            "a Transfer-Encoding (chunked body) is not supported; send Content-Length".into(),
        ));
    }
    body_length(request)
}

/// Exactly one `Host` in an HTTP/1.1 request, at most one in HTTP/1.0: which site a
/// request is for must never be a guess (two Hosts could route one request twice).
fn check_host(request: &Request) -> Result<(), RequestError> {
    let hosts = request
        .headers
        .iter()
        .filter(|(name, _)| name.eq_ignore_ascii_case("Host"))
        .count();
    match (hosts, request.minor_version) {
        (0, 1) => Err(RequestError::Malformed(
            "an HTTP/1.1 request must say which host it is for (a Host header)".into(),
        )),
        (2.., _) => Err(RequestError::Malformed(
            "a request may name its host once, not in two Host headers".into(),
        )),
        _ => Ok(()),
    }
}

/// The `Content-Length`, which must be digits only and the same in every copy.
fn body_length(request: &Request) -> Result<usize, RequestError> {
    let mut length = None;
    for (_, value) in request
        .headers
        .iter()
        .filter(|(name, _)| name.eq_ignore_ascii_case("Content-Length"))
    {
        let value = value.trim();
        let parsed = (!value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()))
            .then(|| value.parse::<usize>().ok())
            .flatten()
            .ok_or_else(|| RequestError::Malformed(format!("bad Content-Length {value:?}")))?;
        if length.is_some_and(|l| l != parsed) {
            return Err(RequestError::Malformed(
                "two different Content-Length headers".into(),
            ));
        }
        length = Some(parsed);
    }
    Ok(length.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use crate::request::parse_head;

    fn status(head: &[u8]) -> Option<u16> {
        parse_head(head).err().and_then(|e| e.status())
    }

    #[test]
    fn a_missing_or_doubled_host_is_400() {
        assert_eq!(status(b"GET / HTTP/1.1\r\n\r\n"), Some(400));
        assert_eq!(
            status(b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"),
            Some(400)
        );
        assert_eq!(status(b"GET / HTTP/1.0\r\n\r\n"), None);
        assert_eq!(status(b"GET / HTTP/1.1\r\nhost: a\r\n\r\n"), None);
    }

    #[test]
    fn the_target_star_is_for_options_only() {
        assert_eq!(status(b"GET * HTTP/1.1\r\nHost: a\r\n\r\n"), Some(400));
        assert_eq!(status(b"OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n"), None);
    }

    #[test]
    fn an_unknown_method_is_501_and_known_ones_pass() {
        assert_eq!(status(b"BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n"), Some(501));
        assert_eq!(status(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"), None);
        assert_eq!(status(b"DELETE /x HTTP/1.1\r\nHost: x\r\n\r\n"), None);
    }

    #[test]
    fn a_negative_or_garbled_or_doubled_content_length_is_400() {
        assert_eq!(
            status(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n"),
            Some(400)
        );
        assert_eq!(
            status(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1e3\r\n\r\n"),
            Some(400)
        );
        assert_eq!(
            status(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n"),
            Some(400)
        );
        let ok = parse_head(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n")
            .unwrap()
            .unwrap();
        assert_eq!(ok.body_len, 5);
    }

    #[test]
    fn a_chunked_body_is_501() {
        assert_eq!(
            status(b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"),
            Some(501)
        );
    }
}

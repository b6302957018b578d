//! Mistake: Content-Length counted in characters. For an ASCII body it is the same; for
//! "你好" it says 2 where the body is 6 bytes, and the client stops early.

use netkit::response::{Response, reason};

/// The full bytes of `response`: status line, headers, blank line, body.
pub fn response_bytes(response: &Response) -> Vec<u8> {
    let mut bytes = Vec::new();
    bytes.extend_from_slice(
        format!("HTTP/1.1 {} {}\r\n", response.status, reason(response.status)).as_bytes(),
    );
    bytes.extend_from_slice(format!("Content-Type: {}\r\n", response.content_type).as_bytes());
    let text = String::from_utf8_lossy(&response.body);
    bytes.extend_from_slice(format!("Content-Length: {}\r\n", text.chars().count()).as_bytes());
    bytes.extend_from_slice(b"Connection: close\r\n\r\n");
    bytes.extend_from_slice(&response.body);
    bytes
}

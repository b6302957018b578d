//! Mistake: no `Connection: close`. An HTTP/1.1 client may keep the connection for its
//! next request, which this server will never read.

use netkit::response::{Response, reason};

/// The full bytes of `response`: status line, headers, blank line, body.
pub fn response_bytes(response: &Response) -> Vec<u8> {
    let mut bytes = Vec::new();
    bytes.extend_from_slice(
        format!("HTTP/1.1 {} {}\r\n", response.status, reason(response.status)).as_bytes(),
    );
    bytes.extend_from_slice(format!("Content-Type: {}\r\n", response.content_type).as_bytes());
    // The length in bytes: "你好" is 2 characters and 6 bytes.
    bytes.extend_from_slice(format!("Content-Length: {}\r\n", response.body.len()).as_bytes());
    bytes.extend_from_slice(b"\r\n");
    bytes.extend_from_slice(&response.body);
    bytes
}

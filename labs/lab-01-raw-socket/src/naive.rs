//! The lecture's first server, wrong on purpose.
//!
//! **What is wrong:** it calls `read` once with a 1024-byte buffer and assumes that was
//! the whole request; it answers with a bare status line (no `Content-Length`, so the
//! client can only find the end of the body when the socket closes); and it closes at
//! once, without reading what the client still has in flight.
//!
//! **What you will see:** a browser shows the page (browsers are forgiving). But send a
//! request head over 1024 bytes (`curl -H "X-Pad: $(head -c 3000 /dev/zero | tr '\0' a)"`)
//! and the unread bytes make the kernel answer the close with RST instead of FIN: curl
//! prints "Connection reset by peer" and exits 56. wrk counts a read error per request.
//!
//! **What fixes it:** [`crate::careful`]: read the whole head, send `Content-Length`,
//! half-close and drain.
//!
//! (The lecture's version also had no read timeout; this one keeps the accept loop's
//! timeout only so that Ctrl-C can always stop it.)

use crate::accept_loop::Tally;
use crate::events::Event;
use crate::page::page_response;
use netkit::request::{Request, RequestError, parse_head};
use netkit::response::Response;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// The one buffer the lecture reads into.
pub const NAIVE_READ_BYTES: usize = 1024;

/// Serve one connection the naive way: one read, a bare response, close.
pub fn serve_connection(mut stream: TcpStream, on_event: &mut dyn FnMut(Event)) -> Tally {
    on_event(Event::WaitingForRequest);
    let mut buf = [0u8; NAIVE_READ_BYTES];
    let n = match stream.read(&mut buf) {
        Ok(n) => n,
        Err(e) => {
            on_event(Event::Dropped(format!("read failed: {e}")));
            return Tally::Dropped;
        }
    };
    let text = String::from_utf8_lossy(&buf[..n]);
    let line = text.lines().next().unwrap_or("").to_string();
    on_event(Event::RequestRead { line, bytes: n });
    let response = bare_response_bytes(&page_response());
    if let Err(e) = stream.write_all(&response) {
        on_event(Event::Dropped(format!("could not write the response: {e}")));
        return Tally::Dropped;
    }
    on_event(Event::Responded {
        status: 200,
        bytes: response.len(),
    });
    // Dropping the stream closes it with whatever the client sent still unread: an RST.
    drop(stream);
    Tally::Served
}

/// The lecture's read as a step of its own: one `read` of at most 1024 bytes, parsed.
/// A head that did not arrive in that one read is reported as malformed. The careful
/// step that fixes it is [`netkit::request::read_request`]: read until the blank line.
pub fn read_once(stream: &mut TcpStream, timeout: Duration) -> Result<Request, RequestError> {
    stream
        .set_read_timeout(Some(timeout))
        .map_err(RequestError::Io)?;
    let mut buf = [0u8; NAIVE_READ_BYTES];
    let n = stream.read(&mut buf).map_err(RequestError::Io)?;
    match parse_head(&buf[..n])? {
        Some(request) => Ok(request),
        None => Err(RequestError::Malformed(format!(
            "the head did not arrive in one read of {NAIVE_READ_BYTES} bytes"
        ))),
    }
}

/// The lecture's response: a status line, a blank line, the body. No `Content-Length`,
/// so the client learns where the body ends only when the connection closes. The
/// careful encoding is [`Response::to_bytes`].
pub fn bare_response_bytes(response: &Response) -> Vec<u8> {
    let mut bytes = format!(
        "HTTP/1.1 {} {}\r\n\r\n",
        response.status,
        netkit::response::reason(response.status)
    )
    .into_bytes();
    bytes.extend_from_slice(&response.body);
    bytes
}

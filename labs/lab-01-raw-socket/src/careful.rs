//! Serving one connection correctly.
//!
//! 1. Read until the head is complete, but never more than 8 KiB (431) and never
//!    longer than the read timeout (408); garbage gets 400.
//! 2. Write the whole response with `Content-Length` and `Connection: close`.
//! 3. Half-close and drain ([`netkit::close::finish`]) so the client sees EOF, not a reset.

use crate::accept_loop::Tally;
use crate::events::Event;
use crate::page::page_response;
use netkit::request::{Request, RequestError};
use netkit::response::Response;
use std::io::Write;
use std::net::TcpStream;
use std::time::Duration;

/// Reads one request head from a connection, within a time limit.
pub type ReadRequest = fn(&mut TcpStream, Duration) -> Result<Request, RequestError>;

/// Turns a response into the bytes sent on the wire.
pub type EncodeResponse = fn(&Response) -> Vec<u8>;

/// The two steps a careful server gets right, as values, so an exercise (or the naive
/// server's steps) can be swapped in and graded by the same connection handling.
#[derive(Debug, Clone, Copy)]
pub struct Steps {
    /// Read the whole head, up to the blank line, within 8 KiB.
    pub read: ReadRequest,
    /// Encode the response with `Content-Length` and `Connection: close`.
    pub encode: EncodeResponse,
}

/// The careful steps: netkit's bounded read and its full response.
pub const CAREFUL: Steps = Steps {
    read: netkit::request::read_request,
    encode: Response::to_bytes,
};

/// Serve one connection: the page for any request, an error status for a bad one.
pub fn serve_connection(
    stream: TcpStream,
    read_timeout: Duration,
    on_event: &mut dyn FnMut(Event),
) -> Tally {
    serve_connection_with(stream, read_timeout, &CAREFUL, on_event)
}

/// [`serve_connection`] with the given read and encode steps.
pub fn serve_connection_with(
    mut stream: TcpStream,
    read_timeout: Duration,
    steps: &Steps,
    on_event: &mut dyn FnMut(Event),
) -> Tally {
    on_event(Event::WaitingForRequest);
    let mut head_only = false;
    let (response, tally) = match (steps.read)(&mut stream, read_timeout) {
        Ok(request) => {
            head_only = request.method == "HEAD";
            on_event(Event::RequestRead {
                line: request.request_line(),
                bytes: request.head_len,
            });
            (page_response(), Tally::Served)
        }
        Err(e) => match e.status() {
            Some(status) => {
                on_event(Event::Rejected {
                    status,
                    why: e.to_string(),
                });
                (Response::error(status), Tally::Rejected)
            }
            None => {
                on_event(Event::Dropped(e.to_string()));
                return Tally::Dropped;
            }
        },
    };
    let mut bytes = (steps.encode)(&response);
    if head_only {
        // A HEAD answer is the GET answer's head alone (RFC 9110 §9.3.2).
        bytes.truncate(bytes.len().saturating_sub(response.body.len()));
    }
    if let Err(e) = stream.write_all(&bytes).and_then(|()| stream.flush()) {
        on_event(Event::Dropped(format!("could not write the response: {e}")));
        return Tally::Dropped;
    }
    if tally == Tally::Served {
        on_event(Event::Responded {
            status: response.status,
            bytes: bytes.len(),
        });
    }
    netkit::close::finish(stream);
    tally
}

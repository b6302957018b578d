//! Serving one connection correctly.
//!
//! 1. Read until the head is complete, but never more than 8 KiB (431) and never
//!    longer than the read timeout (408); garbage gets 400.
//! 2. Write the whole response with `Content-Length` and `Connection: close`.
//! 3. Half-close and drain ([`netkit::close::finish`]) so the client sees EOF, not a reset.

use crate::accept_loop::Tally;
use crate::events::Event;
use crate::page::page_response;
use netkit::request::read_request;
use netkit::response::Response;
use std::net::TcpStream;
use std::time::Duration;

/// Serve one connection: the page for any request, an error status for a bad one.
pub fn serve_connection(
    mut stream: TcpStream,
    read_timeout: Duration,
    on_event: &mut dyn FnMut(Event),
) -> Tally {
    on_event(Event::WaitingForRequest);
    let (response, tally) = match read_request(&mut stream, read_timeout) {
        Ok(request) => {
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
    let bytes = response.to_bytes();
    if let Err(e) = response.write_to(&mut stream) {
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

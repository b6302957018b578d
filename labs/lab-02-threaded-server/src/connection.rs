//! Serving one connection, whatever thread the model runs it on.
//!
//! Read the head (bounded in size and time), run the handler with its panics
//! caught, write the response, close politely. A panicking handler costs its client
//! a 500, never the thread: `catch_unwind` turns the panic back into a value.

use crate::server::ServerState;
use crate::waiting::STOPPING_READ_TIMEOUT;
use netkit::request::{Request, read_request};
use netkit::response::Response;
use std::net::TcpStream;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// Serve one request on `stream`, then close it.
pub fn serve_connection(mut stream: TcpStream, state: &ServerState) {
    let ticket = state.waiting.begin_read(&stream);
    let timeout = if ticket.is_some() {
        state.read_timeout
    } else {
        STOPPING_READ_TIMEOUT
    };
    let head = read_request(&mut stream, timeout);
    if let Some(ticket) = ticket {
        state.waiting.end_read(ticket);
    }
    let response = match head {
        Ok(request) => {
            let response = call_handler(state, &request);
            state.stats.served();
            response
        }
        Err(e) => match e.status() {
            Some(status) => {
                state.stats.rejected();
                Response::error(status)
            }
            None => return, // the peer left, or shutdown closed an idle connection
        },
    };
    if response.write_to(&mut stream).is_ok() {
        netkit::close::finish(stream);
    }
}

/// Run the handler; a panic becomes a 500 and is counted.
fn call_handler(state: &ServerState, request: &Request) -> Response {
    // AssertUnwindSafe: the handler shares nothing with us that a panic could leave
    // half-updated; the request is only read.
    catch_unwind(AssertUnwindSafe(|| (state.handler)(request))).unwrap_or_else(|_| {
        state.stats.panicked();
        Response::error(500)
    })
}

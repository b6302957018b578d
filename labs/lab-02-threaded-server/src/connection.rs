//! Serving one connection, whatever thread the model runs it on.
//!
//! Read the head (bounded in size and time), run the handler with its panics
//! caught, write the response, close politely (or, with keep-alive, read the next
//! request: and hold the thread while the client thinks, which is the trap). A panicking handler costs its client
//! a 500, never the thread: `catch_unwind` turns the panic back into a value.

use crate::server::ServerState;
use netkit::request::{Request, RequestError, read_request};
use netkit::response::Response;
use std::io::Write;
use std::net::TcpStream;

/// Serve one request on `stream`, then close it; or, with keep-alive on and asked for,
/// go on reading requests on the same connection until the client closes, says
/// `Connection: close`, or stays idle past the read timeout.
pub fn serve_connection(mut stream: TcpStream, state: &ServerState) {
    let mut first = true;
    loop {
        let slot = state.waiting.begin_read(&stream);
        let head = read_request(&mut stream, slot.read_timeout(state.read_timeout));
        state.waiting.end_read(slot);
        let (response, keep_alive) = match head {
            Ok(request) => {
                let response = call_handler(state, &request);
                state.stats.served();
                if first {
                    state.stats.connection_served();
                }
                (response, state.keep_alive && request.wants_keep_alive())
            }
            // An idle kept-alive connection timing out is normal: close it without a 408.
            Err(RequestError::Timeout) if !first => return,
            Err(e) => match e.status() {
                Some(status) => {
                    state.stats.rejected();
                    (Response::error(status), false)
                }
                None => return, // the peer left, or shutdown closed an idle connection
            },
        };
        if stream
            .write_all(&response.to_bytes_with(keep_alive))
            .is_err()
        {
            return;
        }
        if !keep_alive {
            netkit::close::finish(stream);
            return;
        }
        first = false;
    }
}

/// Run the handler; a panic becomes a 500 and is counted.
fn call_handler(state: &ServerState, request: &Request) -> Response {
    netkit::handler::call(&state.handler, request).unwrap_or_else(|| {
        state.stats.panicked();
        Response::error(500)
    })
}

//! Serving one connection, whatever thread the model runs it on.
//!
//! Read the head (bounded in size and time), run the handler with its panics
//! caught, write the response, close politely (or, with keep-alive, read the next
//! request: and hold the thread while the client thinks, which is the trap). A panicking handler costs its client
//! a 500, never the thread: `catch_unwind` turns the panic back into a value.

use crate::server::ServerState;
use netkit::incoming::Incoming;
use netkit::request::{Request, RequestError};
use netkit::response::Response;
use std::net::TcpStream;

/// Serve one request on `stream`, then close it; or, with keep-alive on and asked for,
/// go on reading requests on the same connection until the client closes, says
/// `Connection: close`, or stays idle past the read timeout.
pub fn serve_connection(mut stream: TcpStream, state: &ServerState) {
    // The connection's unused bytes: a pipelined next request waits here.
    let mut incoming = Incoming::default();
    let mut first = true;
    loop {
        // 1. The next head: from the bytes already here, or from the socket.
        let slot = state.waiting.begin_read(&stream);
        // The first head's deadline runs from accept, not from when a worker got here.
        let timeout = if first {
            state.accepted.time_left(&stream, state.read_timeout)
        } else {
            state.read_timeout
        };
        let head = incoming.read_request(&mut stream, slot.read_timeout(timeout));
        state.waiting.end_read(slot);
        // A client too slow to send its head gets its 408 without the polite drain:
        // draining a slowloris would give it the worker for another DRAIN_TIMEOUT.
        let too_slow = matches!(head, Err(RequestError::Timeout)) && first;
        // 2. Answer it (nothing to send: the peer left, or shutdown answered it).
        let Some((response, keep_alive, method)) =
            answer(state, &mut incoming, &mut stream, head, first)
        else {
            return;
        };
        // 3. Send it; then close, or go round for the next request.
        // Within one deadline: a client that never reads must not keep this thread.
        let bytes = response.to_bytes_for(&method, keep_alive);
        if netkit::send::send_within(&mut stream, &bytes, state.read_timeout).is_err() {
            return;
        }
        if too_slow {
            let _ = stream.shutdown(std::net::Shutdown::Write);
            return;
        }
        if !keep_alive {
            netkit::close::finish(stream);
            return;
        }
        first = false;
    }
}

/// The answer to one head, or to the error reading it: `(response, keep alive, method)`.
/// `None` when there is nothing to send: the peer left, an idle kept-alive connection
/// timed out (normal: closed without a 408), or shutdown answered 503 already. A
/// kept-alive request's body is read and dropped first, so its bytes can never be
/// taken for the next request.
fn answer(
    state: &ServerState,
    incoming: &mut Incoming,
    stream: &mut TcpStream,
    head: Result<Request, RequestError>,
    first: bool,
) -> Option<(Response, bool, String)> {
    let request = match head {
        Ok(request) => request,
        Err(RequestError::Timeout) if !first => return None,
        Err(e) => return e.status().map(|status| rejected(state, status)),
    };
    let keep_alive = state.keep_alive && request.wants_keep_alive();
    if keep_alive && let Err(e) = incoming.skip_body(stream, request.body_len, state.read_timeout) {
        return e.status().map(|status| rejected(state, status));
    }
    // Without keep-alive, the close drains whatever the client still sends.
    let claim = state.in_flight.begin(stream);
    let response = call_handler(state, &request);
    if !state.in_flight.finish(claim) {
        return None; // past the grace: shutdown answered 503 already
    }
    state.stats.served();
    if first {
        state.stats.connection_served();
    }
    Some((response, keep_alive, request.method))
}

/// A bad request: count it, answer `status`, and close after.
fn rejected(state: &ServerState, status: u16) -> (Response, bool, String) {
    state.stats.rejected();
    (Response::error(status), false, String::new())
}

/// Run the handler; a panic becomes a 500 and is counted.
fn call_handler(state: &ServerState, request: &Request) -> Response {
    netkit::handler::call(&state.handler, request).unwrap_or_else(|| {
        state.stats.panicked();
        Response::error(500)
    })
}

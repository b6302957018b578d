//! One request-response exchange on an accepted connection.
//!
//! Read the head (bounded), call the handler, write the response, close politely.
//! A head that cannot be read gets its error status (400, 431, 408); a peer that left
//! gets nothing. Servers call this from whatever thread their model gives them.

use crate::request::{Request, read_request};
use crate::response::Response;
use std::net::TcpStream;
use std::time::Duration;

/// What happened on one connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A request was read and answered with this status.
    Served {
        /// The request line, for logs.
        request_line: String,
        /// The handler's status.
        status: u16,
    },
    /// The head was bad, too big or too slow; this error status was sent.
    Rejected(u16),
    /// The peer left or the socket failed before a request arrived; nothing was sent.
    Dropped,
}

/// Serve one request on `stream` with `handler`, then close the connection.
pub fn exchange(
    mut stream: TcpStream,
    read_timeout: Duration,
    handler: impl FnOnce(&Request) -> Response,
) -> Outcome {
    let outcome = match read_request(&mut stream, read_timeout) {
        Ok(request) => {
            let response = handler(&request);
            let request_line = request.request_line();
            match response.write_to(&mut stream) {
                Ok(()) => Outcome::Served {
                    request_line,
                    status: response.status,
                },
                Err(_) => Outcome::Dropped,
            }
        }
        Err(e) => match e.status() {
            Some(status) if Response::error(status).write_to(&mut stream).is_ok() => {
                Outcome::Rejected(status)
            }
            _ => Outcome::Dropped,
        },
    };
    crate::close::finish(stream);
    outcome
}

//! Mistake: a fresh buffer for every request. Requests that came in the same write as
//! the one before are thrown away with the old buffer.

use netkit::incoming::Incoming;
use netkit::request::Request;
use netkit::response::Response;
use std::io::Write;
use std::net::TcpStream;
use std::time::Duration;

/// Answer every request on `stream` with `handler`, until the client is done.
pub fn serve_keep_alive(
    mut stream: TcpStream,
    timeout: Duration,
    handler: &(dyn Fn(&Request) -> Response + Sync),
) {
    loop {
        let mut incoming = Incoming::default();
        let (response, keep_alive) = match incoming.read_request(&mut stream, timeout) {
            Ok(request) => (handler(&request), request.wants_keep_alive()),
            // Not HTTP, too big, too slow: answer the status, then close.
            Err(e) => match e.status() {
                Some(status) => (Response::error(status), false),
                None => break, // the client closed, or the socket failed: nobody to answer
            },
        };
        let sent = stream.write_all(&response.to_bytes_with(keep_alive));
        if sent.is_err() || !keep_alive {
            break;
        }
    }
    netkit::close::finish(stream);
}

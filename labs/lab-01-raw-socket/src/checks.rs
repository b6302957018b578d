//! The lab's outcome checks, run against real sockets on 127.0.0.1.
//!
//! One check, two callers: the lab's tests run them on the careful steps
//! ([`crate::careful::CAREFUL`]), and the exercise (`labs/lab-01-raw-socket/exercise`)
//! runs them with a student's read or encode step swapped in. Each check starts the
//! lab's accept loop on port 0, sends real bytes, and panics with a sentence in the
//! student's words when the expectation fails.

use crate::careful::{Steps, serve_connection_with};
use labkit::testkit::{TEST_TIMEOUT, within};
use netkit::client::{parse_response, send_raw};
use std::net::SocketAddr;
use std::time::Duration;

/// How long a check may take before it fails as a hang.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

const HANG: &str = "does the server wait for bytes that never come? Stop reading at the blank line";

/// A request head of exactly `total` bytes, padded with one long header.
pub fn padded_head(total: usize) -> Vec<u8> {
    let start = "GET / HTTP/1.1\r\nHost: test\r\nX-Pad: ";
    let end = "\r\n\r\n";
    let pad = "a".repeat(total.saturating_sub(start.len() + end.len()));
    format!("{start}{pad}{end}").into_bytes()
}

/// Serve one connection with `steps` on a fresh listener; send `bytes`; return the raw
/// reply, or the client's error (a reset shows as `ConnectionReset`).
fn exchange(steps: Steps, bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let listener = netkit::bind::bind("127.0.0.1:0".parse().expect("a valid address"))
        .expect("port 0 on loopback binds");
    let addr: SocketAddr = listener
        .local_addr()
        .expect("a bound listener has an address");
    let server = std::thread::spawn(move || {
        if let Ok((stream, _)) = listener.accept() {
            serve_connection_with(stream, TEST_TIMEOUT, &steps, &mut |_| {});
        }
    });
    let reply = send_raw(addr, bytes, TEST_TIMEOUT);
    let _ = server.join();
    reply
}

/// The status a reply carries, or a sentence saying why there is none.
fn status_of(reply: std::io::Result<Vec<u8>>, what: &str) -> u16 {
    let raw = reply.unwrap_or_else(|e| {
        panic!(
            "{what}: the client got no clean response ({e}); a reset means bytes were left unread"
        )
    });
    parse_response(&raw)
        .unwrap_or_else(|e| panic!("{what}: the reply is not an HTTP response ({e})"))
        .status
}

/// A 2,000-byte head (more than one 1024-byte read) gets 200, then a clean close (EOF,
/// not a reset).
pub fn a_2000_byte_head_gets_200_and_a_clean_close(steps: Steps) {
    within(TIME_LIMIT, HANG, move || {
        let status = status_of(
            exchange(steps, &padded_head(2000)),
            "a 2,000-byte request head",
        );
        assert!(
            status == 200,
            "a 2,000-byte request head got {status}, not 200: keep reading until the blank \
             line (\\r\\n\\r\\n), one read is not enough"
        );
    });
}

/// A 16 KiB head, over the 8 KiB limit, gets 431.
pub fn a_16_kib_head_gets_431(steps: Steps) {
    within(TIME_LIMIT, HANG, move || {
        let status = status_of(
            exchange(steps, &padded_head(16 * 1024)),
            "a 16 KiB request head",
        );
        assert!(
            status == 431,
            "a 16 KiB request head got {status}, not 431: stop after 8 KiB without a blank \
             line and answer RequestError::HeadTooLarge"
        );
    });
}

/// Bytes that are not HTTP get 400.
pub fn garbage_gets_400(steps: Steps) {
    within(TIME_LIMIT, HANG, move || {
        let status = status_of(exchange(steps, b"HELLO \x01\x02 THERE\r\n\r\n"), "garbage");
        assert!(
            status == 400,
            "garbage got {status}, not 400: parse the head with netkit::request::parse_head \
             and pass its error on"
        );
    });
}

/// The response says where its body ends (`Content-Length` equal to the body's length)
/// and that the connection closes (`Connection: close`).
pub fn the_response_says_where_its_body_ends(steps: Steps) {
    within(TIME_LIMIT, HANG, move || {
        let raw = exchange(steps, b"GET / HTTP/1.1\r\nHost: test\r\n\r\n")
            .unwrap_or_else(|e| panic!("a plain GET got no clean response ({e})"));
        let text = String::from_utf8_lossy(&raw);
        let (head, body) = text
            .split_once("\r\n\r\n")
            .unwrap_or_else(|| panic!("the response has no blank line between its head and body"));
        assert!(
            head.starts_with("HTTP/1.1 200"),
            "the response should start with \"HTTP/1.1 200\", but starts with {:?}",
            head.lines().next().unwrap_or_default()
        );
        let header = |name: &str| {
            head.lines().skip(1).find_map(|line| {
                let (key, value) = line.split_once(':')?;
                key.trim()
                    .eq_ignore_ascii_case(name)
                    .then(|| value.trim().to_string())
            })
        };
        let length = header("Content-Length");
        assert!(
            length.as_deref() == Some(body.len().to_string().as_str()),
            "Content-Length is {length:?} but the body is {} bytes: without it, a client \
             cannot tell where the body ends",
            body.len()
        );
        let connection = header("Connection");
        assert!(
            connection
                .as_deref()
                .is_some_and(|c| c.eq_ignore_ascii_case("close")),
            "the response says Connection: {connection:?}, not close: tell the client not to \
             send another request on this socket"
        );
    });
}

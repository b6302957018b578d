//! The lab's outcome checks, run against real sockets on 127.0.0.1.
//!
//! One check, two callers: the lab's tests run them on the careful steps
//! ([`crate::careful::CAREFUL`]), and the exercise (`labs/lab-01-raw-socket/exercise`)
//! runs them with a student's read or encode step swapped in. Each check starts the
//! lab's accept loop on port 0, sends real bytes, and panics with a sentence in the
//! student's words when the expectation fails.

pub mod keep_alive;

use crate::careful::{Steps, serve_connection_with};
use labkit::testkit::{TEST_TIMEOUT, within};
use netkit::client::parse_response;
use netkit::response::Response;
use std::io::{Read, Write};
use std::net::SocketAddr;
use std::net::TcpStream;
use std::time::{Duration, Instant};

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

/// The server's read timeout in the timeout checks: short, so they finish quickly.
pub const SHORT_TIMEOUT: Duration = Duration::from_millis(500);

/// How long a client in a check waits for an answer.
const CLIENT_WAIT: Duration = Duration::from_secs(3);

/// What a slow client saw: the reply (or the client's error: a reset shows as
/// `ConnectionReset`, no answer as a timeout), and when its first byte came.
struct Seen {
    reply: std::io::Result<Vec<u8>>,
    first_byte_after: Option<Duration>,
}

/// Serve one connection with `steps` on a fresh listener, with `read_timeout`; send
/// `pieces` `gap` apart (a slow client) while another thread reads the reply.
fn exchange_slowly(steps: Steps, read_timeout: Duration, pieces: &[&[u8]], gap: Duration) -> Seen {
    let addr = serve_one(move |stream| {
        serve_connection_with(stream, read_timeout, &steps, &mut |_| {});
    });
    let started = Instant::now();
    let connected = TcpStream::connect(addr).and_then(|s| s.set_nodelay(true).map(|()| s));
    let mut stream = match connected {
        Ok(stream) => stream,
        Err(e) => {
            return Seen {
                reply: Err(e),
                first_byte_after: None,
            };
        }
    };
    let patience = CLIENT_WAIT + gap * pieces_len(pieces);
    let reader = stream.try_clone().map(|mut theirs| {
        std::thread::spawn(move || {
            let _ = theirs.set_read_timeout(Some(patience));
            read_reply(&mut theirs, started)
        })
    });
    for (i, piece) in pieces.iter().enumerate() {
        if i > 0 {
            // The slow client: each piece arrives on its own, after the server read the last.
            std::thread::sleep(gap);
        }
        // A server that already answered (a 408) may have closed: stop sending.
        if stream.write_all(piece).is_err() {
            break;
        }
    }
    match reader {
        Ok(reader) => reader.join().unwrap_or_else(|_| Seen {
            reply: Err(std::io::Error::other("the reading thread panicked")),
            first_byte_after: None,
        }),
        Err(e) => Seen {
            reply: Err(e),
            first_byte_after: None,
        },
    }
}

fn pieces_len(pieces: &[&[u8]]) -> u32 {
    u32::try_from(pieces.len()).unwrap_or(u32::MAX)
}

/// Read until the server closes, noting when the first byte came.
fn read_reply(stream: &mut TcpStream, started: Instant) -> Seen {
    let (mut reply, mut first_byte_after) = (Vec::new(), None);
    let mut chunk = [0u8; 4096];
    loop {
        match stream.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => {
                first_byte_after.get_or_insert_with(|| started.elapsed());
                reply.extend_from_slice(&chunk[..n]);
            }
            Err(_) if !reply.is_empty() => break,
            Err(e) => {
                return Seen {
                    reply: Err(e),
                    first_byte_after,
                };
            }
        }
    }
    Seen {
        reply: Ok(reply),
        first_byte_after,
    }
}

/// A listener on 127.0.0.1 port 0 whose first connection `serve` handles on a thread of
/// its own; the listener's address. Not joined: a server that never gives up on a
/// silent client would hang the check, and the check's own sentence must win.
fn serve_one(serve: impl FnOnce(TcpStream) + Send + 'static) -> SocketAddr {
    let listener = netkit::bind::bind("127.0.0.1:0".parse().expect("a valid address"))
        .expect("port 0 on loopback binds");
    let addr = listener
        .local_addr()
        .expect("a bound listener has an address");
    std::thread::spawn(move || {
        if let Ok((stream, _)) = listener.accept() {
            serve(stream);
        }
    });
    addr
}

/// Send `bytes` in one write to a server with the tests' read timeout.
fn exchange(steps: Steps, bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    exchange_slowly(steps, TEST_TIMEOUT, &[bytes], Duration::ZERO).reply
}

/// The status a reply carries, or a sentence saying why there is none.
fn status_of(reply: std::io::Result<Vec<u8>>, what: &str) -> u16 {
    let raw = reply.unwrap_or_else(|e| {
        let why = if netkit::request::is_timeout(&e) {
            format!("no answer within {} s", CLIENT_WAIT.as_secs())
        } else if e.kind() == std::io::ErrorKind::ConnectionReset {
            "the connection was reset: bytes the server never read were still waiting".into()
        } else {
            format!("no clean response ({e})")
        };
        panic!("{what}: {why}")
    });
    parse_response(&raw)
        .unwrap_or_else(|e| panic!("{what}: the reply is not an HTTP response ({e})"))
        .status
}

/// A 2,000-byte head (more than one 1024-byte read), sent in two pieces as a slow
/// network delivers it, gets 200, then a clean close (EOF, not a reset).
pub fn a_2000_byte_head_gets_200_and_a_clean_close(steps: Steps) {
    within(TIME_LIMIT, HANG, move || {
        let head = padded_head(2000);
        let (first, rest) = head.split_at(700);
        let reply = exchange_slowly(
            steps,
            TEST_TIMEOUT,
            &[first, rest],
            Duration::from_millis(100),
        )
        .reply;
        let status = status_of(reply, "a 2,000-byte request head sent in two pieces");
        assert!(
            status == 200,
            "a 2,000-byte request head sent in two pieces got {status}, not 200: one read \
             returns only what has arrived so far, so keep reading until the blank line \
             (\\r\\n\\r\\n)"
        );
    });
}

/// A 16 KiB head, over the 8 KiB limit, gets 431, even when it arrives in one burst.
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

/// A client that sends half a head and goes quiet gets 408 once the read timeout passes.
pub fn a_silent_client_gets_408(steps: Steps) {
    within(TIME_LIMIT, HANG, move || {
        let half: &[u8] = b"GET / HTTP/1.1\r\nHost: test\r\n";
        let reply = exchange_slowly(steps, SHORT_TIMEOUT, &[half], Duration::ZERO).reply;
        let what = format!(
            "a client that sent half a head and went quiet (the server's read timeout is {} ms)",
            SHORT_TIMEOUT.as_millis()
        );
        if reply.as_ref().is_err_and(netkit::request::is_timeout) {
            panic!(
                "{what} got no answer within {} s: set a read timeout, and answer \
                 RequestError::Timeout (408) when it passes",
                CLIENT_WAIT.as_secs()
            );
        }
        let status = status_of(reply, &what);
        assert!(
            status == 408,
            "a client that sent half a head and went quiet got {status}, not 408: set a read \
             timeout and answer RequestError::Timeout when it passes"
        );
    });
}

/// A client that drips its head a few bytes at a time, never finishing, gets 408 once
/// the timeout has passed in all: the timeout is for the whole head, not each read.
pub fn a_dripping_client_gets_408_in_time(steps: Steps) {
    within(TIME_LIMIT, HANG, move || {
        let drip: Vec<&[u8]> = std::iter::once(&b"GET / HTTP/1.1\r\nHost: x\r\n"[..])
            .chain(std::iter::repeat_n(&b"X-Drip: 1\r\n"[..], 25))
            .collect();
        let seen = exchange_slowly(steps, SHORT_TIMEOUT, &drip, Duration::from_millis(100));
        let status = match &seen.reply {
            Ok(raw) => parse_response(raw).map_or(0, |r| r.status),
            Err(_) => 0,
        };
        let in_time = SHORT_TIMEOUT + Duration::from_secs(1);
        let answered = seen.first_byte_after.filter(|after| *after <= in_time);
        assert!(
            status == 408 && answered.is_some(),
            "a client that sent a header line every 100 ms for 2.5 s, never finishing its \
             head, {} (the server's read timeout is {} ms): the timeout is for the whole head, \
             not for each read, or a client that sends a byte at a time is never timed out. \
             Work out a deadline once, and before each read set the read timeout to the time left",
            match seen.first_byte_after {
                Some(after) => format!(
                    "got {status} after {:.1} s, not a 408 within {:.1} s",
                    after.as_secs_f64(),
                    in_time.as_secs_f64()
                ),
                None => "got no answer".into(),
            },
            SHORT_TIMEOUT.as_millis()
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

/// Parse the bytes `encode` made of `response`, and say what is wrong with them, if
/// anything, in one sentence.
fn wrong_with(encode: crate::careful::EncodeResponse, response: &Response) -> Option<String> {
    let raw = encode(response);
    let what = format!(
        "the bytes for a {} response with a {}-byte {} body",
        response.status,
        response.body.len(),
        response.content_type
    );
    let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") else {
        return Some(format!(
            "{what} have no blank line (\\r\\n\\r\\n) after the head"
        ));
    };
    let parsed = match parse_response(&raw) {
        Ok(parsed) => parsed,
        Err(e) => return Some(format!("{what} are not an HTTP response ({e})")),
    };
    let status_line = String::from_utf8_lossy(&raw[..end])
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    let want_line = format!(
        "HTTP/1.1 {} {}",
        response.status,
        netkit::response::reason(response.status)
    );
    if status_line != want_line {
        return Some(format!(
            "{what} start with \"{status_line}\", not \"{want_line}\": the response must be \
             built from the response it is given"
        ));
    }
    let length = response.body.len().to_string();
    match parsed.header("Content-Length") {
        None => {
            return Some(format!(
                "{what} have no Content-Length: without it, a client cannot tell where the body ends"
            ));
        }
        Some(said) if said != length => {
            return Some(format!(
                "{what} say Content-Length: {said}: count the body in bytes (body.len()), not \
                 in characters, so a client knows where it ends"
            ));
        }
        Some(_) => {}
    }
    if parsed.header("Content-Type") != Some(response.content_type) {
        return Some(format!(
            "{what} say Content-Type: {}: the response must be built from the response it is given",
            parsed.header("Content-Type").unwrap_or("(none)")
        ));
    }
    if parsed.body != response.body {
        return Some(format!(
            "{what} carry a different body ({} bytes): the response must be built from the \
             response it is given",
            parsed.body.len()
        ));
    }
    if !parsed
        .header("Connection")
        .is_some_and(|c| c.eq_ignore_ascii_case("close"))
    {
        return Some(format!(
            "{what} do not say Connection: close: tell the client not to send another \
             request on this socket"
        ));
    }
    None
}

/// Responses of several statuses, types and bodies are each encoded from what they
/// hold: status line, Content-Type, Content-Length, Connection: close, then the body.
pub fn the_response_is_built_from_its_input(steps: Steps) {
    within(TIME_LIMIT, HANG, move || {
        let responses = [
            Response::text(200, "hello\n"),
            Response::html(404, "<h1>not here</h1>\n"),
            Response::error(408),
            Response::text(503, ""),
        ];
        for response in &responses {
            if let Some(wrong) = wrong_with(steps.encode, response) {
                panic!("{wrong}");
            }
        }
    });
}

/// A body that is not ASCII (3-byte Chinese characters, a 2-byte umlaut, a 3-byte
/// check mark) is counted in bytes.
pub fn lengths_are_counted_in_bytes(steps: Steps) {
    within(TIME_LIMIT, HANG, move || {
        let response = Response::text(200, "你好, wörld ✓\n");
        if let Some(wrong) = wrong_with(steps.encode, &response) {
            panic!("{wrong}");
        }
    });
}

//! The lab's outcome checks for one connection's non-blocking read and write steps.
//!
//! One check, two callers: the lab's tests run them on [`crate::conn::NON_BLOCKING`], and
//! the exercise (`labs/lab-07-event-loop/exercise`) runs them on a student's steps. Each
//! check starts the lab's event loop on 127.0.0.1 port 0 with the steps under test, drives
//! it with real clients, and panics with a sentence in the student's words.

pub mod deadlines;

use crate::conn::IoSteps;
use crate::server::{EventLoopHandle, Handler, Options, serve};
use labkit::testkit::{TEST_TIMEOUT, within};
use netkit::client::{get_with_timeout, parse_response};
use netkit::response::Response;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::Duration;

/// How long a check may take before it fails as a hang.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

/// Idle clients held open while the active ones are served.
pub const IDLE: usize = 200;

/// Active clients, each sending one request.
pub const ACTIVE: usize = 64;

/// The size of `/big`: more than loopback's socket buffers hold, so writes are partial.
pub const BIG: usize = 16 * 1024 * 1024;

const HANG: &str = "does a step loop for ever, or wait for a readiness event that never comes?";

fn start(steps: IoSteps) -> EventLoopHandle {
    let big: Arc<Vec<u8>> = Arc::new((0..BIG).map(|i| b'a' + (i % 26) as u8).collect());
    let handler: Handler = Arc::new(move |request| match request.path() {
        "/big" => Response::text(200, big.as_slice()),
        _ => Response::error(404),
    });
    let listener = netkit::bind::bind("127.0.0.1:0".parse().expect("a valid address"))
        .expect("port 0 on loopback binds");
    let options = Options {
        read_timeout: TEST_TIMEOUT,
        steps,
        ..Options::new(handler)
    };
    serve(listener, options).unwrap_or_else(|e| panic!("the event loop did not start: {e}"))
}

/// 200 idle clients held open, then 64 active clients (8 at a time) all get 200.
pub fn idle_and_active_clients_are_all_served(steps: IoSteps) {
    within(TIME_LIMIT, HANG, move || {
        let server = start(steps);
        let addr = server.addr();
        let idle = crate::demo::c10k::hold_idle(addr, IDLE)
            .unwrap_or_else(|e| panic!("could not open {IDLE} idle connections: {e}"));
        let served: usize = std::thread::scope(|s| {
            let clients: Vec<_> = (0..8)
                .map(|_| {
                    s.spawn(move || {
                        (0..ACTIVE / 8)
                            .filter(|_| {
                                get_with_timeout(addr, "/", Duration::from_secs(5))
                                    .is_ok_and(|r| r.status == 200)
                            })
                            .count()
                    })
                })
                .collect();
            clients.into_iter().map(|c| c.join().unwrap_or(0)).sum()
        });
        drop(idle);
        server.shutdown();
        assert!(
            served == ACTIVE,
            "with {IDLE} idle clients connected, {served} of {ACTIVE} active clients got 200: \
             on WouldBlock a step must return (Appended for a read, WouldBlock for a write), never \
             wait and never close the connection"
        );
    });
}

/// A 6,000-byte head sent in one go (more than one 4 KiB read) and a head sent in three
/// pieces both get 200; a 16 MiB response reaches a reader that starts late, intact.
pub fn heads_in_pieces_and_a_large_response_get_through(steps: IoSteps) {
    within(TIME_LIMIT, HANG, move || {
        let server = start(steps);
        let addr = server.addr();
        let long_head = format!(
            "GET / HTTP/1.1\r\nHost: x\r\nX-Pad: {}\r\n\r\n",
            "a".repeat(6_000)
        );
        let status = exchange(addr, &[long_head.as_bytes()]);
        assert!(
            status == Some(200),
            "a 6,000-byte head got {}, not 200: read until WouldBlock, not once per event \
             (edge-triggered readiness does not fire again for bytes already there)",
            in_words(status)
        );
        let pieces: [&[u8]; 3] = [b"GET /nothing HT", b"TP/1.1\r\nHost: x\r\n", b"\r\n"];
        let status = exchange(addr, &pieces);
        assert!(
            status == Some(404),
            "a head sent in three pieces got {}, not 404: WouldBlock between pieces means \
             \"wait for more\" (Appended, for the loop to parse), not \"closed\"",
            in_words(status)
        );
        let body = slow_read(addr);
        server.shutdown();
        assert!(
            body.len() == BIG
                && body
                    .iter()
                    .enumerate()
                    .all(|(i, b)| *b == b'a' + (i % 26) as u8),
            "a reader that started late got {} of {BIG} body bytes intact: a write may take \
             only part of the buffer; keep `sent` and go on from there when writable again",
            body.len()
        );
    });
}

/// A status, or "no answer", in words.
fn in_words(status: Option<u16>) -> String {
    status.map_or_else(|| "no answer".into(), |s| s.to_string())
}

/// A head of 16 KiB, twice the limit, sent in one burst, gets 431: the read step stops
/// at `limit` bytes even when more are there to read.
pub fn a_head_past_the_limit_gets_431(steps: IoSteps) {
    within(TIME_LIMIT, HANG, move || {
        let server = start(steps);
        let huge = format!(
            "GET / HTTP/1.1\r\nHost: x\r\nX-Pad: {}\r\n\r\n",
            "a".repeat(16 * 1024)
        );
        let status = exchange(server.addr(), &[huge.as_bytes()]);
        server.shutdown();
        assert!(
            status == Some(431),
            "a 16 KiB head sent in one burst got {}, not 431: stop at `limit` bytes (return \
             Full) even when more are waiting, or one client decides how much the server buffers",
            in_words(status)
        );
    });
}

/// How long each of the other clients may wait in [`the_loop_never_waits`].
pub const ANSWER_WITHIN: Duration = Duration::from_secs(2);

/// While one client has sent half a head and gone quiet, and another has asked for
/// `/big` and stopped reading, 8 other clients are each answered within
/// [`ANSWER_WITHIN`]: no step waits for one client while the others queue behind it.
pub fn the_loop_never_waits(steps: IoSteps) {
    within(TIME_LIMIT, HANG, move || {
        let server = start(steps);
        let addr = server.addr();
        let mut quiet = TcpStream::connect(addr).expect("connect to the event loop");
        let _ = quiet.set_nodelay(true);
        let _ = quiet.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nHo");
        let mut not_reading = TcpStream::connect(addr).expect("connect to the event loop");
        let _ = not_reading.write_all(b"GET /big HTTP/1.1\r\nHost: x\r\n\r\n");
        // Both are in the loop's hands before the others arrive (the slow clients).
        std::thread::sleep(Duration::from_millis(200));
        let answered = std::thread::scope(|s| {
            let others: Vec<_> = (0..8)
                .map(|_| {
                    s.spawn(move || {
                        get_with_timeout(addr, "/nothing", ANSWER_WITHIN)
                            .is_ok_and(|r| r.status == 404)
                    })
                })
                .collect();
            others
                .into_iter()
                .map(|c| c.join().unwrap_or(false))
                .filter(|&answered| answered)
                .count()
        });
        assert!(
            answered == 8,
            "while one client had sent half a head and gone quiet, and another was not \
             reading its 16 MiB answer, {} of 8 other clients got no answer within {} s: on \
             WouldBlock a step must return at once (Appended for a read, WouldBlock for a write); \
             a step that waits in a loop stalls every other client",
            8 - answered,
            ANSWER_WITHIN.as_secs()
        );
        drop((quiet, not_reading));
        server.shutdown();
    });
}

/// Send `pieces` a little apart on one connection; the status of the reply, if any.
fn exchange(addr: std::net::SocketAddr, pieces: &[&[u8]]) -> Option<u16> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream.set_nodelay(true).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(3))).ok()?;
    for piece in pieces {
        stream.write_all(piece).ok()?;
        // A gap, so each piece arrives as its own readiness event: this is the slow client.
        std::thread::sleep(Duration::from_millis(30));
    }
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    parse_response(&raw).ok().map(|r| r.status)
}

/// GET /big, wait before reading so the server's socket buffer fills, then read it all.
fn slow_read(addr: std::net::SocketAddr) -> Vec<u8> {
    let Ok(mut stream) = TcpStream::connect(addr) else {
        return Vec::new();
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let _ = stream.write_all(b"GET /big HTTP/1.1\r\nHost: x\r\n\r\n");
    // The late reader: the server's writes fill the buffers and start to return WouldBlock.
    std::thread::sleep(Duration::from_millis(300));
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let text_end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or(raw.len(), |i| i + 4);
    raw.split_off(text_end)
}

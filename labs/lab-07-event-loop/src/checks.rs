//! The lab's outcome checks for one connection's non-blocking read and write steps.
//!
//! One check, two callers: the lab's tests run them on [`crate::conn::NON_BLOCKING`], and
//! the exercise (`labs/lab-07-event-loop/exercise`) runs them on a student's steps. Each
//! check starts the lab's event loop on 127.0.0.1 port 0 with the steps under test, drives
//! it with real clients, and panics with a sentence in the student's words.

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
        let idle = crate::c10k::hold_idle(addr, IDLE)
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
             on WouldBlock a step must return (Done for a read, Blocked for a write), never \
             wait and never close"
        );
    });
}

/// A 6,000-byte head sent in one go (more than one 4 KiB read) and a head sent in three
/// pieces both get 200; a 16 MiB response reaches a reader that starts late, intact.
pub fn heads_in_pieces_and_a_large_response_get_through(steps: IoSteps) {
    within(TIME_LIMIT, HANG, move || {
        let server = start(steps);
        let addr = server.addr();
        let long_head = format!("GET / HTTP/1.1\r\nX-Pad: {}\r\n\r\n", "a".repeat(6_000));
        let status = exchange(addr, &[long_head.as_bytes()]);
        assert!(
            status == Some(200),
            "a 6,000-byte head got {status:?}, not 200: read until WouldBlock, not once \
             per event (edge-triggered readiness does not fire again for bytes already there)"
        );
        let pieces: [&[u8]; 3] = [b"GET /nothing HT", b"TP/1.1\r\nHost: x\r\n", b"\r\n"];
        let status = exchange(addr, &pieces);
        assert!(
            status == Some(404),
            "a head sent in three pieces got {status:?}, not 404: WouldBlock between \
             pieces means \"wait for more\" (Done for the loop to parse), not \"closed\""
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

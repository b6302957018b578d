//! HTTP/1.1 keep-alive in the event loop: request after request on one connection,
//! pipelined requests answered in order, an idle connection closed quietly.

use event_loop::server::{EventLoopHandle, Options, serve};
use netkit::client::parse_response;
use netkit::response::Response;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::Duration;

const TEST_TIMEOUT: Duration = Duration::from_secs(10);

fn start(idle_timeout: Duration) -> EventLoopHandle {
    let listener = netkit::bind::bind("127.0.0.1:0".parse().unwrap()).unwrap();
    serve(
        listener,
        Options {
            read_timeout: idle_timeout,
            keep_alive: true,
            ..Options::new(Arc::new(|_| Response::error(404)))
        },
    )
    .unwrap()
}

/// Read `count` whole responses (by Content-Length) off `stream`: (status, Connection).
fn responses(stream: &mut TcpStream, count: usize) -> Vec<(u16, String)> {
    let mut raw = Vec::new();
    let mut out = Vec::new();
    let mut chunk = [0u8; 8192];
    while out.len() < count {
        let n = stream.read(&mut chunk).unwrap();
        assert!(n > 0, "the connection closed after {} responses", out.len());
        raw.extend_from_slice(&chunk[..n]);
        while let Ok(r) = parse_response(&raw) {
            let length: usize = r.header("Content-Length").unwrap().parse().unwrap();
            if r.body.len() < length {
                break;
            }
            out.push((r.status, r.header("Connection").unwrap_or("").to_string()));
            let used = raw.len() - r.body.len() + length;
            raw.drain(..used);
        }
    }
    out
}

fn connect(addr: SocketAddr) -> TcpStream {
    let stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(TEST_TIMEOUT)).unwrap();
    stream
}

#[test]
fn one_connection_carries_request_after_request() {
    let server = start(TEST_TIMEOUT);
    let mut stream = connect(server.addr());
    for _ in 0..3 {
        stream
            .write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            .unwrap();
        assert_eq!(responses(&mut stream, 1), [(200, "keep-alive".into())]);
    }
    assert_eq!(
        server
            .stats()
            .open
            .load(std::sync::atomic::Ordering::Relaxed),
        1
    );
    server.shutdown();
}

/// A head that fills the read limit exactly, with the next request behind it: the read
/// stops at the limit, so those bytes wait in the socket and no readiness event will
/// announce them. The loop must look on its own (`KeptAlive::unread`), or the second
/// request waits for the idle timeout and is closed unanswered.
#[test]
fn a_request_behind_a_head_that_fills_the_limit_is_answered() {
    let server = start(TEST_TIMEOUT);
    let mut stream = connect(server.addr());
    let start = "GET / HTTP/1.1\r\nHost: x\r\nX-Pad: ";
    let end = "\r\n\r\n";
    let pad = "p".repeat(netkit::request::MAX_HEAD_BYTES - start.len() - end.len());
    let full_head = format!("{start}{pad}{end}");
    assert_eq!(full_head.len(), netkit::request::MAX_HEAD_BYTES);
    let both = format!("{full_head}GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    stream.write_all(both.as_bytes()).unwrap();
    assert_eq!(
        responses(&mut stream, 2),
        [(200, "keep-alive".into()), (200, "keep-alive".into())]
    );
    server.shutdown();
}

#[test]
fn pipelined_requests_in_one_write_are_answered_in_order() {
    let server = start(TEST_TIMEOUT);
    let mut stream = connect(server.addr());
    stream
        .write_all(
            b"GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /nope HTTP/1.1\r\nHost: x\r\n\r\nGET /sleep?ms=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        )
        .unwrap();
    let got = responses(&mut stream, 3);
    let statuses: Vec<u16> = got.iter().map(|r| r.0).collect();
    assert_eq!(statuses, [200, 404, 200]);
    assert_eq!(got[2].1, "close", "the last one asked to close");
    server.shutdown();
}

#[test]
fn an_idle_kept_alive_connection_is_closed_quietly_after_the_timeout() {
    let server = start(Duration::from_millis(300));
    let mut stream = connect(server.addr());
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    assert_eq!(responses(&mut stream, 1)[0].0, 200);
    let mut rest = Vec::new();
    stream.read_to_end(&mut rest).unwrap();
    assert!(
        rest.is_empty(),
        "no 408 for an idle kept-alive connection: {rest:?}"
    );
    server.shutdown();
}

#[test]
fn a_request_with_a_body_ends_the_connection_so_its_body_is_never_a_request() {
    let server = start(TEST_TIMEOUT);
    let mut stream = connect(server.addr());
    stream
        .write_all(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 31\r\n\r\nGET /nope HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    assert_eq!(responses(&mut stream, 1), [(200, "close".into())]);
    server.shutdown();
}

#[test]
fn with_persistent_clients_the_pool_of_16_serves_16_and_the_loop_serves_them_all() {
    let rows = event_loop::demo::keep_alive_demo::keep_alive_rows(24, Duration::from_millis(800))
        .expect("both servers start");
    let (pool, event_loop) = (&rows[0], &rows[1]);
    assert!(
        pool.clients_served <= 16,
        "a kept-alive client holds its worker: {} served",
        pool.clients_served
    );
    assert_eq!(event_loop.clients_served, 24);
    assert!(event_loop::demo::keep_alive_demo::keep_alive_verdict(&rows).ok);
}

#[test]
fn a_request_pipelined_behind_a_sleep_is_kept_and_answered_after_it() {
    let server = start(TEST_TIMEOUT);
    let mut stream = connect(server.addr());
    stream
        .write_all(b"GET /sleep?ms=200 HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    // Wait until the loop holds the first request on its timer, then pipeline the next.
    let deadline = std::time::Instant::now() + TEST_TIMEOUT;
    while server
        .stats()
        .sleeping
        .load(std::sync::atomic::Ordering::Relaxed)
        == 0
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the sleep never started"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    stream
        .write_all(b"GET /nope HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let statuses: Vec<u16> = responses(&mut stream, 2).iter().map(|r| r.0).collect();
    assert_eq!(
        statuses,
        [200, 404],
        "the pipelined request was kept, not drained away"
    );
    server.shutdown();
}

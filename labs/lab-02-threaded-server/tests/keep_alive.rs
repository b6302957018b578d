//! Keep-alive's trap with a blocking pool: a kept-alive connection holds its worker
//! while the client thinks, so W such clients leave nobody to serve anyone else.

mod common;

use common::TEST_TIMEOUT;
use netkit::client::{get, get_with_timeout, parse_response};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;
use threaded_server::Model;
use threaded_server::routes::demo_handler;
use threaded_server::server::{ServerHandle, serve_with};

const WORKERS: usize = 2;

fn start(keep_alive: bool) -> ServerHandle {
    let listener = netkit::bind::bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let model = Model::Pool {
        workers: WORKERS,
        queue: 8,
    };
    serve_with(
        listener,
        model,
        demo_handler(Duration::ZERO),
        TEST_TIMEOUT,
        keep_alive,
    )
    .unwrap()
}

/// Send one HTTP/1.1 request (keep-alive is its default), read exactly one response,
/// and keep the connection open. Returns the stream and the `Connection` header.
fn one_request_then_think(addr: SocketAddr) -> (TcpStream, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(TEST_TIMEOUT)).unwrap();
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: test\r\n\r\n")
        .unwrap();
    let mut raw = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let n = stream.read(&mut chunk).unwrap();
        raw.extend_from_slice(&chunk[..n]);
        if let Ok(response) = parse_response(&raw) {
            let length: usize = response.header("Content-Length").unwrap().parse().unwrap();
            if n == 0 || response.body.len() >= length {
                let connection = response.header("Connection").unwrap_or("").to_string();
                return (stream, connection);
            }
        }
    }
}

#[test]
fn with_keep_alive_w_thinking_clients_hold_every_worker_and_the_next_client_waits() {
    let server = start(true);
    let thinking: Vec<_> = (0..WORKERS)
        .map(|_| one_request_then_think(server.addr()))
        .collect();
    assert!(
        thinking
            .iter()
            .all(|(_, connection)| connection == "keep-alive")
    );
    let waiting = get_with_timeout(server.addr(), "/", Duration::from_millis(500));
    assert!(
        waiting.is_err(),
        "no worker was free to read the third client's request"
    );
    drop(thinking); // the thinking clients leave: their workers are free again
    assert_eq!(get(server.addr(), "/").unwrap().status, 200);
    server.shutdown();
}

#[test]
fn without_keep_alive_the_same_clients_leave_the_workers_free() {
    let server = start(false);
    let served: Vec<_> = (0..WORKERS)
        .map(|_| one_request_then_think(server.addr()))
        .collect();
    assert!(served.iter().all(|(_, connection)| connection == "close"));
    assert_eq!(
        get_with_timeout(server.addr(), "/", TEST_TIMEOUT)
            .unwrap()
            .status,
        200
    );
    server.shutdown();
}

#[test]
fn a_kept_alive_connection_serves_several_requests_and_counts_once() {
    let server = start(true);
    let (mut stream, _) = one_request_then_think(server.addr());
    stream
        .write_all(b"GET /sleep?ms=0 HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut rest = Vec::new();
    stream.read_to_end(&mut rest).unwrap();
    assert_eq!(
        parse_response(&rest).unwrap().header("Connection"),
        Some("close")
    );
    let totals = server.shutdown();
    assert_eq!((totals.served, totals.connections), (2, 1));
}

/// Write `bytes` on one kept-alive connection, then read until `count` responses have
/// come (or the connection ends); their statuses, in order.
fn statuses_for(addr: SocketAddr, bytes: &[u8], count: usize) -> Vec<u16> {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(TEST_TIMEOUT)).unwrap();
    stream.write_all(bytes).unwrap();
    let mut raw = Vec::new();
    let mut statuses = Vec::new();
    let mut chunk = [0u8; 8192];
    while statuses.len() < count {
        let Ok(n) = stream.read(&mut chunk) else {
            break;
        };
        if n == 0 {
            break;
        }
        raw.extend_from_slice(&chunk[..n]);
        // Take every complete response off the front.
        while let Ok(response) = parse_response(&raw) {
            let length: usize = response.header("Content-Length").unwrap().parse().unwrap();
            if response.body.len() < length {
                break;
            }
            statuses.push(response.status);
            let head = raw.len() - response.body.len();
            raw.drain(..head + length);
        }
    }
    statuses
}

#[test]
fn two_pipelined_gets_in_one_write_get_two_responses_in_order() {
    let server = start(true);
    let statuses = statuses_for(
        server.addr(),
        b"GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /nothing HTTP/1.1\r\nHost: x\r\n\r\n",
        2,
    );
    assert_eq!(statuses, [200, 404]);
    server.shutdown();
}

#[test]
fn a_post_body_that_looks_like_a_request_is_skipped_not_run() {
    let server = start(true);
    let smuggled = b"GET /panic HTTP/1.1\r\nHost: x\r\n\r\n";
    let mut bytes = format!(
        "POST /nothing HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n",
        smuggled.len()
    )
    .into_bytes();
    bytes.extend_from_slice(smuggled);
    bytes.extend_from_slice(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    let statuses = statuses_for(server.addr(), &bytes, 2);
    assert_eq!(
        statuses,
        [404, 200],
        "the POST, then the GET after its body"
    );
    assert_eq!(server.shutdown().panics, 0, "the body's /panic never ran");
}

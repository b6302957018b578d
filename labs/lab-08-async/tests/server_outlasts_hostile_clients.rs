//! lab-08's server against the hostile cases lab-02 and lab-07 pass: bad heads, HEAD,
//! Host, slow and silent clients, clients that never read, half-closes, and shutdown.

use async_server::demo::running::{Flavor, Running};
use async_server::server::Options;
use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpStream};
use std::time::{Duration, Instant};

fn start(options: Options, grace: Duration) -> Running {
    let listener = netkit::bind::bind("127.0.0.1:0".parse().unwrap()).unwrap();
    Running::start(listener, Flavor::CurrentThread, options, grace).unwrap()
}

/// A client of `addr` that gives up reading after `patience`.
fn connect(addr: SocketAddr, patience: Duration) -> TcpStream {
    let client = TcpStream::connect(addr).unwrap();
    client.set_read_timeout(Some(patience)).unwrap();
    client
}

fn raw(addr: SocketAddr, bytes: &[u8]) -> Vec<u8> {
    netkit::client::send_raw(addr, bytes, Duration::from_secs(10)).unwrap()
}

fn status(addr: SocketAddr, bytes: &[u8]) -> u16 {
    netkit::client::parse_response(&raw(addr, bytes)).map_or(0, |r| r.status)
}

#[test]
fn routes_answer_and_bad_heads_get_their_status() {
    let server = start(Options::default(), Duration::from_secs(1));
    let addr = server.addr();
    let home = netkit::client::get(addr, "/").unwrap();
    assert_eq!(
        (home.status, home.text()),
        (200, async_server::routes::HOME.to_string())
    );
    assert_eq!(
        netkit::client::get(addr, "/sleep?ms=20").unwrap().status,
        200
    );
    assert_eq!(
        netkit::client::get(addr, "/sleep?ms=nope").unwrap().status,
        400
    );
    assert_eq!(netkit::client::get(addr, "/nowhere").unwrap().status, 404);
    assert_eq!(status(addr, b"GET / HTTP/1.1\r\n\r\n"), 400, "no Host");
    assert_eq!(
        status(addr, b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"),
        400,
        "two Hosts"
    );
    assert_eq!(
        status(addr, b"GET * HTTP/1.1\r\nHost: a\r\n\r\n"),
        400,
        "GET *"
    );
    assert_eq!(status(addr, b"BREW / HTTP/1.1\r\nHost: a\r\n\r\n"), 501);
    let huge = format!(
        "GET / HTTP/1.1\r\nHost: a\r\nX: {}\r\n\r\n",
        "é".repeat(6000)
    );
    assert_eq!(status(addr, huge.as_bytes()), 431);
}

#[test]
fn head_gets_the_headers_and_no_body() {
    let server = start(Options::default(), Duration::from_secs(1));
    let answer = raw(
        server.addr(),
        b"HEAD / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
    );
    let text = String::from_utf8_lossy(&answer);
    let (head, body) = text.split_once("\r\n\r\n").expect("a whole head");
    assert!(
        head.starts_with("HTTP/1.1 200") && head.contains("Content-Length"),
        "{head}"
    );
    assert!(body.is_empty(), "HEAD carried a body: {body:?}");
}

#[test]
fn a_silent_client_gets_408_by_its_deadline() {
    let options = Options {
        head_timeout: Duration::from_millis(300),
        ..Options::default()
    };
    let server = start(options, Duration::from_secs(1));
    let started = Instant::now();
    assert_eq!(status(server.addr(), b"GET / HT"), 408);
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn a_client_dripping_a_byte_at_a_time_gets_408_by_the_same_deadline() {
    let options = Options {
        head_timeout: Duration::from_millis(500),
        ..Options::default()
    };
    let server = start(options, Duration::from_secs(1));
    let mut client = connect(server.addr(), Duration::from_secs(10));
    let started = Instant::now();
    // Slowloris: every byte comes in time for a per-read timeout, the head never does.
    for byte in b"GET / HTTP/1.1\r\nHost: a\r\nX-Drip: ".iter().cycle() {
        if client.write_all(&[*byte]).is_err() || started.elapsed() > Duration::from_secs(5) {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
        if server.stats().totals().rejected == 1 {
            break;
        }
    }
    let mut answer = Vec::new();
    let _ = client.read_to_end(&mut answer);
    assert!(
        answer.starts_with(b"HTTP/1.1 408"),
        "{:?}",
        String::from_utf8_lossy(&answer)
    );
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "408 after {:?}",
        started.elapsed()
    );
}

#[test]
fn a_client_that_pipelines_and_never_reads_is_dropped_and_others_are_served() {
    let options = Options {
        keep_alive: true,
        write_timeout: Duration::from_millis(300),
        ..Options::default()
    };
    let server = start(options, Duration::from_secs(1));
    let hog = TcpStream::connect(server.addr()).unwrap();
    // Enough answers to overflow every socket buffer between us (tens of MB): the
    // server stops reading while it cannot write, and our write stalls until dropped.
    let pipelined = b"GET / HTTP/1.1\r\nHost: a\r\n\r\n".repeat(400_000);
    let writer = std::thread::spawn(move || {
        let mut hog = hog;
        hog.set_write_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        let _ = hog.write_all(&pipelined);
        hog // never read, kept open until the end of the test
    });
    assert_eq!(netkit::client::get(server.addr(), "/").unwrap().status, 200);
    let deadline = Instant::now() + Duration::from_secs(10);
    while server.stats().totals().dropped_non_readers == 0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(server.stats().totals().dropped_non_readers, 1);
    drop(writer.join().unwrap());
}

#[test]
fn five_thousand_pipelined_requests_are_answered_in_order_by_default() {
    // Keep-alive is the default: no option asks for it here.
    let server = start(Options::default(), Duration::from_secs(1));
    let mut client = connect(server.addr(), Duration::from_secs(20));
    let mut requests = b"GET / HTTP/1.1\r\nHost: a\r\n\r\n".repeat(4_999);
    requests.extend_from_slice(b"GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
    let writer = {
        let mut client = client.try_clone().unwrap();
        std::thread::spawn(move || client.write_all(&requests))
    };
    let mut answers = Vec::new();
    client.read_to_end(&mut answers).unwrap();
    writer.join().unwrap().unwrap();
    let text = String::from_utf8_lossy(&answers);
    assert_eq!(text.matches("HTTP/1.1 200").count(), 5_000);
}

#[test]
fn without_keep_alive_a_connection_gets_one_answer_and_is_closed() {
    let options = Options {
        keep_alive: false,
        ..Options::default()
    };
    let server = start(options, Duration::from_secs(1));
    let two = b"GET / HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n";
    let text = String::from_utf8_lossy(&raw(server.addr(), two)).into_owned();
    assert_eq!(text.matches("HTTP/1.1 200").count(), 1, "{text}");
    assert!(text.contains("Connection: close"), "{text}");
}

#[test]
fn a_half_closed_client_still_gets_its_pending_answer() {
    for keep_alive in [true, false] {
        let options = Options {
            keep_alive,
            ..Options::default()
        };
        let server = start(options, Duration::from_secs(1));
        let mut client = connect(server.addr(), Duration::from_secs(10));
        client
            .write_all(b"GET /sleep?ms=200 HTTP/1.1\r\nHost: a\r\n\r\n")
            .unwrap();
        std::thread::sleep(Duration::from_millis(50)); // the FIN comes after the request
        client.shutdown(Shutdown::Write).unwrap();
        let mut answer = Vec::new();
        client.read_to_end(&mut answer).unwrap();
        let status = netkit::client::parse_response(&answer).map(|r| r.status);
        assert_eq!(status.ok(), Some(200), "keep-alive {keep_alive}");
    }
}

#[test]
fn shutdown_finishes_work_in_flight_and_answers_the_backlog_with_503() {
    let options = Options {
        max_connections: 1,
        ..Options::default()
    };
    let server = start(options, Duration::from_secs(5));
    let addr = server.addr();
    let in_flight =
        std::thread::spawn(move || netkit::client::get(addr, "/sleep?ms=400").unwrap().status);
    while server.stats().totals().accepted == 0 {
        std::thread::yield_now();
    }
    // These two wait in the backlog: the one place is taken.
    let queued: Vec<_> = (0..2)
        .map(|_| std::thread::spawn(move || netkit::client::get(addr, "/").unwrap().status))
        .collect();
    std::thread::sleep(Duration::from_millis(100));
    let totals = server.shutdown();
    assert_eq!(
        in_flight.join().unwrap(),
        200,
        "in flight at shutdown, within the grace"
    );
    let queued: Vec<u16> = queued.into_iter().map(|q| q.join().unwrap()).collect();
    assert_eq!(
        queued,
        vec![503, 503],
        "queued clients are answered, never reset"
    );
    assert_eq!(totals.refused_at_shutdown, 2);
}

#[test]
fn a_request_still_running_when_the_grace_ends_gets_503() {
    let server = start(Options::default(), Duration::from_millis(100));
    let addr = server.addr();
    let slow =
        std::thread::spawn(move || netkit::client::get(addr, "/sleep?ms=5000").unwrap().status);
    while server.stats().totals().accepted == 0 {
        std::thread::yield_now();
    }
    std::thread::sleep(Duration::from_millis(100));
    let started = Instant::now();
    let totals = server.shutdown();
    assert_eq!(slow.join().unwrap(), 503);
    assert_eq!(totals.cut_at_shutdown, 1);
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "shutdown kept to its grace"
    );
}

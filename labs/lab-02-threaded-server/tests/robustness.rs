//! Idle clients, panics, bad requests and a full server: none of them stops the server.

mod common;

use common::{TEST_TIMEOUT, idle_client, read_all, start_demo};
use netkit::client::{get, parse_response, send_raw};
use std::time::{Duration, Instant};
use threaded_server::Model;

const THREADED: [Model; 2] = [
    Model::ThreadPerConnection { cap: None },
    Model::Pool {
        workers: 2,
        queue: 4,
    },
];

#[test]
fn an_idle_client_does_not_block_others_in_threaded_and_pool_models() {
    for model in THREADED {
        let server = start_demo(model, TEST_TIMEOUT);
        let _idle = idle_client(server.addr());
        assert_eq!(
            get(server.addr(), "/").unwrap().status,
            200,
            "{}",
            model.label()
        );
        server.shutdown();
    }
}

#[test]
fn an_idle_client_gets_408_after_the_read_timeout() {
    let server = start_demo(
        Model::Pool {
            workers: 2,
            queue: 4,
        },
        Duration::from_millis(200),
    );
    let raw = read_all(idle_client(server.addr()));
    assert_eq!(parse_response(&raw).unwrap().status, 408);
    assert_eq!(server.shutdown().rejected, 1);
}

#[test]
fn a_panicking_handler_gets_500_and_the_worker_lives_on() {
    let model = Model::Pool {
        workers: 2,
        queue: 4,
    };
    let server = start_demo(model, TEST_TIMEOUT);
    let before = server.totals().live_threads;
    assert_eq!(get(server.addr(), "/panic").unwrap().status, 500);
    assert_eq!(get(server.addr(), "/panic").unwrap().status, 500);
    assert_eq!(get(server.addr(), "/").unwrap().status, 200);
    assert_eq!(server.totals().live_threads, before, "no worker was lost");
    let totals = server.shutdown();
    assert_eq!((totals.panics, totals.served), (2, 3));
}

#[test]
fn bad_requests_get_400_and_431_and_the_server_keeps_serving() {
    for model in THREADED {
        let server = start_demo(model, TEST_TIMEOUT);
        let garbage = send_raw(server.addr(), b"\x01\x02 nonsense\r\n\r\n", TEST_TIMEOUT).unwrap();
        assert_eq!(parse_response(&garbage).unwrap().status, 400);
        let huge = format!(
            "GET / HTTP/1.1\r\nHost: x\r\nX-Pad: {}\r\n\r\n",
            "a".repeat(9000)
        );
        let oversized = send_raw(server.addr(), huge.as_bytes(), TEST_TIMEOUT).unwrap();
        assert_eq!(parse_response(&oversized).unwrap().status, 431);
        assert_eq!(get(server.addr(), "/").unwrap().status, 200);
        assert_eq!(server.shutdown().rejected, 2);
    }
}

/// Fill `model` with `holders` idle connections, then check the next one gets 503 fast.
fn full_server_refuses_with_503(model: Model, holders: usize) {
    let server = start_demo(model, TEST_TIMEOUT);
    let _held: Vec<_> = (0..holders).map(|_| idle_client(server.addr())).collect();
    let started = Instant::now();
    let response = get(server.addr(), "/").unwrap();
    assert_eq!(response.status, 503, "{}", model.label());
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "refused promptly, not after a timeout"
    );
    assert_eq!(server.shutdown().refused, 1);
}

#[test]
fn thread_per_connection_at_its_cap_refuses_with_503() {
    full_server_refuses_with_503(Model::ThreadPerConnection { cap: Some(2) }, 2);
}

#[test]
fn a_pool_with_its_workers_and_queue_full_refuses_with_503() {
    full_server_refuses_with_503(
        Model::Pool {
            workers: 1,
            queue: 2,
        },
        3,
    );
}

#[test]
fn a_client_sending_one_byte_at_a_time_gets_408_and_does_not_block_others() {
    use std::io::Write;
    for model in THREADED {
        let server = start_demo(model, Duration::from_millis(300));
        let addr = server.addr();
        // The whole head must arrive within the read timeout, not each byte: a byte every
        // 50 ms never finishes the head, so the deadline, not a per-read timeout, ends it.
        let slow = std::thread::spawn(move || {
            let mut stream = std::net::TcpStream::connect(addr).unwrap();
            stream.set_read_timeout(Some(TEST_TIMEOUT)).unwrap();
            for byte in b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: yes".iter().cycle() {
                if stream.write_all(&[*byte]).is_err() {
                    break; // the server answered and closed
                }
                std::thread::sleep(Duration::from_millis(50));
                if started_answer(&stream) {
                    break;
                }
            }
            common::read_all(stream)
        });
        assert_eq!(
            get(addr, "/").unwrap().status,
            200,
            "{}: served meanwhile",
            model.label()
        );
        let raw = slow.join().unwrap();
        assert_eq!(
            parse_response(&raw).unwrap().status,
            408,
            "{}",
            model.label()
        );
        server.shutdown();
    }
}

/// True once the server has sent something back (peeked, not consumed).
fn started_answer(stream: &std::net::TcpStream) -> bool {
    stream.set_nonblocking(true).unwrap();
    let answered = matches!(stream.peek(&mut [0u8; 1]), Ok(n) if n > 0);
    stream.set_nonblocking(false).unwrap();
    answered
}

/// Send `raw` to a fresh pool server and return the status it answers.
fn status_for(raw: &[u8]) -> u16 {
    let server = start_demo(
        Model::Pool {
            workers: 2,
            queue: 4,
        },
        TEST_TIMEOUT,
    );
    let status = netkit::client::status_for_raw(server.addr(), raw, TEST_TIMEOUT);
    server.shutdown();
    status.unwrap()
}

#[test]
fn an_unknown_method_gets_501_and_a_bad_content_length_400() {
    assert_eq!(status_for(b"BREW / HTTP/1.1\r\nHost: x\r\n\r\n"), 501);
    assert_eq!(
        status_for(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n"),
        400
    );
    assert_eq!(
        status_for(b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"),
        501
    );
}

#[test]
fn an_absolute_form_target_is_served_as_its_path() {
    assert_eq!(
        status_for(b"GET http://localhost/sleep?ms=1 HTTP/1.1\r\nHost: localhost\r\n\r\n"),
        200
    );
}

/// HEAD is answered with GET's head and no body, on every model; a request without a
/// Host, with two, or for `*` outside OPTIONS is answered 400.
#[test]
fn head_gets_the_head_alone_and_host_and_target_rules_hold() {
    for model in common::models(1) {
        let server = start_demo(model, TEST_TIMEOUT);
        let raw = send_raw(
            server.addr(),
            b"HEAD / HTTP/1.1\r\nHost: x\r\n\r\n",
            TEST_TIMEOUT,
        )
        .unwrap();
        let head = parse_response(&raw).unwrap();
        assert_eq!(head.status, 200, "{model:?}");
        assert!(
            head.body.is_empty(),
            "{model:?}: {} body bytes",
            head.body.len()
        );
        assert_ne!(head.header("Content-Length"), Some("0"), "{model:?}");
        for bad in [
            &b"GET / HTTP/1.1\r\n\r\n"[..],
            b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
            b"GET * HTTP/1.1\r\nHost: x\r\n\r\n",
        ] {
            let raw = send_raw(server.addr(), bad, TEST_TIMEOUT).unwrap();
            assert_eq!(parse_response(&raw).unwrap().status, 400, "{model:?}");
        }
        server.shutdown();
    }
}

/// Slowloris against a pool: slow clients queued behind each other do not each get a
/// fresh read timeout. The deadline runs from accept, so a normal client queued behind
/// five of them is served about one timeout in, not five.
#[test]
fn queued_slow_clients_share_their_deadline_from_accept() {
    use std::io::Write;
    let timeout = Duration::from_millis(500);
    let server = start_demo(
        Model::Pool {
            workers: 1,
            queue: 8,
        },
        timeout,
    );
    let addr = server.addr();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let slow: Vec<_> = (0..5)
        .map(|_| {
            let stop = std::sync::Arc::clone(&stop);
            let mut stream = std::net::TcpStream::connect(addr).unwrap();
            std::thread::spawn(move || {
                // A byte every 100 ms, never a whole head: the slowloris client.
                for byte in b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: yes".iter().cycle() {
                    if stop.load(std::sync::atomic::Ordering::Relaxed)
                        || stream.write_all(&[*byte]).is_err()
                    {
                        return;
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
            })
        })
        .collect();
    // The slow clients are accepted first.
    std::thread::sleep(Duration::from_millis(100));
    let started = Instant::now();
    let normal = netkit::client::get_with_timeout(addr, "/", Duration::from_secs(10));
    let waited = started.elapsed();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for s in slow {
        let _ = s.join();
    }
    server.shutdown();
    assert!(
        normal.is_ok_and(|r| r.status == 200),
        "the normal client was not served"
    );
    // Five fresh timeouts would be 2.5 s; one shared deadline is about 0.5 s.
    assert!(waited < timeout * 3, "the normal client waited {waited:?}");
}

/// Shutdown with requests queued behind a busy sequential server: every client gets an
/// answer (its 200, or a 503 that says Connection: close), none a reset.
#[test]
fn shutdown_answers_every_queued_client_and_resets_none() {
    let server = start_demo(Model::Sequential, TEST_TIMEOUT);
    let addr = server.addr();
    let clients: Vec<_> = (0..4)
        .map(|_| {
            std::thread::spawn(move || {
                send_raw(
                    addr,
                    b"GET /sleep?ms=300 HTTP/1.1\r\nHost: x\r\n\r\n",
                    TEST_TIMEOUT,
                )
                .map(|raw| parse_response(&raw).map(|r| r.status).unwrap_or(0))
            })
        })
        .collect();
    // The first is in its sleep, the other three wait in the listen backlog.
    std::thread::sleep(Duration::from_millis(100));
    server.shutdown();
    let answers: Vec<_> = clients.into_iter().map(|c| c.join().unwrap()).collect();
    for answer in &answers {
        assert!(
            matches!(answer, Ok(200 | 503)),
            "a queued client got {answer:?} at shutdown: {answers:?}"
        );
    }
}

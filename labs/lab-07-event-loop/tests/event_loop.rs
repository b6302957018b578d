//! One thread holds thousands of connections; a blocking handler freezes it unless
//! offloaded; bad requests get their status; shutdown closes every idle connection.

use event_loop::demo::c10k::{fit_connections, hold_idle};
use event_loop::server::{EventLoopHandle, Handler, Options, serve};
use netkit::client::{get, get_with_timeout, parse_response, send_raw};
use netkit::response::Response;
use std::io::Read;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const TEST_TIMEOUT: Duration = Duration::from_secs(10);

fn start(
    offload_workers: Option<usize>,
    read_timeout: Duration,
    handler: Handler,
) -> EventLoopHandle {
    let listener = netkit::bind::bind("127.0.0.1:0".parse().unwrap()).unwrap();
    serve(
        listener,
        Options {
            read_timeout,
            offload_workers,
            ..Options::new(handler)
        },
    )
    .unwrap()
}

fn not_found() -> Handler {
    Arc::new(|_| Response::error(404))
}

#[test]
fn thousands_of_idle_connections_are_held_by_one_thread_while_a_new_client_is_served() {
    let (n, _) = fit_connections(2_000, 0);
    assert!(n >= 300, "the file limit allows only {n} connections");
    let server = start(None, TEST_TIMEOUT, not_found());
    let idle = hold_idle(server.addr(), n).unwrap();
    let response =
        get_with_timeout(server.addr(), "/", Duration::from_secs(2)).expect("served promptly");
    assert_eq!(response.status, 200);
    // Connections are accepted in order, so every idle one was accepted before ours was served.
    assert!(server.stats().open.load(Ordering::Relaxed) >= n as u64);
    assert_eq!(server.threads(), 1);
    server.shutdown();
    drop(idle);
}

/// A handler that reports entering `/block`, then blocks until the test releases it.
fn blocking_until_released() -> (Handler, Receiver<()>, Sender<()>) {
    let (entered_tx, entered) = channel();
    let (release, released) = channel::<()>();
    let (entered_tx, released) = (Mutex::new(entered_tx), Mutex::new(released));
    let handler: Handler = Arc::new(move |request| {
        if request.path() != "/block" {
            return Response::error(404);
        }
        entered_tx.lock().unwrap().send(()).unwrap();
        released.lock().unwrap().recv_timeout(TEST_TIMEOUT).unwrap();
        Response::text(200, "released\n")
    });
    (handler, entered, release)
}

/// Block one request in the handler, then see whether `/` is served within 2 s. The
/// handler stays blocked until the test releases it, so on the loop thread `/` cannot
/// be served however long we wait; 2 s only keeps a loaded CI machine from a false alarm.
fn other_client_served_while_a_handler_blocks(offload: Option<usize>) -> bool {
    let (handler, entered, release) = blocking_until_released();
    let server = start(offload, TEST_TIMEOUT, handler);
    let addr = server.addr();
    let blocked = std::thread::spawn(move || get(addr, "/block"));
    entered
        .recv_timeout(TEST_TIMEOUT)
        .expect("the handler was entered");
    let other = get_with_timeout(addr, "/", Duration::from_secs(2));
    release.send(()).unwrap();
    assert_eq!(blocked.join().unwrap().unwrap().status, 200);
    server.shutdown();
    other.is_ok_and(|r| r.status == 200)
}

#[test]
fn a_blocking_handler_on_the_loop_freezes_every_connection() {
    assert!(
        !other_client_served_while_a_handler_blocks(None),
        "the loop thread was stuck in the handler"
    );
}

#[test]
fn an_offloaded_blocking_handler_leaves_the_loop_serving() {
    assert!(other_client_served_while_a_handler_blocks(Some(2)));
}

#[test]
fn sleep_is_a_timer_so_one_slow_request_does_not_hold_up_another() {
    let server = start(None, TEST_TIMEOUT, not_found());
    let addr = server.addr();
    let slow = std::thread::spawn(move || get(addr, "/sleep?ms=4000"));
    // Served long before the other's 4 s are up; 2.5 s leaves room for a loaded machine.
    let quick = get_with_timeout(addr, "/", Duration::from_millis(2500))
        .expect("served while the other sleeps");
    assert_eq!(quick.status, 200);
    assert_eq!(slow.join().unwrap().unwrap().text(), "slept 4000 ms\n");
    server.shutdown();
}

#[test]
fn bad_requests_get_400_431_and_408() {
    let server = start(None, Duration::from_millis(200), not_found());
    let status = |bytes: &[u8]| {
        parse_response(&send_raw(server.addr(), bytes, TEST_TIMEOUT).unwrap())
            .unwrap()
            .status
    };
    assert_eq!(status(b"\x01\x02 nonsense\r\n\r\n"), 400);
    assert_eq!(
        status(
            format!(
                "GET / HTTP/1.1\r\nHost: x\r\nX-Pad: {}\r\n\r\n",
                "a".repeat(9000)
            )
            .as_bytes()
        ),
        431
    );
    let mut idle = std::net::TcpStream::connect(server.addr()).unwrap();
    idle.set_read_timeout(Some(TEST_TIMEOUT)).unwrap();
    let mut raw = Vec::new();
    idle.read_to_end(&mut raw).unwrap();
    assert_eq!(parse_response(&raw).unwrap().status, 408);
    assert_eq!(
        get(server.addr(), "/").unwrap().status,
        200,
        "still serving"
    );
    assert_eq!(server.shutdown(), (1, 3));
}

#[test]
fn shutdown_closes_every_idle_connection() {
    let server = start(None, TEST_TIMEOUT, not_found());
    let idle = hold_idle(server.addr(), 100).unwrap();
    // One served request proves the loop has accepted all 100 (accepts are in order).
    assert_eq!(get(server.addr(), "/").unwrap().status, 200);
    server.shutdown();
    for mut client in idle {
        client.set_read_timeout(Some(TEST_TIMEOUT)).unwrap();
        let mut buf = [0u8; 16];
        assert_eq!(
            client.read(&mut buf).unwrap(),
            0,
            "EOF: the server closed it"
        );
    }
}

/// The exercise's grading checks, run on the lab's own steps: they must pass.
#[test]
fn the_non_blocking_steps_pass_the_exercise_grading_checks() {
    use event_loop::checks::*;
    idle_and_active_clients_are_all_served(event_loop::conn::NON_BLOCKING);
    heads_in_pieces_and_a_large_response_get_through(event_loop::conn::NON_BLOCKING);
    a_head_past_the_limit_gets_431(event_loop::conn::NON_BLOCKING);
    the_loop_never_waits(event_loop::conn::NON_BLOCKING);
}

/// And they can fail: one read and one write per readiness event lose the rest.
#[test]
#[should_panic(expected = "read until WouldBlock")]
fn one_call_per_event_fails_the_exercise_grading_check() {
    event_loop::checks::heads_in_pieces_and_a_large_response_get_through(
        event_loop::naive_steps::ONE_CALL_PER_EVENT,
    );
}

/// Send `raw` to a fresh event loop and return the status it answers.
fn status_for(raw: &[u8]) -> u16 {
    let server = start(None, TEST_TIMEOUT, not_found());
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
}

#[test]
fn an_absolute_form_target_is_served_as_its_path() {
    assert_eq!(
        status_for(b"GET http://localhost/sleep?ms=1 HTTP/1.1\r\nHost: localhost\r\n\r\n"),
        200
    );
}

/// HEAD is answered with GET's head and no body, in both modes, and a kept connection
/// goes on to the next request cleanly; Host rules and `*` outside OPTIONS give 400.
#[test]
fn head_gets_the_head_alone_and_host_and_target_rules_hold() {
    let server = start(None, TEST_TIMEOUT, not_found());
    let raw = netkit::client::send_raw(
        server.addr(),
        b"HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        TEST_TIMEOUT,
    )
    .unwrap();
    let head = netkit::client::parse_response(&raw).unwrap();
    server.shutdown();
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty(), "{} body bytes", head.body.len());
    assert_ne!(head.header("Content-Length"), Some("0"));
    assert_eq!(status_for(b"GET / HTTP/1.1\r\n\r\n"), 400);
    assert_eq!(
        status_for(b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"),
        400
    );
    assert_eq!(status_for(b"GET * HTTP/1.1\r\nHost: x\r\n\r\n"), 400);
}

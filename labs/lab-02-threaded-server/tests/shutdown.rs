//! Graceful shutdown: in-flight requests finish, idle connections do not hold it up,
//! and no serving thread is left behind.

mod common;

use common::{TEST_TIMEOUT, idle_client, models, start};
use netkit::client::get_with_timeout;
use netkit::response::Response;
use std::sync::mpsc;
use std::time::{Duration, Instant};
use threaded_server::Model;

#[test]
fn shutdown_lets_in_flight_requests_finish_and_joins_every_thread() {
    for model in &models(3)[1..] {
        let (entered, inside) = mpsc::channel();
        let entered = std::sync::Mutex::new(entered);
        let server = start(*model, TEST_TIMEOUT, move |_| {
            entered.lock().unwrap().send(()).unwrap();
            std::thread::sleep(Duration::from_millis(300));
            Response::text(200, "finished\n")
        });
        let addr = server.addr();
        let _idle = idle_client(addr);
        let clients: Vec<_> = (0..3)
            .map(|_| std::thread::spawn(move || get_with_timeout(addr, "/", TEST_TIMEOUT)))
            .collect();
        for _ in 0..3 {
            inside
                .recv_timeout(TEST_TIMEOUT)
                .expect("all three requests reach the handler");
        }
        let started = Instant::now();
        let totals = server.shutdown();
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "{}: the idle client did not hold shutdown up",
            model.label()
        );
        for client in clients {
            let response = client
                .join()
                .unwrap()
                .expect("a full response, not a reset");
            assert_eq!(
                (response.status, response.text().as_str()),
                (200, "finished\n")
            );
        }
        assert_eq!(totals.served, 3);
        assert_eq!(
            totals.live_threads,
            0,
            "{}: every serving thread was joined",
            model.label()
        );
    }
}

#[test]
fn shutdown_of_a_sequential_server_blocked_on_an_idle_client_returns_promptly() {
    let server = common::start_demo(Model::Sequential, TEST_TIMEOUT);
    let _idle = idle_client(server.addr());
    // Whether or not the accept thread has taken the idle client yet, shutdown must not wait on it.
    let started = Instant::now();
    server.shutdown();
    assert!(started.elapsed() < Duration::from_secs(3));
}

/// netkit's rule for every server: a request still running when the grace ends is
/// answered 503 by the server itself, then, not when its handler is done.
#[test]
fn a_request_still_running_when_the_grace_ends_gets_503_then() {
    for model in &models(2)[1..] {
        let (entered, inside) = mpsc::channel();
        let entered = std::sync::Mutex::new(entered);
        let server = start(*model, TEST_TIMEOUT, move |_| {
            entered.lock().unwrap().send(()).unwrap();
            std::thread::sleep(Duration::from_millis(1500));
            Response::text(200, "too late\n")
        });
        let addr = server.addr();
        let client = std::thread::spawn(move || {
            let response = get_with_timeout(addr, "/", TEST_TIMEOUT);
            (response, Instant::now())
        });
        inside
            .recv_timeout(TEST_TIMEOUT)
            .expect("the request reaches the handler");
        let began = Instant::now();
        let totals = server.shutdown_within(Duration::from_millis(200));
        let (response, answered_at) = client.join().unwrap();
        let response = response.expect("a response, not a reset");
        assert_eq!(response.status, 503, "{}", model.label());
        assert!(
            answered_at - began < Duration::from_millis(1200),
            "{}: answered {:?} after shutdown began, not when the grace of 200 ms ended",
            model.label(),
            answered_at - began
        );
        assert_eq!(totals.cut_at_shutdown, 1, "{}", model.label());
        assert_eq!(
            totals.live_threads,
            0,
            "{}: every thread joined",
            model.label()
        );
    }
}

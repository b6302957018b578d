//! Concurrency proven without timing luck: N requests that can only succeed if all N
//! are in the handler at the same moment.

mod common;

use common::{TEST_TIMEOUT, models, start};
use netkit::client::get_with_timeout;
use netkit::response::Response;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;
use threaded_server::Model;

const N: usize = 4;

/// A handler that answers 200 only when `n` requests are inside it together; a request
/// that waits `patience` without that company answers 504. Requests count themselves
/// in and out, so only requests inside at the same moment count.
fn all_together(
    n: usize,
    patience: Duration,
) -> impl Fn(&netkit::request::Request) -> Response + Send + Sync {
    // (inside now, whether n were ever inside at once)
    let state = Arc::new((Mutex::new((0usize, false)), Condvar::new()));
    move |_| {
        let (lock, cv) = &*state;
        let mut guard = lock.lock().unwrap();
        guard.0 += 1;
        if guard.0 == n {
            guard.1 = true;
            cv.notify_all();
        }
        let (mut guard, _) = cv.wait_timeout_while(guard, patience, |g| !g.1).unwrap();
        guard.0 -= 1;
        if guard.1 {
            Response::text(200, "together\n")
        } else {
            Response::text(504, "alone\n")
        }
    }
}

/// Send N requests at once; return their statuses. `patience` is how long a request
/// waits for the others: generous where they must meet, short where they never can.
fn n_at_once(model: Model, patience: Duration) -> Vec<u16> {
    let server = start(model, TEST_TIMEOUT, all_together(N, patience));
    let addr = server.addr();
    let statuses = std::thread::scope(|s| {
        let clients: Vec<_> = (0..N)
            .map(|_| s.spawn(move || get_with_timeout(addr, "/", TEST_TIMEOUT).unwrap().status))
            .collect();
        clients.into_iter().map(|c| c.join().unwrap()).collect()
    });
    server.shutdown();
    statuses
}

#[test]
fn threaded_and_pool_models_run_n_requests_in_the_handler_at_once() {
    for model in &models(N)[1..] {
        assert_eq!(
            n_at_once(*model, TEST_TIMEOUT),
            vec![200; N],
            "{}",
            model.label()
        );
    }
}

#[test]
fn the_sequential_model_never_has_two_requests_in_the_handler() {
    assert_eq!(
        n_at_once(Model::Sequential, Duration::from_millis(300)),
        vec![504; N]
    );
}

#[test]
fn a_pool_smaller_than_n_cannot_run_n_at_once() {
    let pool = Model::Pool {
        workers: N - 1,
        queue: 16,
    };
    let statuses = n_at_once(pool, Duration::from_millis(300));
    assert!(statuses.iter().all(|&s| s == 504), "{statuses:?}");
}

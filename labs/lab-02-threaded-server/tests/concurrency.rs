//! Concurrency proven without timing luck: N requests that can only succeed if all N
//! are in the handler at the same moment.

mod common;

use common::{TEST_TIMEOUT, models, start};
use netkit::client::get_with_timeout;
use std::time::Duration;
use threaded_server::Model;

const N: usize = 4;

use threaded_server::checks::all_together;

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

/// The exercise's grading checks, run on the lab's own models: they must pass.
#[test]
fn the_threaded_and_pool_models_pass_the_exercise_grading_checks() {
    use threaded_server::checks::*;
    use threaded_server::server::model_dispatch;
    let model = |m: Model| -> MakeDispatch { Box::new(move |c| model_dispatch(m, c)) };
    let threaded = Model::ThreadPerConnection { cap: None };
    let pool = Model::Pool {
        workers: N,
        queue: 2,
    };
    n_requests_in_the_handler_at_once(model(threaded));
    an_idle_client_does_not_block_others(model(threaded));
    finish_waits_for_a_request_in_flight(model(threaded));
    n_requests_in_the_handler_at_once(model(pool));
    an_idle_client_does_not_block_others(model(pool));
    a_full_pool_refuses_with_503_at_once(model(pool), N, 2);
    never_more_than_w_requests_in_the_handler(model(pool), N, 2);
    finish_waits_for_a_request_in_flight(model(pool));
}

/// And they can fail: one connection at a time cannot put N in the handler.
#[test]
#[should_panic(expected = "should all be in the handler at the same moment")]
fn the_sequential_model_fails_the_exercise_grading_check() {
    threaded_server::checks::n_requests_in_the_handler_at_once(Box::new(|c| {
        threaded_server::server::model_dispatch(Model::Sequential, c)
    }));
}

//! Grades challenge `08-executor` with the lab's own checks
//! (`async_server::checks::executor`): your executor on the lab's reactor, against real
//! sockets on 127.0.0.1, each check on a thread of its own with a time limit.
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 08-executor`, or
//! `cargo test -p lab-08-exercise --test executor -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(
    executor,
    "../.verify/executor.rs",
    async_server_exercise::executor
);

use async_server::checks::executor as checks;
use executor::Executor as Subject;

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 08-executor`"]
fn a_task_is_polled_only_after_its_wake() {
    checks::a_task_is_polled_only_after_its_wake::<Subject>();
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 08-executor`"]
fn many_idle_connections_and_an_active_one_are_served() {
    checks::many_idle_connections_and_an_active_one_are_served::<Subject>();
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 08-executor`"]
fn run_returns_once_every_task_is_done() {
    checks::run_returns_once_every_task_is_done::<Subject>();
}

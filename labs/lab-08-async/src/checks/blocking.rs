//! Checks for moving a blocking call off the runtime (exercise `08-blocking`).
//!
//! The function under test is `off_the_runtime(work)`: it runs a blocking closure so
//! that the runtime's own thread goes on running other tasks, and gives back the
//! closure's result, or its panic as an `Err`.

use super::held::{PATIENCE, runtime};
use std::future::Future;
use std::sync::mpsc;

/// The blocking work handed over: a closure that returns a `String`.
pub type Work = Box<dyn FnOnce() -> String + Send>;

/// Run `off_the_runtime(work)` as a task of a one-thread runtime; a panic in it
/// (not in `work`) fails the check with its message.
fn run_as_task<F, Fut>(
    off_the_runtime: F,
    work: Work,
    also: impl Future<Output = ()> + Send + 'static,
) -> Result<String, String>
where
    F: FnOnce(Work) -> Fut,
    Fut: Future<Output = Result<String, String>> + Send + 'static,
{
    runtime().block_on(async {
        let other = tokio::spawn(also);
        let outcome = tokio::spawn(off_the_runtime(work)).await;
        other.abort();
        match outcome {
            Ok(result) => result,
            Err(e) if e.is_panic() => panic!(
                "off_the_runtime panicked: {} (a panic in the work must come back as an Err)",
                labkit::panics::panic_message(&*e.into_panic())
            ),
            Err(_) => panic!("off_the_runtime was cancelled"),
        }
    })
}

/// While the blocking call waits, another task on the same one-thread runtime runs:
/// the call waits for a message that only that task sends.
pub fn the_runtime_runs_other_tasks_during_a_block<F, Fut>(off_the_runtime: F)
where
    F: FnOnce(Work) -> Fut,
    Fut: Future<Output = Result<String, String>> + Send + 'static,
{
    let (started_tx, started_rx) = tokio::sync::oneshot::channel::<()>();
    let (tx, rx) = mpsc::channel::<&'static str>();
    // The work says it has begun, then blocks until the other task answers: that task
    // can answer only if the runtime's one thread is free while the work blocks.
    let work: Work = Box::new(move || {
        let _ = started_tx.send(());
        match rx.recv_timeout(PATIENCE) {
            Ok(message) => message.to_string(),
            Err(_) => "nothing came".to_string(),
        }
    });
    let other_task = async move {
        if started_rx.await.is_ok() {
            let _ = tx.send("the other task ran");
        }
    };
    let result = run_as_task(off_the_runtime, work, other_task);
    assert!(
        result.as_deref() == Ok("the other task ran"),
        "the blocking call waited {} s for a message from another task on the same runtime, \
         and that task never ran: the call held the runtime's only thread (use spawn_blocking); it gave back {}",
        PATIENCE.as_secs(),
        shown(&result)
    );
}

/// What the blocking call returns comes back, intact.
pub fn the_result_comes_back<F, Fut>(off_the_runtime: F)
where
    F: FnOnce(Work) -> Fut,
    Fut: Future<Output = Result<String, String>> + Send + 'static,
{
    let work: Work = Box::new(|| "température 23 °C".to_string());
    let result = run_as_task(off_the_runtime, work, async {});
    assert!(
        result.as_deref() == Ok("température 23 °C"),
        "the blocking call returned \"température 23 °C\", and off_the_runtime gave back {}",
        shown(&result)
    );
}

/// A panic in the blocking call comes back as an `Err` with its message.
pub fn a_panic_in_the_work_comes_back_as_an_error<F, Fut>(off_the_runtime: F)
where
    F: FnOnce(Work) -> Fut,
    Fut: Future<Output = Result<String, String>> + Send + 'static,
{
    let work: Work = Box::new(|| panic!("disk on fire"));
    let result = run_as_task(off_the_runtime, work, async {});
    assert!(
        matches!(&result, Err(why) if why.contains("disk on fire")),
        "the blocking call panicked with \"disk on fire\", and off_the_runtime gave back {}: \
         an error carrying the panic's message was expected",
        shown(&result)
    );
}

/// A result in words: `"text"`, or `an error: why`.
fn shown(result: &Result<String, String>) -> String {
    match result {
        Ok(text) => format!("{text:?}"),
        Err(why) => format!("an error: {why}"),
    }
}

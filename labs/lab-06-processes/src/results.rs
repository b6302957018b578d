//! Three ways to get a value back from a thread, and what each does with a panic.
//!
//! Python's `threading.Thread` has no return value; you pass a list in, or use
//! `concurrent.futures` and `future.result()`. In Rust:
//!
//! | way                         | the value arrives by         | a panic in the thread becomes |
//! |-----------------------------|------------------------------|-------------------------------|
//! | `JoinHandle::join`          | `join()` returns it          | `Err(payload)` from `join`    |
//! | a channel                   | `recv()` on the other end    | `Err(RecvError)`: the sender was dropped unsent |
//! | `std::thread::scope`        | the closure borrows and returns | `join` in the scope gives `Err` |

use crossbeam_channel::bounded;
use labkit::verdict::Verdict;
use serde::Serialize;

/// A way to get a value back from a thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Way {
    /// `JoinHandle::join`.
    Join,
    /// A channel.
    Channel,
    /// `std::thread::scope`.
    Scope,
}

impl Way {
    /// The name used in JSON and tables.
    pub fn name(self) -> &'static str {
        match self {
            Self::Join => "join",
            Self::Channel => "channel",
            Self::Scope => "scope",
        }
    }
}

/// What each way gave back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    /// The way.
    pub way: Way,
    /// The value on success, or what the caller saw instead, in words.
    pub got: Result<u64, String>,
}

/// The work: sum 1..=n, or panic when asked to.
fn work(n: u64, fail: bool) -> u64 {
    assert!(!fail, "the task failed on purpose");
    (1..=n).sum()
}

/// `spawn` returns a handle; `join` returns the closure's value, or the panic.
pub fn by_join(n: u64, fail: bool) -> Outcome {
    let got = std::thread::spawn(move || work(n, fail))
        .join()
        .map_err(|p| {
            format!(
                "join gave Err: {}",
                labkit::panics::panic_message(p.as_ref())
            )
        });
    Outcome {
        way: Way::Join,
        got,
    }
}

/// The thread sends its value; the caller receives it. A panic drops the sender unsent.
pub fn by_channel(n: u64, fail: bool) -> Outcome {
    let (tx, rx) = bounded(1);
    let worker = std::thread::spawn(move || {
        let _ = tx.send(work(n, fail));
    });
    let got = rx
        .recv()
        .map_err(|_| "recv gave Err: the sender was dropped without sending".to_string());
    let _ = worker.join();
    Outcome {
        way: Way::Channel,
        got,
    }
}

/// A scoped thread borrows the caller's data (no `Arc`, no `'static`) and returns a value.
pub fn by_scope(numbers: &[u64], fail: bool) -> Outcome {
    let got = std::thread::scope(|scope| {
        let worker = scope.spawn(|| {
            assert!(!fail, "the task failed on purpose");
            numbers.iter().sum::<u64>()
        });
        worker.join().map_err(|p| {
            format!(
                "join gave Err: {}",
                labkit::panics::panic_message(p.as_ref())
            )
        })
    });
    Outcome {
        way: Way::Scope,
        got,
    }
}

/// All three ways, succeeding (`fail = false`) or panicking (`fail = true`).
pub fn all_ways(fail: bool) -> Vec<Outcome> {
    let numbers: Vec<u64> = (1..=100).collect();
    vec![
        by_join(100, fail),
        by_channel(100, fail),
        by_scope(&numbers, fail),
    ]
}

/// Every way returned 5050 when the task succeeded, and an `Err` when it panicked.
pub fn results_verdict(succeeding: &[Outcome], panicking: &[Outcome]) -> Verdict {
    Verdict::new(
        !succeeding.is_empty()
            && succeeding.iter().all(|o| o.got == Ok(5050))
            && panicking.iter().all(|o| o.got.is_err()),
        "every way returned 5050, and every panic came back as an Err",
    )
}

/// A task whose value comes back to the caller.
pub type Task = Box<dyn FnOnce() -> u64 + Send + 'static>;

/// Run every task on its own thread at once, and give back each one's value in order,
/// or its panic's message: `spawn` them all first, then `join` them all.
pub fn run_all(tasks: Vec<Task>) -> Vec<Result<u64, String>> {
    let handles: Vec<_> = tasks.into_iter().map(std::thread::spawn).collect();
    handles
        .into_iter()
        .map(|h| {
            h.join()
                .map_err(|p| labkit::panics::panic_message(p.as_ref()))
        })
        .collect()
}

/// Sum `numbers` on `threads` scoped threads (at least 1), each running `task` on its own
/// chunk: the threads borrow the slice, no `Arc`, no copy. A panic in any chunk comes
/// back as `Err` with its message.
pub fn sum_in_parallel(
    numbers: &[u64],
    threads: usize,
    task: &(dyn Fn(&[u64]) -> u64 + Sync),
) -> Result<u64, String> {
    let chunk = numbers.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = numbers
            .chunks(chunk)
            .map(|part| scope.spawn(move || task(part)))
            .collect();
        workers.into_iter().try_fold(0, |sum, worker| {
            let part = worker
                .join()
                .map_err(|p| labkit::panics::panic_message(p.as_ref()))?;
            Ok(sum + part)
        })
    })
}

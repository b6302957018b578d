//! Mistake: results sent down a channel as the tasks finish. They come back in the order
//! the tasks finished, not the order they were given.

use processes::results::Task;

/// In finishing order.
pub fn run_all(tasks: Vec<Task>) -> Vec<Result<u64, String>> {
    let (done, results) = std::sync::mpsc::channel();
    let n = tasks.len();
    for task in tasks {
        let done = done.clone();
        std::thread::spawn(move || {
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(task))
                .map_err(|payload| labkit::panics::panic_message(payload.as_ref()));
            let _ = done.send(outcome);
        });
    }
    results.iter().take(n).collect()
}

//! Mistake: a panic comes back as a fixed word, not as its own message.

use processes::results::Task;

/// Every panic says the same thing.
pub fn run_all(tasks: Vec<Task>) -> Vec<Result<u64, String>> {
    let handles: Vec<_> = tasks.into_iter().map(std::thread::spawn).collect();
    handles
        .into_iter()
        .map(|h| h.join().map_err(|_| "panicked".to_string()))
        .collect()
}

//! Mistake: spawn and join in the same loop. Each thread is joined before the next one
//! starts, so the tasks run one at a time.

use processes::results::Task;

/// One task at a time.
pub fn run_all(tasks: Vec<Task>) -> Vec<Result<u64, String>> {
    tasks
        .into_iter()
        .map(|task| {
            std::thread::spawn(task)
                .join()
                .map_err(|payload| labkit::panics::panic_message(payload.as_ref()))
        })
        .collect()
}

//! A thread per task also runs every task exactly once (when the OS lets it create them).

use thread_pool::demo::work::Work;
use thread_pool::strategy::{Batch, Strategy, run};

#[test]
fn all_30_000_tasks_run_exactly_once_with_a_thread_each() {
    let batch = Batch::new(30_000, Work::Noop);
    run(Strategy::ThreadPerTask, 0, &batch).unwrap();
    let refused = batch
        .spawn_failures
        .load(std::sync::atomic::Ordering::Relaxed) as usize;
    assert_eq!(batch.tracker.ran_exactly_once() + refused, 30_000);
    assert_eq!(refused, 0, "30,000 threads fit under the default limits");
    assert_eq!(batch.tracker.ran_more_than_once(), 0);
}

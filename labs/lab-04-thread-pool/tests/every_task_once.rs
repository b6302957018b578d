//! All 30,000 tasks run exactly once, for every pooled strategy (thread-per-task has its
//! own test file: its 30,000 threads must not share a process with other tests).

use thread_pool::demo::work::Work;
use thread_pool::strategy::{Batch, Strategy, run};

#[test]
fn all_30_000_tasks_run_exactly_once_with_every_pooled_strategy() {
    for strategy in [
        Strategy::Pool,
        Strategy::Stealing,
        Strategy::Rayon,
        Strategy::Scoped,
    ] {
        let batch = Batch::new(30_000, Work::Noop);
        run(strategy, 10, &batch).unwrap();
        assert_eq!(
            batch.tracker.ran_exactly_once(),
            30_000,
            "{}",
            strategy.name()
        );
        assert_eq!(batch.tracker.ran_more_than_once(), 0, "{}", strategy.name());
        assert!(
            batch.tracker.max_running() <= 10,
            "{}: at most W at once",
            strategy.name()
        );
    }
}

//! Our two pools: W really run in parallel and never more; results come back in order;
//! panics cost only their task; shutdown runs what is queued; submit after it fails.

mod common;

use common::Rendezvous;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use thread_pool::demo::tracker::Tracker;
use thread_pool::executor::{Executor, PoolClosed};
use thread_pool::pool::ThreadPool;
use thread_pool::stealing::StealingPool;

const W: usize = 4;

/// The same expectations for both pools.
fn for_each_pool(check: impl Fn(&str, &mut dyn FnMut() -> Box<dyn PoolUnderTest>)) {
    check("pool", &mut || Box::new(ThreadPool::new(W).unwrap()));
    check("stealing", &mut || Box::new(StealingPool::new(W).unwrap()));
}

/// What the tests need from a pool, object-safe.
trait PoolUnderTest {
    fn run(&self, job: Box<dyn FnOnce() + Send>) -> Result<(), PoolClosed>;
    fn workers(&self) -> usize;
    fn shutdown(&mut self);
}

impl PoolUnderTest for ThreadPool {
    fn run(&self, job: Box<dyn FnOnce() + Send>) -> Result<(), PoolClosed> {
        self.execute_job(job)
    }
    fn workers(&self) -> usize {
        ThreadPool::workers(self)
    }
    fn shutdown(&mut self) {
        ThreadPool::shutdown(self)
    }
}

impl PoolUnderTest for StealingPool {
    fn run(&self, job: Box<dyn FnOnce() + Send>) -> Result<(), PoolClosed> {
        self.execute_job(job)
    }
    fn workers(&self) -> usize {
        StealingPool::workers(self)
    }
    fn shutdown(&mut self) {
        StealingPool::shutdown(self)
    }
}

/// Submit W jobs that each wait for all W: true only if W ran at the same time.
fn w_meet(pool: &dyn PoolUnderTest) -> bool {
    let meeting = Rendezvous::new(W);
    let met = Arc::new(AtomicUsize::new(0));
    let (done_tx, done_rx) = std::sync::mpsc::channel();
    for _ in 0..W {
        let (meeting, met, done_tx) = (meeting.clone(), Arc::clone(&met), done_tx.clone());
        pool.run(Box::new(move || {
            if meeting.wait() {
                met.fetch_add(1, Ordering::Relaxed);
            }
            let _ = done_tx.send(());
        }))
        .unwrap();
    }
    for _ in 0..W {
        done_rx
            .recv_timeout(common::TEST_TIMEOUT)
            .expect("every job finishes");
    }
    met.load(Ordering::Relaxed) == W
}

#[test]
fn w_jobs_really_run_in_parallel_and_the_pool_has_exactly_w_workers() {
    for_each_pool(|name, make| {
        let pool = make();
        assert_eq!(pool.workers(), W, "{name}");
        assert!(
            w_meet(pool.as_ref()),
            "{name}: all W jobs were inside at once"
        );
    });
}

#[test]
fn never_more_than_w_jobs_run_at_once() {
    for_each_pool(|name, make| {
        let mut pool = make();
        let tracker = Arc::new(Tracker::new(2_000));
        for id in 0..2_000 {
            let tracker = Arc::clone(&tracker);
            pool.run(Box::new(move || tracker.run(id, std::thread::yield_now)))
                .unwrap();
        }
        pool.shutdown();
        assert_eq!(tracker.ran_exactly_once(), 2_000, "{name}");
        assert!(
            tracker.max_running() <= W,
            "{name}: high-water {} > {W}",
            tracker.max_running()
        );
    });
}

#[test]
fn panicking_jobs_cost_only_themselves_and_all_w_workers_remain() {
    for_each_pool(|name, make| {
        let pool = make();
        for _ in 0..10 {
            pool.run(Box::new(|| panic!("a task fails on purpose")))
                .unwrap();
        }
        assert!(
            w_meet(pool.as_ref()),
            "{name}: still W workers after 10 panics"
        );
    });
}

#[test]
fn shutdown_runs_all_1_000_queued_jobs_then_refuses_more() {
    for_each_pool(|name, make| {
        let mut pool = make();
        let ran = Arc::new(AtomicUsize::new(0));
        for _ in 0..1_000 {
            let ran = Arc::clone(&ran);
            pool.run(Box::new(move || {
                std::thread::yield_now();
                ran.fetch_add(1, Ordering::Relaxed);
            }))
            .unwrap();
        }
        pool.shutdown();
        assert_eq!(ran.load(Ordering::Relaxed), 1_000, "{name}");
        assert_eq!(pool.run(Box::new(|| ())), Err(PoolClosed), "{name}");
    });
}

#[test]
fn dropping_the_pool_runs_what_is_queued() {
    let ran = Arc::new(AtomicUsize::new(0));
    {
        let pool = ThreadPool::new(W).unwrap();
        for _ in 0..1_000 {
            let ran = Arc::clone(&ran);
            pool.execute(move || {
                ran.fetch_add(1, Ordering::Relaxed);
            })
            .unwrap();
        }
    }
    assert_eq!(ran.load(Ordering::Relaxed), 1_000);
}

#[test]
fn submit_returns_the_value_or_the_panic() {
    let pool = StealingPool::new(W).unwrap();
    assert_eq!(pool.submit(|| 6 * 7).unwrap().join(), Ok(42));
    let failed = pool
        .submit(|| -> u32 { panic!("no result for you") })
        .unwrap()
        .join()
        .unwrap_err();
    assert_eq!(failed.message, "no result for you");
    assert_eq!(
        pool.submit(|| "still serving").unwrap().join(),
        Ok("still serving")
    );
}

#[test]
fn map_returns_results_in_input_order() {
    let pool = ThreadPool::new(W).unwrap();
    let results = pool.map(0..500u64, |i| {
        // Later items finish sooner, so completion order differs from input order.
        std::thread::sleep(std::time::Duration::from_micros(500 - i));
        i * i
    });
    let squares: Vec<u64> = results.unwrap().into_iter().map(Result::unwrap).collect();
    assert_eq!(squares, (0..500u64).map(|i| i * i).collect::<Vec<_>>());
}

/// The exercise's grading checks, run on the lab's own pools: they must pass on each.
#[test]
fn both_pools_pass_the_exercise_grading_checks() {
    use thread_pool::checks::*;
    never_more_than_w_tasks_run_at_once(ThreadPool::new);
    never_more_than_w_tasks_run_at_once(StealingPool::new);
    drop_waits_for_a_running_task(ThreadPool::new);
    drop_waits_for_a_running_task(StealingPool::new);
    all_30_000_tasks_run_exactly_once(ThreadPool::new);
    all_30_000_tasks_run_exactly_once(StealingPool::new);
    w_tasks_run_in_parallel(ThreadPool::new);
    w_tasks_run_in_parallel(StealingPool::new);
    a_panicking_task_does_not_kill_its_worker(ThreadPool::new);
    a_panicking_task_does_not_kill_its_worker(StealingPool::new);
    submit_returns_the_value_or_the_panic(thread_pool::executor::submit);
    submit_runs_the_task_on_a_pool_worker(thread_pool::executor::submit);
}

/// And they can fail: the Book's `while let` pool runs one job at a time.
#[test]
#[should_panic(expected = "never all ran at once")]
fn the_naive_pool_fails_the_parallel_check() {
    thread_pool::checks::w_tasks_run_in_parallel(thread_pool::naive_pool::NaivePool::new);
}

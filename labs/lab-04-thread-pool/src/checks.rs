//! The lab's outcome checks, generic over any pool that implements [`Executor`].
//!
//! One check, two callers: the lab's tests run them on [`crate::pool::ThreadPool`] and
//! [`crate::stealing::StealingPool`], and the exercise
//! (`labs/lab-04-thread-pool/exercise`) runs them on a student's pool. Each check
//! panics with a sentence in the student's words when the expectation fails, and gives
//! up after [`TIME_LIMIT`] instead of hanging.

use crate::executor::{Executor, PoolClosed};
use crate::pool::ThreadPool;
use crate::task::TaskHandle;
use crate::tracker::Tracker;
use labkit::testkit::{Rendezvous, within};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// Starts a pool of N workers: `ThreadPool::new`, or a student's.
pub type NewPool<P> = fn(usize) -> std::io::Result<P>;

/// How long a check may take before it fails as a hang.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

/// Workers in the checks' pools.
pub const W: usize = 4;

const HANG: &str = "does a worker never exit, or does Drop wait for a job that never comes?";

fn start<P: Executor>(new: NewPool<P>, workers: usize) -> P {
    new(workers).unwrap_or_else(|e| panic!("could not start a pool of {workers}: {e}"))
}

/// 30,000 tasks on a pool of 10: each runs exactly once, and never more than 10 at once.
/// Dropping the pool must wait for all of them.
pub fn all_30_000_tasks_run_exactly_once<P: Executor + 'static>(new: NewPool<P>) {
    within(TIME_LIMIT, HANG, move || {
        let tracker = Arc::new(Tracker::new(30_000));
        let pool = start(new, 10);
        for id in 0..30_000 {
            let tracker = Arc::clone(&tracker);
            let sent = pool.execute(move || tracker.run(id, || ()));
            assert!(sent.is_ok(), "execute refused task {id} on a running pool");
        }
        drop(pool);
        let once = tracker.ran_exactly_once();
        assert!(
            once == 30_000 && tracker.ran_more_than_once() == 0,
            "after dropping the pool, {once} of 30,000 tasks had run exactly once \
             ({} more than once): Drop must run everything queued, then join the workers",
            tracker.ran_more_than_once()
        );
        let most = tracker.max_running();
        assert!(
            most <= 10,
            "{most} tasks ran at once on a pool of 10 workers"
        );
    });
}

/// W tasks that each wait for all W meet: the pool really runs W at once.
pub fn w_tasks_run_in_parallel<P: Executor + 'static>(new: NewPool<P>) {
    within(TIME_LIMIT, HANG, move || {
        let pool = start(new, W);
        assert!(
            w_meet(&pool),
            "{W} tasks that wait for each other never all ran at once on {W} workers: \
             is a lock held while a job runs, so workers take turns?"
        );
    });
}

/// Tasks that panic cost only themselves: afterwards W tasks still meet on W workers.
pub fn a_panicking_task_does_not_kill_its_worker<P: Executor + 'static>(new: NewPool<P>) {
    within(TIME_LIMIT, HANG, move || {
        let pool = start(new, W);
        for _ in 0..2 * W {
            let _ = pool.execute(|| panic!("a task that panics, on purpose"));
        }
        assert!(
            w_meet(&pool),
            "after {} tasks panicked, {W} tasks could no longer run at once: catch a \
             task's panic (std::panic::catch_unwind) so the worker lives on",
            2 * W
        );
    });
}

/// Submit W tasks that each wait for all W; true if they all met in time.
fn w_meet(pool: &impl Executor) -> bool {
    let meeting = Rendezvous::new(W);
    let met = Arc::new(AtomicUsize::new(0));
    let (done_tx, done_rx) = std::sync::mpsc::channel();
    for _ in 0..W {
        let (meeting, met, done_tx) = (meeting.clone(), Arc::clone(&met), done_tx.clone());
        let sent = pool.execute(move || {
            if meeting.wait_for(Duration::from_secs(3)) {
                met.fetch_add(1, Ordering::Relaxed);
            }
            let _ = done_tx.send(());
        });
        assert!(sent.is_ok(), "execute refused a task on a running pool");
    }
    (0..W).all(|_| done_rx.recv_timeout(TIME_LIMIT).is_ok()) && met.load(Ordering::Relaxed) == W
}

/// Submits a boxed task and hands back its result: `executor::submit`, or a student's.
pub type Submit =
    fn(&ThreadPool, Box<dyn FnOnce() -> u64 + Send>) -> Result<TaskHandle<u64>, PoolClosed>;

/// `submit` hands back each task's value, and a panicking task's message as an error,
/// while the pool goes on serving.
pub fn submit_returns_the_value_or_the_panic(submit: Submit) {
    within(TIME_LIMIT, HANG, move || {
        let pool = ThreadPool::new(W).expect("a pool of 4 starts");
        let handles: Vec<_> = (0..100u64)
            .map(|i| submit(&pool, Box::new(move || i * i)).expect("the pool is running"))
            .collect();
        let got: Vec<_> = handles.into_iter().map(TaskHandle::join).collect();
        for (i, result) in got.iter().enumerate() {
            let want = (i * i) as u64;
            assert!(
                result.as_ref() == Ok(&want),
                "task {i} should have returned {want}, but join gave {result:?}"
            );
        }
        let failed = submit(&pool, Box::new(|| panic!("no result for you")))
            .expect("the pool is running")
            .join();
        assert!(
            failed
                .as_ref()
                .is_err_and(|e| e.message == "no result for you"),
            "a task that panicked with \"no result for you\" should come back as that \
             error, but join gave {failed:?}: catch the panic and send it back"
        );
        let after = submit(&pool, Box::new(|| 7))
            .expect("the pool is running")
            .join();
        assert!(
            after == Ok(7),
            "after a panic, the next task gave {after:?}, not Ok(7)"
        );
    });
}

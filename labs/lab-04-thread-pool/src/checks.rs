//! The lab's outcome checks, generic over any pool that implements [`Executor`].
//!
//! One check, two callers: the lab's tests run them on [`crate::pool::ThreadPool`] and
//! [`crate::stealing::StealingPool`], and the exercise
//! (`labs/lab-04-thread-pool/exercise`) runs them on a student's pool. Each check
//! panics with a sentence in the student's words when the expectation fails, and gives
//! up after [`TIME_LIMIT`] instead of hanging.

use crate::demo::tracker::Tracker;
use crate::executor::{Executor, PoolClosed};
use crate::pool::ThreadPool;
use crate::task::{TaskHandle, TaskPanicked};
use labkit::testkit::{Gate, Occupancy, Rendezvous, dropped_within, within};
use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::ThreadId;
use std::time::Duration;

/// Starts a pool of N workers: `ThreadPool::new`, or a student's.
pub type NewPool<P> = fn(usize) -> std::io::Result<P>;

/// How long a check may take before it fails as a hang.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

/// Workers in the checks' pools.
pub const W: usize = 4;

/// How long tasks that wait for each other (or for a gate) wait: well inside
/// [`TIME_LIMIT`], so a check's own sentence is the one a student reads.
pub const PATIENCE: Duration = Duration::from_secs(3);

/// How long dropping a pool may take: a Drop that joins before it closes the queue
/// waits for ever, and fails with its own sentence after this.
pub const DROP_LIMIT: Duration = Duration::from_secs(5);

/// A task still in flight keeps working this long after its gate opens, so a Drop that
/// does not join returns while it runs.
const STILL_WORKING: Duration = Duration::from_millis(200);

const HANG: &str = "does a worker never exit, or does Drop wait for a job that never comes?";

fn start<P: Executor>(new: NewPool<P>, workers: usize) -> P {
    new(workers).unwrap_or_else(|e| panic!("could not start a pool of {workers}: {e}"))
}

/// Drop the pool; a drop that never returns fails with a sentence that says why.
fn drop_pool<P: Send + 'static>(pool: P) {
    assert!(
        dropped_within(pool, DROP_LIMIT),
        "dropping the pool did not return within {} s: Drop must close the queue (drop the \
         Sender) before it joins, or the workers wait for more jobs for ever",
        DROP_LIMIT.as_secs()
    );
}

/// 3W tasks that stay running until the check lets them go, on a pool of W: W of them
/// run, and never more. A "pool" that starts a thread per job runs all 3W at once.
pub fn never_more_than_w_tasks_run_at_once<P: Executor + Send + 'static>(new: NewPool<P>) {
    within(TIME_LIMIT, HANG, move || {
        let pool = start(new, W);
        let (running, gate) = (Occupancy::new(), Gate::new());
        for _ in 0..3 * W {
            let (running, gate) = (running.clone(), gate.clone());
            let sent = pool.execute(move || {
                running.enter();
                gate.wait_for(PATIENCE);
                running.leave();
            });
            assert!(sent.is_ok(), "execute refused a task on a running pool");
        }
        let most = running.most_after(W, PATIENCE, Duration::from_millis(300));
        gate.open();
        drop_pool(pool);
        assert!(
            most <= W,
            "{most} tasks ran at once on a pool of {W} workers: a thread per job is not a \
             pool. Start {W} threads in new, and let them take jobs from one queue"
        );
    });
}

/// A task still running when the pool is dropped (its gate opens as the drop begins)
/// has finished by the time the drop returns: Drop joins its workers.
pub fn drop_waits_for_a_running_task<P: Executor + Send + 'static>(new: NewPool<P>) {
    within(TIME_LIMIT, HANG, move || {
        let pool = start(new, W);
        let (gate, finished) = (Gate::new(), Arc::new(AtomicBool::new(false)));
        let (started, has_started) = std::sync::mpsc::channel();
        let task = (gate.clone(), Arc::clone(&finished));
        let sent = pool.execute(move || {
            let _ = started.send(());
            task.0.wait_for(PATIENCE);
            std::thread::sleep(STILL_WORKING);
            // Release: pairs with the Acquire load after the drop.
            task.1.store(true, Ordering::Release);
        });
        assert!(sent.is_ok(), "execute refused a task on a running pool");
        assert!(
            has_started.recv_timeout(PATIENCE).is_ok(),
            "a task given to a pool of {W} never started"
        );
        gate.open();
        drop_pool(pool);
        assert!(
            finished.load(Ordering::Acquire),
            "dropping the pool returned while a task was still running: Drop must join \
             every worker (after closing the queue), or running work is cut off"
        );
    });
}

/// 30,000 tasks on a pool of 10: each runs exactly once, and never more than 10 at once.
/// Dropping the pool must wait for all of them.
pub fn all_30_000_tasks_run_exactly_once<P: Executor + Send + 'static>(new: NewPool<P>) {
    within(TIME_LIMIT, HANG, move || {
        let tracker = Arc::new(Tracker::new(30_000));
        let pool = start(new, 10);
        for id in 0..30_000 {
            let tracker = Arc::clone(&tracker);
            let sent = pool.execute(move || tracker.run(id, || ()));
            assert!(sent.is_ok(), "execute refused task {id} on a running pool");
        }
        drop_pool(pool);
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
pub fn w_tasks_run_in_parallel<P: Executor + Send + 'static>(new: NewPool<P>) {
    within(TIME_LIMIT, HANG, move || {
        let pool = start(new, W);
        let met = w_meet(&pool);
        drop_pool(pool);
        assert!(
            met == W,
            "{W} tasks that wait for each other never all ran at once on {W} workers ({met} \
             met): is a lock held while a job runs, so the workers take turns?"
        );
    });
}

/// Tasks that panic cost only themselves: afterwards W tasks still meet on W workers.
pub fn a_panicking_task_does_not_kill_its_worker<P: Executor + Send + 'static>(new: NewPool<P>) {
    within(TIME_LIMIT, HANG, move || {
        let pool = start(new, W);
        for _ in 0..2 * W {
            let _ = pool.execute(|| panic!("a task that panics, on purpose"));
        }
        let met = w_meet(&pool);
        assert!(
            met == W,
            "after {} tasks panicked, only {met} of {W} workers still ran tasks: catch a \
             task's panic (std::panic::catch_unwind, which run_job does) so the worker lives on",
            2 * W
        );
        drop_pool(pool);
    });
}

/// Submit W tasks that each wait for all W; how many met the others in time (a pool
/// that refuses a task, or has lost its workers, meets fewer).
fn w_meet(pool: &impl Executor) -> usize {
    let meeting = Rendezvous::new(W);
    let met = Arc::new(AtomicUsize::new(0));
    let (done_tx, done_rx) = std::sync::mpsc::channel();
    for _ in 0..W {
        let (meeting, met, done_tx) = (meeting.clone(), Arc::clone(&met), done_tx.clone());
        let _ = pool.execute(move || {
            if meeting.wait_for(PATIENCE) {
                met.fetch_add(1, Ordering::Relaxed);
            }
            let _ = done_tx.send(());
        });
    }
    drop(done_tx);
    // Each task reports within PATIENCE of starting; a lost one never reports at all.
    let reported = (0..W)
        .take_while(|_| done_rx.recv_timeout(2 * PATIENCE).is_ok())
        .count();
    met.load(Ordering::Relaxed).min(reported)
}

/// Submits a boxed task and hands back its result: `executor::submit`, or a student's.
pub type Submit =
    fn(&ThreadPool, Box<dyn FnOnce() -> u64 + Send>) -> Result<TaskHandle<u64>, PoolClosed>;

/// A task's outcome in words (no `Ok(..)`/`Err(..)` for a student to decode).
fn described(result: &Result<u64, TaskPanicked>) -> String {
    match result {
        Ok(value) => format!("the value {value}"),
        Err(panic) => format!("an error saying \"{}\"", panic.message),
    }
}

/// The threads of `pool`'s workers: W tasks that wait for each other each say where
/// they ran.
fn worker_threads(pool: &ThreadPool) -> HashSet<ThreadId> {
    let meeting = Rendezvous::new(W);
    let (ids, seen) = std::sync::mpsc::channel();
    for _ in 0..W {
        let (meeting, ids) = (meeting.clone(), ids.clone());
        pool.execute(move || {
            meeting.wait_for(PATIENCE);
            let _ = ids.send(std::thread::current().id());
        })
        .expect("the lab's pool is running");
    }
    (0..W)
        .filter_map(|_| seen.recv_timeout(2 * PATIENCE).ok())
        .collect()
}

/// Every submitted task runs on one of the pool's worker threads: never on the
/// caller's thread, and never on a thread of its own.
pub fn submit_runs_the_task_on_a_pool_worker(submit: Submit) {
    within(TIME_LIMIT, HANG, move || {
        let pool = ThreadPool::new(W).expect("a pool of 4 starts");
        let workers = worker_threads(&pool);
        let (ran_on, where_) = std::sync::mpsc::channel();
        for _ in 0..8 {
            let ran_on = ran_on.clone();
            let task = Box::new(move || {
                let _ = ran_on.send(std::thread::current().id());
                1
            });
            let _ = submit(&pool, task).map(TaskHandle::join);
        }
        drop(ran_on);
        let threads: Vec<ThreadId> = where_.iter().collect();
        let caller = std::thread::current().id();
        assert!(
            !threads.contains(&caller),
            "a submitted task ran on the caller's thread: submit must hand the task to the \
             pool (pool.execute) and return at once, not run it itself"
        );
        let elsewhere = threads.iter().filter(|t| !workers.contains(t)).count();
        assert!(
            threads.len() == 8 && elsewhere == 0,
            "of 8 submitted tasks, {} ran, {elsewhere} of them on a thread that is not one of \
             the pool's {W} workers: send the task to the pool with pool.execute, do not \
             start a thread per task",
            threads.len()
        );
    });
}

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
                "task {i} should have given back the value {want}, but its handle gave {}",
                described(result)
            );
        }
        let failed = submit(&pool, Box::new(|| panic!("no result for you")))
            .expect("the pool is running")
            .join();
        assert!(
            failed
                .as_ref()
                .is_err_and(|e| e.message == "no result for you"),
            "a task that panicked with \"no result for you\" should come back as an error \
             with that message, but its handle gave {}: catch the panic and send its message back",
            described(&failed)
        );
        let after = submit(&pool, Box::new(|| 7))
            .expect("the pool is running")
            .join();
        assert!(
            after == Ok(7),
            "after a panic, the next task gave {}, not the value 7",
            described(&after)
        );
    });
}

/// Starts a pool of W workers with room for Q queued jobs: a challenge's constructor.
pub type NewBoundedPool<P> = fn(usize, usize) -> std::io::Result<P>;

/// What `execute` gave back, once it returned.
type Executed = Result<(), PoolClosed>;

/// Run `execute` on a thread of its own; its result once it returns, if it does
/// within `wait` (and the channel its result arrives on, if it does not yet).
fn returns_within(
    execute: impl FnOnce() -> Executed + Send + 'static,
    wait: Duration,
) -> (std::sync::mpsc::Receiver<Executed>, Option<Executed>) {
    let (done, returned) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = done.send(execute());
    });
    let got = returned.recv_timeout(wait).ok();
    (returned, got)
}

/// Backpressure: with 2 workers busy and 2 jobs queued, `execute` waits for room (it
/// neither refuses nor queues without end), and goes on as soon as room is made.
pub fn submitters_wait_while_the_queue_is_full<P: Executor + Send + Sync + 'static>(
    new: NewBoundedPool<P>,
) {
    within(TIME_LIMIT, HANG, move || {
        let (workers, queue) = (2, 2);
        let pool =
            Arc::new(new(workers, queue).unwrap_or_else(|e| {
                panic!("could not start a pool of {workers} and {queue}: {e}")
            }));
        let gate = Gate::new();
        let fill = (Arc::clone(&pool), gate.clone());
        let (_, filled) = returns_within(
            move || {
                for _ in 0..workers + queue {
                    let gate = fill.1.clone();
                    fill.0.execute(move || {
                        gate.wait_for(PATIENCE);
                    })?;
                }
                Ok(())
            },
            Duration::from_secs(1),
        );
        match filled {
            Some(Ok(())) => {}
            Some(Err(_)) => panic!(
                "execute refused a job before the queue was full: it must wait, not refuse, \
                 and only a full queue makes a submitter wait"
            ),
            None => panic!(
                "with {workers} workers busy, execute waited before the queue held {queue} \
                 jobs: the queue has room for {queue}, and only a full one makes a submitter wait"
            ),
        }
        let (one_more, at_once) = {
            let (pool, gate) = (Arc::clone(&pool), gate.clone());
            returns_within(
                move || {
                    pool.execute(move || {
                        gate.wait_for(PATIENCE);
                    })
                },
                Duration::from_millis(300),
            )
        };
        match at_once {
            Some(Err(_)) => panic!(
                "with {workers} workers busy and {queue} jobs queued, execute refused the next \
                 job: it must wait, not refuse, until a worker takes a job and makes room"
            ),
            Some(Ok(())) => panic!(
                "with {workers} workers busy and {queue} jobs queued, execute took the next job \
                 at once: it must wait for room (backpressure), or a fast submitter fills \
                 memory with a queue that never ends"
            ),
            None => {}
        }
        gate.open();
        let later = one_more.recv_timeout(PATIENCE);
        assert!(
            later == Ok(Ok(())),
            "after the workers made room, a waiting execute never went on: wake the waiting \
             submitter when a job leaves the queue"
        );
        if let Ok(pool) = Arc::try_unwrap(pool) {
            drop_pool(pool);
        }
    });
}

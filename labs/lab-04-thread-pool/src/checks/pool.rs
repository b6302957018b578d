//! A pool of W: never more than W at once, all in parallel, every task once, drop waits, a panic costs no worker.

use super::{HANG, NewPool, PATIENCE, STILL_WORKING, TIME_LIMIT, W, drop_pool, start};
use crate::demo::tracker::Tracker;
use crate::executor::Executor;
use labkit::testkit::{Gate, Occupancy, Rendezvous, within};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

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

//! `submit`: the task runs on a pool worker, and its value or its panic comes back.

use super::{HANG, PATIENCE, TIME_LIMIT, W};
use crate::executor::Executor;
use crate::executor::PoolClosed;
use crate::pool::ThreadPool;
use crate::task::{TaskHandle, TaskPanicked};
use labkit::testkit::{Rendezvous, within};
use std::collections::HashSet;
use std::thread::ThreadId;

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

//! The freeze and its fix, and the Semaphore that makes clients wait where a pool says 503.

use async_server::blocking::Blocking;
use async_server::demo::freeze::measure;
use async_server::demo::running::Flavor;
use async_server::demo::waiting::{Burst, rows};

// The probe's request is written after the /block request, so on one thread blocked
// in a task it cannot be answered before the block ends: at least half of 800 ms.
#[test]
fn a_blocking_task_freezes_a_current_thread_runtime() {
    let run = measure(Flavor::CurrentThread, Blocking::InTask, 1, 800).unwrap();
    assert!(run.froze(), "others waited only {} ms", run.probe_max_ms);
}

#[test]
fn spawn_blocking_keeps_the_others_served() {
    let run = measure(Flavor::CurrentThread, Blocking::SpawnBlocking, 1, 800).unwrap();
    assert!(!run.froze(), "others waited {} ms of 800", run.probe_max_ms);
}

#[test]
fn more_blocking_tasks_than_workers_freeze_a_multi_thread_runtime() {
    let run = measure(Flavor::MultiThread { workers: 2 }, Blocking::InTask, 3, 800).unwrap();
    assert!(run.froze(), "others waited only {} ms", run.probe_max_ms);
}

#[test]
fn a_full_semaphore_makes_clients_wait_where_a_full_pool_refuses() {
    let rows = rows(Burst::DEMO).unwrap();
    let (tokio, pool) = (&rows[0], &rows[1]);
    assert_eq!(
        (tokio.ok, tokio.refused),
        (12, 0),
        "every tokio client is answered 200"
    );
    assert!(
        pool.refused > 0,
        "lab-02's pool of 4 with a queue of 4 refused none of 12"
    );
    assert_eq!(pool.ok + pool.refused, 12);
}

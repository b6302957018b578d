//! lab-04's 30,000 URL tasks, as tasks: all at once, or at most N at a time.
//!
//! A task is a future plus a few hundred bytes of bookkeeping, not a thread and its
//! stack, so spawning all 30,000 at once is cheap in memory (lab-04's thread per task is
//! not). But "cheap" is not "bounded": 30,000 downloads at once is 30,000 sockets and a
//! server flooded. [`at_most`] takes a place in a `Semaphore` *before* it spawns, so at
//! most `limit` tasks exist, and Little's law gives its time again: N x d / limit.
//!
//! | strategy                 | tasks alive | running at once | time for N tasks of d |
//! |--------------------------|-------------|-----------------|-----------------------|
//! | [`all_at_once`]          | N           | N               | about d               |
//! | [`at_most`]`(10, ..)`    | 10          | 10              | N x d / 10            |
//! | lab-04's pool of 10      | 10 threads  | 10              | N x d / 10            |
//! | lab-04's thread per task | N threads   | N               | about d, plus N stacks |

use std::collections::VecDeque;
use std::future::Future;
use std::sync::Arc;
use tokio::sync::Semaphore;

/// Spawn every job at once; their outputs, in the jobs' order. No bound at all.
pub async fn all_at_once<T, F>(jobs: impl IntoIterator<Item = F>) -> Vec<T>
where
    F: Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    let handles: Vec<_> = jobs.into_iter().map(tokio::spawn).collect();
    let mut outputs = Vec::with_capacity(handles.len());
    for handle in handles {
        outputs.push(handle.await.expect("a job panicked"));
    }
    outputs
}

/// Run the jobs at most `limit` at a time, starting the next as soon as one ends;
/// their outputs, in the jobs' order. `limit` must be at least 1.
///
/// `jobs` may be a lazy iterator: a job's future is made only when a place is free,
/// and a finished task is freed as soon as the ones before it are, so memory stays
/// that of about `limit` tasks (plus the outputs), however many jobs there are.
pub async fn at_most<T, F>(limit: usize, jobs: impl IntoIterator<Item = F>) -> Vec<T>
where
    F: Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    assert!(limit >= 1, "a limit of 0 would never run anything");
    let places = Arc::new(Semaphore::new(limit));
    let mut running = VecDeque::new();
    let mut outputs = Vec::new();
    let mut jobs = jobs.into_iter();
    loop {
        // A place first, then the job: at most `limit` tasks exist at once, and a lazy
        // job is made only now (a `sleep` made earlier would start its clock early).
        let place = places.clone().acquire_owned().await.expect("never closed");
        let Some(job) = jobs.next() else { break };
        running.push_back(tokio::spawn(async move {
            let output = job.await;
            drop(place); // the next job may start
            output
        }));
        // Collect the finished tasks at the front now, in order, so they are freed.
        while running.front().is_some_and(|task| task.is_finished()) {
            outputs.push(join(running.pop_front()).await);
        }
    }
    for task in running {
        outputs.push(join(Some(task)).await);
    }
    outputs
}

async fn join<T>(task: Option<tokio::task::JoinHandle<T>>) -> T {
    task.expect("only called with a task")
        .await
        .expect("a job panicked")
}

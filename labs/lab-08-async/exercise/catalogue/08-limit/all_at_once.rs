//! Mistake: every job spawned at once; the limit is ignored.
use std::future::Future;
use std::sync::Arc;
use tokio::sync::Semaphore;

/// Spawns them all.
pub async fn at_most<T, F>(limit: usize, jobs: Vec<F>) -> Vec<T>
where
    F: Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    let _ = limit;
    let tasks: Vec<_> = jobs.into_iter().map(tokio::spawn).collect();
    let mut outputs = Vec::new();
    for task in tasks {
        outputs.push(task.await.expect("a job panicked"));
    }
    outputs
}

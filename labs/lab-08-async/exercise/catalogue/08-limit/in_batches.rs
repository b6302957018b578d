//! Mistake: batches of `limit`, each waited for whole: a free place waits for the
//! batch's slowest job.
use std::future::Future;
use std::sync::Arc;
use tokio::sync::Semaphore;

/// Runs the jobs in batches.
pub async fn at_most<T, F>(limit: usize, jobs: Vec<F>) -> Vec<T>
where
    F: Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    let mut outputs = Vec::new();
    let mut jobs = jobs.into_iter().peekable();
    while jobs.peek().is_some() {
        let batch: Vec<_> = jobs.by_ref().take(limit).map(tokio::spawn).collect();
        for task in batch {
            outputs.push(task.await.expect("a job panicked"));
        }
    }
    outputs
}

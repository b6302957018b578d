//! Mistake: each job awaited before the next starts: a limit of one, whatever `limit` says.
use std::future::Future;
use std::sync::Arc;
use tokio::sync::Semaphore;

/// Awaits each job in turn.
pub async fn at_most<T, F>(limit: usize, jobs: Vec<F>) -> Vec<T>
where
    F: Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    let _ = limit;
    let mut outputs = Vec::new();
    for job in jobs {
        outputs.push(job.await);
    }
    outputs
}

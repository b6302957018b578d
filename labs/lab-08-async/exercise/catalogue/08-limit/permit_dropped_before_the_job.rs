//! Mistake: a place is taken and let go at once (`let _ = ...` drops it), so nothing
//! is held while the job runs: no limit in effect.
use std::future::Future;
use std::sync::Arc;
use tokio::sync::Semaphore;

/// Drops each permit before its job runs.
pub async fn at_most<T, F>(limit: usize, jobs: Vec<F>) -> Vec<T>
where
    F: Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    let places = Arc::new(Semaphore::new(limit));
    let mut tasks = Vec::new();
    for job in jobs {
        let places = places.clone();
        tasks.push(tokio::spawn(async move {
            let _ = places.acquire().await;
            job.await
        }));
    }
    let mut outputs = Vec::new();
    for task in tasks {
        outputs.push(task.await.expect("a job panicked"));
    }
    outputs
}

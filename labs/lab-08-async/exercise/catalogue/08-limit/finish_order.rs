//! Mistake: outputs collected as jobs finish (a `JoinSet`), not in the jobs' order.
use std::future::Future;
use std::sync::Arc;
use tokio::sync::Semaphore;

/// Collects outputs in the order the jobs end.
pub async fn at_most<T, F>(limit: usize, jobs: Vec<F>) -> Vec<T>
where
    F: Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    let places = Arc::new(Semaphore::new(limit));
    let mut set = tokio::task::JoinSet::new();
    for job in jobs {
        let place = places.clone().acquire_owned().await.expect("never closed");
        set.spawn(async move {
            let out = job.await;
            drop(place);
            out
        });
    }
    let mut outputs = Vec::new();
    while let Some(done) = set.join_next().await {
        outputs.push(done.expect("a job panicked"));
    }
    outputs
}

//! Hint level 3 for `08-limit`: a whole solution.
use std::future::Future;
use std::sync::Arc;
use tokio::sync::Semaphore;

/// At most `limit` jobs at a time; outputs in the jobs' order.
pub async fn at_most<T, F>(limit: usize, jobs: Vec<F>) -> Vec<T>
where
    F: Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    let places = Arc::new(Semaphore::new(limit));
    let mut running = Vec::new();
    for job in jobs {
        // A place first, then the task: never more than `limit` tasks alive.
        let place = places.clone().acquire_owned().await.expect("never closed");
        running.push(tokio::spawn(async move {
            let out = job.await;
            drop(place);
            out
        }));
    }
    let mut outputs = Vec::new();
    for task in running {
        // Joined in the order spawned: job i's output lands at index i.
        outputs.push(task.await.expect("a job panicked"));
    }
    outputs
}

//! Mistake: `spawn_blocking`, then `unwrap`: a panic in the work crashes the task.
/// Unwraps the `JoinError`.
pub async fn off_the_runtime<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    Ok(tokio::task::spawn_blocking(work).await.unwrap())
}

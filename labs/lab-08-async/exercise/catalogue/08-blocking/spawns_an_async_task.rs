//! Mistake: the call is moved into a task of its own, but a task runs on the same
//! runtime threads: it still blocks one of them (the only one, on `current_thread`).
/// Spawns an ordinary task around the blocking call.
pub async fn off_the_runtime<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    tokio::spawn(async move { work() })
        .await
        .map_err(|e| e.to_string())
}

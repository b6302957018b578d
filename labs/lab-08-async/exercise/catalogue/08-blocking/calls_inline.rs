//! Mistake: the blocking call runs right here, on the runtime's thread.
/// Calls `work` in the task.
pub async fn off_the_runtime<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    Ok(work())
}

//! Mistake: `block_in_place` tells a multi-thread runtime to move its other tasks
//! away; a `current_thread` runtime has nowhere to move them, and it panics.
/// Uses `block_in_place`.
pub async fn off_the_runtime<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    Ok(tokio::task::block_in_place(work))
}

//! Blocking inside async: the trap, and the fix.
//!
//! A task runs on one of the runtime's few threads until its next `.await`. A blocking
//! call (`std::thread::sleep`, a file read, a CPU-heavy loop, a synchronous database
//! driver) holds that thread, and every task queued on it waits:
//! - on a `current_thread` runtime, **every** connection freezes (lab-07's lesson again);
//! - on a `multi_thread` runtime of W workers the freeze hides until W tasks block at once.
//!
//! [`Blocking::InTask`] is wrong on purpose: it is what the runner's freeze demo shows.
//! [`Blocking::SpawnBlocking`] is the fix: `spawn_blocking` runs the call on tokio's
//! blocking pool (lab-07's offload pool, built in), and the task `.await`s its result.

use std::time::Duration;

/// Where `/block` runs its blocking call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Blocking {
    /// Wrong on purpose: in the task, on a runtime thread. Fixed by `SpawnBlocking`.
    InTask,
    /// On tokio's blocking pool: the runtime's threads go on serving.
    SpawnBlocking,
}

impl Blocking {
    /// How reports name it.
    pub fn label(self) -> &'static str {
        match self {
            Self::InTask => "in the task",
            Self::SpawnBlocking => "spawn_blocking",
        }
    }
}

/// The blocking call itself: sleep the calling thread for `ms` ms.
pub fn blocking_call(ms: u64) {
    // `--trace` marks it on whichever thread runs it: a runtime's, or the blocking pool's.
    let _span = labkit::trace::span("blocking call");
    std::thread::sleep(Duration::from_millis(ms));
}

/// Run [`blocking_call`] for `ms` ms where `how` says; an error if it panicked.
pub async fn block_for(ms: u64, how: Blocking) -> Result<(), String> {
    match how {
        // The trap: this thread is the runtime's. Nothing else runs on it meanwhile.
        Blocking::InTask => {
            blocking_call(ms);
            Ok(())
        }
        Blocking::SpawnBlocking => off_the_runtime(move || blocking_call(ms)).await,
    }
}

/// Run `work` on tokio's blocking pool and wait for it without holding a runtime thread.
/// A panic in `work` comes back as `Err` with its message, never as a crash of the task.
pub async fn off_the_runtime<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    tokio::task::spawn_blocking(work).await.map_err(|e| {
        panic_message(e).unwrap_or_else(|| "the runtime shut down before the call ran".to_string())
    })
}

/// The message of the panic that ended a task, or None if it was cancelled instead.
pub fn panic_message(error: tokio::task::JoinError) -> Option<String> {
    error
        .is_panic()
        .then(|| labkit::panics::panic_message(&*error.into_panic()))
}

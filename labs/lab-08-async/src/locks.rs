//! Locks and `.await`: which `Mutex`, and why std's may not cross an `.await`.
//!
//! A `std::sync::MutexGuard` held across an `.await` would keep the lock while the task
//! is parked, and the task may wake on another thread. std's guard is not `Send`, so
//! such a task cannot be spawned: the compiler stops it.
//!
//! ```compile_fail
//! # let rt = tokio::runtime::Runtime::new().unwrap();
//! # rt.block_on(async {
//! let hits = std::sync::Arc::new(std::sync::Mutex::new(0u64));
//! tokio::spawn(async move {
//!     let mut n = hits.lock().unwrap();
//!     tokio::time::sleep(std::time::Duration::from_millis(1)).await; // guard still held
//!     *n += 1;
//! });
//! # });
//! ```
//!
//! The fix is to let the guard go before the `.await` (a block, or `drop`). This compiles:
//!
//! ```
//! # let rt = tokio::runtime::Runtime::new().unwrap();
//! # rt.block_on(async {
//! let hits = std::sync::Arc::new(std::sync::Mutex::new(0u64));
//! let task = tokio::spawn(async move {
//!     {
//!         let mut n = hits.lock().unwrap();
//!         *n += 1;
//!     } // guard dropped here, before the task can be parked
//!     tokio::time::sleep(std::time::Duration::from_millis(1)).await;
//! });
//! task.await.unwrap();
//! # });
//! ```
//!
//! **Which one?** std's (or parking_lot's) `Mutex` is right when the lock is held for a
//! few instructions and never across an `.await`: it is faster, and most shared state
//! is like that ([`add_then_wait`]). tokio's `Mutex` is for holding a lock *while*
//! awaiting, such as one connection to a database shared by many tasks, where the order
//! of whole exchanges must hold ([`exchange_in_turn`]): its `lock()` is itself an `.await`, so a
//! waiting task parks instead of blocking its thread.

use std::sync::Mutex;
use std::time::Duration;

/// std's `Mutex`, held for one addition, released before the task waits.
pub async fn add_then_wait(total: &Mutex<u64>, delta: u64, wait: Duration) -> u64 {
    let now = {
        let mut total = total
            .lock()
            .expect("no task panics while holding this lock");
        *total += delta;
        *total
    };
    tokio::time::sleep(wait).await;
    now
}

/// tokio's `Mutex`, held across an `.await` on purpose: each exchange (push a request,
/// wait, push its reply) happens whole, never interleaved with another task's.
pub async fn exchange_in_turn(log: &tokio::sync::Mutex<Vec<String>>, who: &str, wait: Duration) {
    let mut log = log.lock().await;
    log.push(format!("{who}: request"));
    tokio::time::sleep(wait).await;
    log.push(format!("{who}: reply"));
}

//! The bounded pool: W workers started once, fed accepted connections by a channel.
//!
//! A crossbeam channel is multi-consumer, so every worker can `recv` on the same
//! receiver with no `Mutex<Receiver>` (the Rust Book's version, whose `while let`
//! holds the lock while the job runs). At most `workers + queue` connections are
//! inside at once; the accept thread refuses the rest with 503 instead of letting
//! them pile up unbounded.

use crate::connection::serve_connection;
use crate::dispatch::{Dispatcher, pool_channel};
use crate::server::ServerState;
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Start `workers` workers with room for `queue` waiting connections.
pub fn start(workers: usize, queue: usize, state: &Arc<ServerState>) -> io::Result<Dispatcher> {
    let workers = workers.max(1);
    let capacity = workers + queue;
    let (sender, receiver) = pool_channel(capacity);
    let in_pool = Arc::new(AtomicUsize::new(0));
    let mut handles = Vec::with_capacity(workers);
    for i in 0..workers {
        let (receiver, state, in_pool) =
            (receiver.clone(), Arc::clone(state), Arc::clone(&in_pool));
        state.stats.thread_started();
        let handle = std::thread::Builder::new()
            .name(format!("worker-{i}"))
            .spawn(move || {
                // Ends when the accept thread drops the sender and the queue is empty.
                for stream in receiver.iter() {
                    serve_connection(stream, &state);
                    in_pool.fetch_sub(1, Ordering::Relaxed);
                }
                state.stats.thread_ended();
            })?;
        handles.push(handle);
    }
    Ok(Dispatcher::Pool {
        queue: Some(sender),
        in_pool,
        capacity,
        workers: handles,
    })
}

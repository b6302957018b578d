//! Connections waiting for their request head, so shutdown can let them go.
//!
//! A browser opens connections it may never use, and an idle client can sit in
//! `read` for the whole read timeout. Graceful shutdown must not wait for them: it
//! closes every connection that has not yet sent a request, and lets every request
//! already read run to its response. Connections picked up after shutdown began get a
//! short read timeout instead: a request already waiting is served, an idle one is not.

use std::collections::HashMap;
use std::net::{Shutdown, TcpStream};
use std::sync::Mutex;
use std::time::Duration;

/// How long a connection picked up during shutdown may take to send its head.
pub const STOPPING_READ_TIMEOUT: Duration = Duration::from_millis(100);

#[derive(Debug, Default)]
struct Inner {
    next_id: u64,
    stopping: bool,
    reading: HashMap<u64, TcpStream>,
}

/// The registry of connections blocked in reading their request head.
#[derive(Debug, Default)]
pub struct Waiting {
    inner: Mutex<Inner>,
}

/// Proof that a connection is registered; hand it back with [`Waiting::end_read`].
#[derive(Debug)]
pub struct Ticket(u64);

impl Waiting {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A panic while holding this lock cannot leave the map half-updated.
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Register `stream` before reading its head. `None` once shutdown has begun: the
    /// caller then reads with [`STOPPING_READ_TIMEOUT`].
    pub fn begin_read(&self, stream: &TcpStream) -> Option<Ticket> {
        let mut inner = self.lock();
        if inner.stopping {
            return None;
        }
        let clone = stream.try_clone().ok()?;
        let id = inner.next_id;
        inner.next_id += 1;
        inner.reading.insert(id, clone);
        Some(Ticket(id))
    }

    /// The head is read (or failed): shutdown must now let this connection finish.
    pub fn end_read(&self, ticket: Ticket) {
        self.lock().reading.remove(&ticket.0);
    }

    /// Begin shutdown: close every connection still waiting for its head. Idempotent.
    pub fn stop_and_close_idle(&self) {
        let mut inner = self.lock();
        inner.stopping = true;
        for (_, stream) in inner.reading.drain() {
            // Wakes the thread blocked in `read` with EOF; it answers nothing and moves on.
            let _ = stream.shutdown(Shutdown::Both);
        }
    }
}

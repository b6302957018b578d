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

/// Descriptors the server holds for each connection waiting for its head: the socket,
/// and the copy registered here so shutdown can close it. (A program that holds many
/// idle connections, as lab-07's and lab-08's memory demos do, counts on it.)
pub const FILES_PER_WAITING_CONNECTION: u64 = 2;

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

/// What [`Waiting::begin_read`] made of a connection about to read its head.
#[derive(Debug)]
pub enum ReadSlot {
    /// Registered: shutdown can close it; read with the full read timeout.
    Tracked(Ticket),
    /// Not registered, because the OS had no descriptor left to copy the socket with
    /// (EMFILE). Shutdown cannot close it early, so it reads with the full read timeout,
    /// which still bounds it: a busy server must not cut a slow client to 100 ms.
    Untracked,
    /// Shutdown has begun: read with [`STOPPING_READ_TIMEOUT`].
    Stopping,
}

impl ReadSlot {
    /// How long this connection may take to send its head.
    pub fn read_timeout(&self, normal: Duration) -> Duration {
        match self {
            Self::Tracked(_) | Self::Untracked => normal,
            Self::Stopping => STOPPING_READ_TIMEOUT,
        }
    }
}

impl Waiting {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A panic while holding this lock cannot leave the map half-updated.
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Register `stream` before reading its head, so shutdown can close it.
    pub fn begin_read(&self, stream: &TcpStream) -> ReadSlot {
        self.register(stream.try_clone())
    }

    fn register(&self, clone: std::io::Result<TcpStream>) -> ReadSlot {
        let mut inner = self.lock();
        if inner.stopping {
            return ReadSlot::Stopping;
        }
        let Ok(clone) = clone else {
            return ReadSlot::Untracked;
        };
        let id = inner.next_id;
        inner.next_id += 1;
        inner.reading.insert(id, clone);
        ReadSlot::Tracked(Ticket(id))
    }

    /// The head is read (or failed): shutdown must now let this connection finish.
    pub fn end_read(&self, slot: ReadSlot) {
        if let ReadSlot::Tracked(ticket) = slot {
            self.lock().reading.remove(&ticket.0);
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn out_of_descriptors_a_connection_keeps_its_full_read_timeout() {
        let waiting = Waiting::default();
        let no_descriptor = std::io::Error::from_raw_os_error(24); // EMFILE
        let slot = waiting.register(Err(no_descriptor));
        assert!(matches!(slot, ReadSlot::Untracked));
        let normal = Duration::from_secs(5);
        assert_eq!(slot.read_timeout(normal), normal, "not cut to 100 ms");
        waiting.stop_and_close_idle();
        let late = waiting.register(Err(std::io::Error::from_raw_os_error(24)));
        assert_eq!(late.read_timeout(normal), STOPPING_READ_TIMEOUT);
    }
}

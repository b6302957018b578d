//! When each connection was accepted, so its head deadline runs from accept.
//!
//! A pool's connection may wait in the queue before a worker picks it up. If the read
//! timeout started only then, slow clients queued behind each other would each get a
//! fresh one: 128 queued slowloris clients are 128 more timeouts for everyone behind
//! them. The accept loop notes the time; the worker reads the head within what is left.

use std::collections::HashMap;
use std::net::{SocketAddr, TcpStream};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// The least time a head is given: enough to read what is already in the socket.
pub const ALREADY_HERE: Duration = Duration::from_millis(5);

/// Accept times of the connections not yet picked up, by peer address.
#[derive(Debug, Default)]
pub struct Accepted {
    at: Mutex<HashMap<SocketAddr, Instant>>,
}

impl Accepted {
    /// Note that the connection from `peer` was accepted now.
    pub fn note(&self, peer: SocketAddr) {
        self.lock().insert(peer, Instant::now());
    }

    /// Forget `peer` (refused, or picked up).
    pub fn forget(&self, peer: SocketAddr) {
        self.lock().remove(&peer);
    }

    /// What is left of `timeout` since `stream` was accepted (all of it if the accept
    /// was not noted), and forget it: it is being served now. Never less than
    /// [`ALREADY_HERE`]: a client that sent its head at once, and waited in the queue
    /// past its deadline, still has it read.
    pub fn time_left(&self, stream: &TcpStream, timeout: Duration) -> Duration {
        let since = stream
            .peer_addr()
            .ok()
            .and_then(|peer| self.lock().remove(&peer));
        since
            .map_or(timeout, |at| timeout.saturating_sub(at.elapsed()))
            .max(ALREADY_HERE)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<SocketAddr, Instant>> {
        // Inserting or removing one entry cannot leave the map half-updated.
        self.at.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

//! Graceful shutdown: stop accepting, let work in flight finish, then go.
//!
//! One [`CancellationToken`] says "stopping" to every task at once (a broadcast that
//! never misses a late listener). Each connection decides what that means for it:
//! idle ones close, a request in flight gets [`Shutdown::grace`] to finish and a 503
//! after it. The server waits for its tasks with a `TaskTracker` (see [`crate::server`]).

use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// How long a request in flight at shutdown may still take: netkit's rule for every server.
pub use netkit::stop::IN_FLIGHT_GRACE;

/// The stop signal every task of one server shares.
#[derive(Debug, Clone)]
pub struct Shutdown {
    token: CancellationToken,
    grace: Duration,
}

impl Shutdown {
    /// A signal not yet given, with `grace` for the requests in flight when it is.
    pub fn new(grace: Duration) -> Self {
        Self {
            token: CancellationToken::new(),
            grace,
        }
    }

    /// Give the signal (from any thread; more than once is harmless).
    pub fn stop(&self) {
        self.token.cancel();
    }

    /// The token itself, for loops that `select!` on it.
    pub fn token(&self) -> &CancellationToken {
        &self.token
    }

    /// True once the signal is given.
    pub fn is_stopping(&self) -> bool {
        self.token.is_cancelled()
    }

    /// Completes when the signal is given.
    pub async fn stopping(&self) {
        self.token.cancelled().await;
    }

    /// Completes [`Self::grace`] after the signal: a request still running is cut then.
    pub async fn grace_over(&self) {
        self.token.cancelled().await;
        tokio::time::sleep(self.grace).await;
    }

    /// The grace given to requests in flight.
    pub fn grace(&self) -> Duration {
        self.grace
    }
}

/// Completes on Ctrl-C or (on Unix) SIGTERM, the signals a terminal and a service manager send.
pub async fn ctrl_c_or_sigterm() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                term.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}

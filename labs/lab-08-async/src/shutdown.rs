//! Graceful shutdown: stop accepting, let work in flight finish, then go.
//!
//! One [`CancellationToken`] says "stopping" to every task at once (a broadcast that
//! never misses a late listener). Each connection decides what that means for it:
//! idle ones close, a request in flight gets [`Shutdown::grace`] to finish and a 503
//! after it. The server waits for its tasks with a `TaskTracker` (see [`crate::server`]).

use std::io;
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

/// Ctrl-C and (on Unix) SIGTERM, the signals a terminal and a service manager send,
/// registered on a runtime of their own.
///
/// Register them before serving. Registering takes file descriptors, and a server full
/// of clients may have none left: registered late, the signal would fail, and a failed
/// signal must stop the start, never look like Ctrl-C and stop the server.
#[derive(Debug)]
pub struct StopSignals {
    runtime: tokio::runtime::Runtime,
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
    #[cfg(windows)]
    ctrl_c: tokio::signal::windows::CtrlC,
}

impl StopSignals {
    /// Listen for the signals from now on (their arrival is kept until [`Self::wait`]).
    pub fn register() -> io::Result<Self> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let inside = runtime.enter();
        #[cfg(unix)]
        let signals = {
            use tokio::signal::unix::{SignalKind, signal};
            (
                signal(SignalKind::interrupt())?,
                signal(SignalKind::terminate())?,
            )
        };
        #[cfg(windows)]
        let signals = tokio::signal::windows::ctrl_c()?;
        drop(inside);
        #[cfg(unix)]
        let (interrupt, terminate) = signals;
        Ok(Self {
            runtime,
            #[cfg(unix)]
            interrupt,
            #[cfg(unix)]
            terminate,
            #[cfg(windows)]
            ctrl_c: signals,
        })
    }

    /// Block until one of the signals arrives (or has arrived since [`Self::register`]).
    pub fn wait(mut self) {
        #[cfg(unix)]
        self.runtime.block_on(async {
            tokio::select! {
                _ = self.interrupt.recv() => {}
                _ = self.terminate.recv() => {}
            }
        });
        #[cfg(windows)]
        self.runtime.block_on(self.ctrl_c.recv());
    }
}

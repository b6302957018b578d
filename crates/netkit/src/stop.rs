//! Stopping a server that is blocked in `accept`.
//!
//! A blocking `accept` cannot be interrupted from another thread, so stopping sets a
//! flag and then connects to the listener once: `accept` returns, the loop sees the
//! flag, and leaves. No polling, no timeouts, and it works while clients sit idle.

use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How long a request in flight when shutdown begins may still take before it is
/// answered 503: the one grace every server that has one gives (lab-08's tokio server).
pub const IN_FLIGHT_GRACE: Duration = Duration::from_secs(5);

/// A cloneable "please stop" for one listener.
#[derive(Debug, Clone)]
pub struct StopSignal {
    stopped: Arc<AtomicBool>,
    wake_addr: SocketAddr,
}

impl StopSignal {
    /// A signal for the listener bound at `listener_addr` (as `local_addr` reports it).
    pub fn new(listener_addr: SocketAddr) -> Self {
        let mut wake_addr = listener_addr;
        // A listener on 0.0.0.0 or [::] is reached through loopback.
        if wake_addr.ip().is_unspecified() {
            wake_addr.set_ip(match wake_addr {
                SocketAddr::V4(_) => Ipv4Addr::LOCALHOST.into(),
                SocketAddr::V6(_) => Ipv6Addr::LOCALHOST.into(),
            });
        }
        Self {
            stopped: Arc::new(AtomicBool::new(false)),
            wake_addr,
        }
    }

    /// True once [`StopSignal::stop`] has been called.
    pub fn is_stopped(&self) -> bool {
        // Acquire pairs with the Release in `stop`: whoever sees the flag sees what came before it.
        self.stopped.load(Ordering::Acquire)
    }

    /// Ask the server to stop, and wake its `accept` with one throwaway connection.
    pub fn stop(&self) {
        self.stopped.store(true, Ordering::Release);
        // If the connect fails the listener is already gone, which is what we wanted.
        let _ = TcpStream::connect_timeout(&self.wake_addr, Duration::from_secs(1));
    }
}

/// Call `signal.stop()` when the user presses Ctrl-C.
///
/// Fails (with a sentence) only if a handler is already installed in this process.
pub fn stop_on_ctrl_c(signal: StopSignal) -> Result<(), String> {
    on_ctrl_c(move || signal.stop())
}

/// Run `action` (on a signal-handling thread) each time the user presses Ctrl-C.
pub fn on_ctrl_c(action: impl FnMut() + Send + 'static) -> Result<(), String> {
    ctrlc::set_handler(action).map_err(|e| format!("could not install the Ctrl-C handler: {e}"))
}

/// A Ctrl-C handler installed now, to be waited on later: install it before telling the
/// user "Ctrl-C stops", so a press right after that message is not lost.
#[derive(Debug)]
pub struct CtrlC(std::sync::mpsc::Receiver<()>);

impl CtrlC {
    /// Install the handler. Fails with a sentence if one is already installed.
    pub fn install() -> Result<Self, String> {
        let (pressed, wait) = std::sync::mpsc::channel();
        on_ctrl_c(move || {
            let _ = pressed.send(());
        })?;
        Ok(Self(wait))
    }

    /// Block until the user presses Ctrl-C (a runner's `serve` then shuts down gracefully).
    pub fn wait(self) {
        // The handler lives as long as the process, so its sender is never dropped.
        let _ = self.0.recv();
    }
}

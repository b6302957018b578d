//! Requests in flight at shutdown: netkit's one rule for every server. Each may still
//! finish within the grace ([`netkit::stop::IN_FLIGHT_GRACE`]); past it, the server
//! answers it 503 itself, and the handler's own answer, when it comes, is dropped.
//!
//! A handler thread cannot be cut short (Rust has no safe way to stop a thread), so
//! the answer is claimed instead: whoever claims a request first, its worker or the
//! shutdown, writes its response; the other writes nothing.

use netkit::response::Response;
use std::collections::HashMap;
use std::net::{Shutdown, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How long the server's own 503 may take to write (it fits in any socket buffer).
const CUT_WRITE_TIMEOUT: Duration = Duration::from_secs(1);

#[derive(Debug, Default)]
struct Inner {
    next_id: u64,
    open: HashMap<u64, (TcpStream, Arc<AtomicBool>)>,
}

/// The requests whose handler is running.
#[derive(Debug, Default)]
pub struct InFlight {
    inner: Mutex<Inner>,
}

/// One request's place in [`InFlight`], and its claim on the answer.
#[derive(Debug)]
pub struct Claim {
    id: u64,
    answered: Arc<AtomicBool>,
}

impl InFlight {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A panic while holding this lock cannot leave the map half-updated.
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// A request on `stream` is about to run its handler. None if the OS had no
    /// descriptor to copy the socket with: that request cannot be cut, only waited for.
    pub fn begin(&self, stream: &TcpStream) -> Option<Claim> {
        let clone = stream.try_clone().ok()?;
        let answered = Arc::new(AtomicBool::new(false));
        let mut inner = self.lock();
        let id = inner.next_id;
        inner.next_id += 1;
        inner.open.insert(id, (clone, Arc::clone(&answered)));
        Some(Claim { id, answered })
    }

    /// The handler is done: true if its worker may send the answer, false if shutdown
    /// already answered 503 (the worker then closes the connection).
    pub fn finish(&self, claim: Option<Claim>) -> bool {
        let Some(claim) = claim else { return true };
        self.lock().open.remove(&claim.id);
        // AcqRel: one side's swap sees the other's, so exactly one of them answers.
        !claim.answered.swap(true, Ordering::AcqRel)
    }

    /// The grace is over: answer every request still running 503 and close our side.
    /// How many were answered so.
    pub fn cut_all(&self) -> u64 {
        let open: Vec<_> = self.lock().open.drain().collect();
        let mut cut = 0;
        for (_, (mut stream, answered)) in open {
            if answered.swap(true, Ordering::AcqRel) {
                continue; // its worker got there first
            }
            let bytes = Response::text(503, "shutting down\n").to_bytes();
            let _ = netkit::send::send_within(&mut stream, &bytes, CUT_WRITE_TIMEOUT);
            let _ = stream.shutdown(Shutdown::Write);
            cut += 1;
        }
        cut
    }
}

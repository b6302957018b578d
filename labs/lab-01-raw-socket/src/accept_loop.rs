//! The accept loop: the whole of a blocking server.
//!
//! ```text
//! loop {
//!     let (stream, peer) = listener.accept()?;   // blocks until a client connects
//!     serve_one(stream);                           // blocks until that client is done
//! }
//! ```
//!
//! Because `serve_one` runs on the loop's own thread, a second client waits in the
//! kernel's listen queue until the first is finished: one client at a time. lab-02
//! moves `serve_one` onto other threads.

use crate::events::Event;
use netkit::stop::StopSignal;
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

/// How the loop runs.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Serve like the lecture's first version ([`crate::naive`]) instead of [`crate::careful`].
    pub naive: bool,
    /// How long a client may take to send its request head.
    pub read_timeout: Duration,
    /// Stop after this many connections (for scripts and tests); `None` serves until stopped.
    pub max_requests: Option<u64>,
}

impl Default for ServeOptions {
    fn default() -> Self {
        Self {
            naive: false,
            read_timeout: netkit::request::DEFAULT_READ_TIMEOUT,
            max_requests: None,
        }
    }
}

/// What a connection came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tally {
    /// Answered with the page.
    Served,
    /// Answered with an error status.
    Rejected,
    /// No answer: the peer left.
    Dropped,
}

/// Totals when the loop ends.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Connections answered with the page.
    pub served: u64,
    /// Connections answered with 400, 431 or 408.
    pub rejected: u64,
    /// Connections that left without an answer.
    pub dropped: u64,
}

/// Accept and serve connections one at a time until `stop` fires or `max_requests` is reached.
pub fn serve(
    listener: &TcpListener,
    options: &ServeOptions,
    stop: &StopSignal,
    on_event: &mut dyn FnMut(Event),
) -> Summary {
    let mut summary = Summary::default();
    while options
        .max_requests
        .is_none_or(|max| summary.served + summary.rejected + summary.dropped < max)
    {
        on_event(Event::WaitingInAccept);
        let (stream, peer) = match listener.accept() {
            Ok(pair) => pair,
            Err(e) => {
                // Out of file descriptors or a connection reset in the queue: skip it, keep serving.
                on_event(Event::Dropped(format!("accept failed: {e}")));
                continue;
            }
        };
        if stop.is_stopped() {
            // Stopping: this connection and any still queued get a 503, not a reset.
            let busy = netkit::response::Response::error(503);
            netkit::close::refuse(stream, &busy);
            netkit::close::refuse_backlog(listener, &busy);
            break;
        }
        on_event(Event::Accepted(peer));
        match serve_one(stream, options, on_event) {
            Tally::Served => summary.served += 1,
            Tally::Rejected => summary.rejected += 1,
            Tally::Dropped => summary.dropped += 1,
        }
    }
    summary
}

fn serve_one(stream: TcpStream, options: &ServeOptions, on_event: &mut dyn FnMut(Event)) -> Tally {
    if options.naive {
        crate::naive::serve_connection(stream, on_event)
    } else {
        crate::careful::serve_connection(stream, options.read_timeout, on_event)
    }
}

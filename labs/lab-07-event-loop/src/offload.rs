//! The fix for blocking handlers: run them on a small pool, and wake the loop when done.
//!
//! The loop hands `(connection, request)` to a worker over a channel and moves on.
//! The worker runs the handler (it may block: that is fine on a worker), sends the
//! response back on another channel, and calls `Waker::wake`, which makes the loop's
//! `poll` return so it can pick the response up.

use crate::server::Handler;
use crossbeam_channel::{Receiver, Sender, unbounded};
use mio::{Token, Waker};
use netkit::request::Request;
use netkit::response::Response;
use std::sync::Arc;
use std::thread::JoinHandle;

/// A running offload pool.
pub struct Offload {
    jobs: Option<Sender<(Token, Request)>>,
    /// Finished responses, for the loop.
    pub done: Receiver<(Token, Response)>,
    workers: Vec<JoinHandle<()>>,
}

/// Call the handler, turning a panic into a 500.
pub fn call(handler: &Handler, request: &Request) -> Response {
    // `--trace`: on the loop's track (the trap) or a pool thread's (the fix).
    let _span = labkit::trace::span("handler");
    netkit::handler::call(handler, request).unwrap_or_else(|| Response::error(500))
}

impl Offload {
    /// Start `workers` threads running `handler`, waking the loop through `waker`.
    pub fn start(workers: usize, handler: Handler, waker: Arc<Waker>) -> std::io::Result<Self> {
        let (jobs, queue) = unbounded::<(Token, Request)>();
        let (finished, done) = unbounded();
        let workers = (0..workers.max(1))
            .map(|i| {
                let (queue, finished, handler, waker) = (
                    queue.clone(),
                    finished.clone(),
                    Arc::clone(&handler),
                    Arc::clone(&waker),
                );
                std::thread::Builder::new()
                    .name(format!("offload-{i}"))
                    .spawn(move || {
                        for (token, request) in queue.iter() {
                            let response = call(&handler, &request);
                            if finished.send((token, response)).is_err() {
                                return; // the loop is gone
                            }
                            // A failed wake means the loop's poll is gone too; nothing to do.
                            let _ = waker.wake();
                        }
                    })
            })
            .collect::<std::io::Result<Vec<_>>>()?;
        Ok(Self {
            jobs: Some(jobs),
            done,
            workers,
        })
    }

    /// Queue a request for the pool.
    pub fn submit(&self, token: Token, request: Request) {
        if let Some(jobs) = &self.jobs {
            // Workers outlive the loop's use of the pool, so the send cannot fail.
            let _ = jobs.send((token, request));
        }
    }

    /// Threads in the pool.
    pub fn workers(&self) -> usize {
        self.workers.len()
    }

    /// Stop the workers after the jobs they have, and join them.
    pub fn shutdown(&mut self) {
        drop(self.jobs.take());
        for w in self.workers.drain(..) {
            let _ = w.join();
        }
    }
}

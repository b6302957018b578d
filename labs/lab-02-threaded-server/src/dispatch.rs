//! Handing an accepted connection to the model: inline, a new thread, or the pool.

use crate::connection::serve_connection;
use crate::model::Model;
use crate::server::ServerState;
use crossbeam_channel::{Sender, bounded};
use netkit::response::Response;
use std::io;
use std::net::TcpStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::JoinHandle;

/// Per-model state of the accept thread.
pub enum Dispatcher {
    /// Serve on the accept thread itself.
    Sequential,
    /// Spawn a thread per connection; keep the handles to join on shutdown.
    PerConnection {
        /// Most live connection threads, if bounded.
        cap: Option<usize>,
        /// Threads not yet joined.
        threads: Vec<JoinHandle<()>>,
    },
    /// Send connections to a fixed set of workers.
    Pool {
        /// The queue's sending end; dropping it lets the workers finish and exit.
        queue: Option<Sender<TcpStream>>,
        /// Connections queued or being served right now.
        in_pool: Arc<AtomicUsize>,
        /// Most connections queued or being served: workers + queue length.
        capacity: usize,
        /// The workers, joined on shutdown.
        workers: Vec<JoinHandle<()>>,
    },
}

impl Dispatcher {
    /// Set up `model`, starting the pool's workers if it has any.
    pub fn start(model: Model, state: &Arc<ServerState>) -> io::Result<Self> {
        Ok(match model {
            // The accept thread serves: no thread beyond it (peak_threads reports 1).
            Model::Sequential => Self::Sequential,
            Model::ThreadPerConnection { cap } => Self::PerConnection {
                cap,
                threads: Vec::new(),
            },
            Model::Pool { workers, queue } => crate::pool::start(workers, queue, state)?,
        })
    }

    /// Serve `stream` according to the model, or refuse it with 503 if full.
    pub fn dispatch(&mut self, stream: TcpStream, state: &Arc<ServerState>) {
        match self {
            Self::Sequential => serve_connection(stream, state),
            Self::PerConnection { cap, threads } => {
                threads.retain(|t| !t.is_finished());
                if cap.is_some_and(|cap| state.stats.live_threads() >= cap as u64) {
                    return refuse(stream, state);
                }
                // Counted here, before the thread runs, so the next accept sees it.
                state.stats.thread_started();
                let thread_state = Arc::clone(state);
                let spawned =
                    std::thread::Builder::new()
                        .name("connection".into())
                        .spawn(move || {
                            serve_connection(stream, &thread_state);
                            thread_state.stats.thread_ended();
                        });
                match spawned {
                    Ok(handle) => threads.push(handle),
                    // Out of threads or memory: the stream went with the closure; count it.
                    Err(_) => {
                        state.stats.thread_ended();
                        state.stats.refused();
                    }
                }
            }
            Self::Pool {
                queue,
                in_pool,
                capacity,
                ..
            } => {
                // Relaxed: a bound, not a publication; the channel carries the stream itself.
                if in_pool.load(Ordering::Relaxed) >= *capacity {
                    return refuse(stream, state);
                }
                in_pool.fetch_add(1, Ordering::Relaxed);
                if let Some(queue) = queue {
                    let _ = queue.send(stream);
                }
            }
        }
    }

    /// After the accept loop: let every connection finish and join every thread.
    pub fn finish(self) {
        match self {
            Self::Sequential => {}
            Self::PerConnection { threads, .. } => threads.into_iter().for_each(|t| {
                let _ = t.join();
            }),
            Self::Pool { queue, workers, .. } => {
                drop(queue); // workers drain what is queued, then their loop ends
                workers.into_iter().for_each(|w| {
                    let _ = w.join();
                });
            }
        }
    }
}

fn refuse(stream: TcpStream, state: &ServerState) {
    state.stats.refused();
    netkit::close::refuse(stream, &Response::error(503));
}

/// The channel type the pool uses, for [`crate::pool`].
pub(crate) fn pool_channel(
    capacity: usize,
) -> (Sender<TcpStream>, crossbeam_channel::Receiver<TcpStream>) {
    bounded(capacity)
}

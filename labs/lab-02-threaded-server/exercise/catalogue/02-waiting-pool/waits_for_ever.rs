//! Mistake: a wait with no bound. A full pool never answers 503: clients wait as long
//! as the slowest connection in it, and so does the accept loop.

use crossbeam_channel::{Sender, bounded};
use std::io;
use std::net::TcpStream;
use std::thread::JoinHandle;
use std::time::Duration;
use threaded_server::dispatch::{Connections, Dispatch};

/// W workers, a queue of bounded length, and a bounded wait for a place.
pub struct WaitingPool {
    queue: Option<Sender<TcpStream>>,
    workers: Vec<JoinHandle<()>>,
    wait: Duration,
}

impl WaitingPool {
    /// Start `workers` workers (at least 1), room for `queue` waiting connections, and
    /// a wait of up to `wait` for a place when both are full.
    pub fn start(
        connections: Connections,
        workers: usize,
        queue: usize,
        wait: Duration,
    ) -> io::Result<Self> {
        // Each busy worker holds one connection; the channel holds the `queue` waiting.
        let (sender, receiver) = bounded::<TcpStream>(queue);
        let workers = (0..workers.max(1))
            .map(|_| {
                let (receiver, connections) = (receiver.clone(), connections.clone());
                connections.thread_started();
                std::thread::Builder::new().spawn(move || {
                    for stream in receiver.iter() {
                        connections.serve(stream);
                    }
                    connections.thread_ended();
                })
            })
            .collect::<io::Result<Vec<_>>>()?;
        Ok(Self {
            queue: Some(sender),
            workers,
            wait,
        })
    }
}

impl Dispatch for WaitingPool {
    fn dispatch(&mut self, stream: TcpStream) -> Result<(), TcpStream> {
        let Some(queue) = &self.queue else {
            return Err(stream);
        };
        // Waits only while the queue is full, and at most `wait`: then the 503.
        let _ = self.wait;
        queue.send(stream).map_err(|e| e.into_inner())
    }

    fn finish(mut self: Box<Self>) {
        drop(self.queue.take());
        for worker in self.workers.drain(..) {
            let _ = worker.join();
        }
    }
}

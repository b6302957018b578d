//! The bounded pool: W workers started once, fed accepted connections by a channel.
//!
//! A crossbeam channel is multi-consumer, so every worker can `recv` on the same
//! receiver with no `Mutex<Receiver>`. (The Rust Book's final pool takes each job with
//! `let message = receiver.lock().unwrap().recv();`, so its guard is dropped before the
//! job runs; its `while let` version, shown as the counter-example, holds the lock
//! while the job runs.) At most `workers + queue` connections are inside at once; the
//! accept thread refuses the rest with 503 instead of letting them pile up unbounded.

use crate::dispatch::{Connections, Dispatch};
use crossbeam_channel::{Sender, bounded};
use std::io;
use std::net::TcpStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::JoinHandle;

/// W workers and a queue of bounded length.
pub struct BoundedPool {
    /// The queue's sending end; dropping it lets the workers finish and exit.
    queue: Option<Sender<TcpStream>>,
    /// Connections queued or being served right now.
    in_pool: Arc<AtomicUsize>,
    /// Most connections queued or being served: workers + queue length.
    capacity: usize,
    /// The workers, joined by `finish`.
    workers: Vec<JoinHandle<()>>,
}

impl BoundedPool {
    /// Start `workers` workers (at least 1) with room for `queue` waiting connections.
    pub fn start(connections: Connections, workers: usize, queue: usize) -> io::Result<Self> {
        let workers = workers.max(1);
        let capacity = workers + queue;
        let (sender, receiver) = bounded::<TcpStream>(capacity);
        let in_pool = Arc::new(AtomicUsize::new(0));
        let mut handles = Vec::with_capacity(workers);
        for i in 0..workers {
            let (receiver, connections, in_pool) =
                (receiver.clone(), connections.clone(), Arc::clone(&in_pool));
            connections.thread_started();
            let handle = std::thread::Builder::new()
                .name(format!("worker-{i}"))
                .spawn(move || {
                    // Ends when the accept thread drops the sender and the queue is empty.
                    for stream in receiver.iter() {
                        connections.serve(stream);
                        // Relaxed: a bound, not a publication; the channel carries the stream.
                        in_pool.fetch_sub(1, Ordering::Relaxed);
                    }
                    connections.thread_ended();
                })?;
            handles.push(handle);
        }
        Ok(Self {
            queue: Some(sender),
            in_pool,
            capacity,
            workers: handles,
        })
    }
}

impl Dispatch for BoundedPool {
    fn dispatch(&mut self, stream: TcpStream) -> Result<(), TcpStream> {
        // Full: hand it back for a quick 503. Only the accept thread adds, so the check
        // and the add below cannot be overtaken by another adder.
        if self.in_pool.load(Ordering::Relaxed) >= self.capacity {
            return Err(stream);
        }
        self.in_pool.fetch_add(1, Ordering::Relaxed);
        match &self.queue {
            Some(queue) => queue.send(stream).map_err(|e| e.into_inner()),
            None => Err(stream),
        }
    }

    fn finish(mut self: Box<Self>) {
        drop(self.queue.take()); // workers drain what is queued, then their loop ends
        for worker in self.workers.drain(..) {
            let _ = worker.join();
        }
    }
}

//! Mistake: finish closes the queue but does not join the workers: the server stops
//! while requests are still being handled.

use crossbeam_channel::{Sender, bounded};
use std::io;
use std::net::TcpStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::JoinHandle;
use threaded_server::dispatch::{Connections, Dispatch};

/// W workers and a queue of bounded length.
pub struct BoundedPool {
    queue: Option<Sender<TcpStream>>,
    in_pool: Arc<AtomicUsize>,
    capacity: usize,
    workers: Vec<JoinHandle<()>>,
}

impl BoundedPool {
    /// Start `workers` workers (at least 1) with room for `queue` waiting connections.
    pub fn start(connections: Connections, workers: usize, queue: usize) -> io::Result<Self> {
        let workers = workers.max(1);
        let (sender, receiver) = bounded::<TcpStream>(workers + queue);
        let in_pool = Arc::new(AtomicUsize::new(0));
        let mut handles = Vec::new();
        for _ in 0..workers {
            let receiver = receiver.clone();
            let connections = connections.clone();
            let in_pool = Arc::clone(&in_pool);
            connections.thread_started();
            handles.push(std::thread::Builder::new().spawn(move || {
                while let Ok(stream) = receiver.recv() {
                    connections.serve(stream);
                    // Done with it: one more connection fits again. Relaxed: the count
                    // guards no other data; it is only compared with the capacity.
                    in_pool.fetch_sub(1, Ordering::Relaxed);
                }
                connections.thread_ended();
            })?);
        }
        Ok(Self {
            queue: Some(sender),
            in_pool,
            capacity: workers + queue,
            workers: handles,
        })
    }
}

impl Dispatch for BoundedPool {
    fn dispatch(&mut self, stream: TcpStream) -> Result<(), TcpStream> {
        // Full: hand the stream back at once, and the server answers 503.
        if self.in_pool.load(Ordering::Relaxed) >= self.capacity {
            return Err(stream);
        }
        let Some(queue) = &self.queue else {
            return Err(stream);
        };
        self.in_pool.fetch_add(1, Ordering::Relaxed);
        // Never blocks: at most `capacity` are inside, and the channel holds that many.
        queue.send(stream).map_err(|returned| returned.into_inner())
    }

    fn finish(mut self: Box<Self>) {
        // Close the queue first: the workers serve what is queued, then their loop ends.
        self.queue = None;
        self.workers.clear();
    }
}

//! Mistake: not a pool at all: a new thread for every connection, refusing only past
//! `workers + queue`. All of them run at once; nothing waits in a queue.

use std::io;
use std::net::TcpStream;
use threaded_server::dispatch::{Connections, Dispatch, ThreadPerConnection};

/// A capped thread per connection, behind the pool's constructor.
pub struct BoundedPool(ThreadPerConnection);

impl BoundedPool {
    /// Caps at `workers + queue` threads.
    pub fn start(connections: Connections, workers: usize, queue: usize) -> io::Result<Self> {
        Ok(Self(ThreadPerConnection::new(connections, Some(workers + queue))))
    }
}

impl Dispatch for BoundedPool {
    fn dispatch(&mut self, stream: TcpStream) -> Result<(), TcpStream> {
        self.0.dispatch(stream)
    }

    fn finish(self: Box<Self>) {
        Box::new(self.0).finish();
    }
}

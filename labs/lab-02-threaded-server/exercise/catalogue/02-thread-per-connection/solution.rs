//! Hint level 3 for `02-thread-per-connection`: a whole solution, in other words than the lab's.

use std::net::TcpStream;
use std::thread::JoinHandle;
use threaded_server::dispatch::{Connections, Dispatch};

/// A new thread per connection.
pub struct ThreadPerConnection {
    connections: Connections,
    threads: Vec<JoinHandle<()>>,
}

impl ThreadPerConnection {
    /// One thread per connection, no bound.
    pub fn new(connections: Connections) -> Self {
        Self {
            connections,
            threads: Vec::new(),
        }
    }
}

impl Dispatch for ThreadPerConnection {
    fn dispatch(&mut self, stream: TcpStream) -> Result<(), TcpStream> {
        // Threads that are done need no join later: forget them, so the list stays short.
        self.threads.retain(|thread| !thread.is_finished());
        let connections = self.connections.clone();
        connections.thread_started();
        self.threads.push(std::thread::spawn(move || {
            connections.serve(stream);
            connections.thread_ended();
        }));
        Ok(()) // at once: the accept loop goes back to accept
    }

    fn finish(self: Box<Self>) {
        for thread in self.threads {
            let _ = thread.join();
        }
    }
}

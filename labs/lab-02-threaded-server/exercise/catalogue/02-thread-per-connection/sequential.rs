//! Mistake: serve the connection right here, on the accept thread: one at a time.
use threaded_server::dispatch::{Connections, Dispatch, Sequential};

/// The lab's sequential model behind the exercise's constructor.
pub struct ThreadPerConnection(Sequential);

impl ThreadPerConnection {
    /// Serves each connection on the accept thread.
    pub fn new(connections: Connections) -> Self {
        Self(Sequential::new(connections))
    }
}

impl Dispatch for ThreadPerConnection {
    fn dispatch(&mut self, stream: std::net::TcpStream) -> Result<(), std::net::TcpStream> {
        self.0.dispatch(stream)
    }

    fn finish(self: Box<Self>) {}
}

//! The lab's answer: `threaded_server::dispatch::ThreadPerConnection`
//! (labs/lab-02-threaded-server/src/dispatch.rs), with no cap.
use threaded_server::dispatch::{Connections, Dispatch};

/// The lab's model, uncapped, behind the exercise's constructor.
pub struct ThreadPerConnection(threaded_server::dispatch::ThreadPerConnection);

impl ThreadPerConnection {
    /// One thread per connection, no bound.
    pub fn new(connections: Connections) -> Self {
        Self(threaded_server::dispatch::ThreadPerConnection::new(connections, None))
    }
}

impl Dispatch for ThreadPerConnection {
    fn dispatch(&mut self, stream: std::net::TcpStream) -> Result<(), std::net::TcpStream> {
        self.0.dispatch(stream)
    }

    fn finish(self: Box<Self>) {
        Box::new(self.0).finish();
    }
}

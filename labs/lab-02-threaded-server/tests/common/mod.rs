//! Start a lab-02 server on 127.0.0.1 port 0, with any handler.
#![allow(dead_code)] // each test file uses its own subset of these helpers

use netkit::request::Request;
use netkit::response::Response;
use std::io::Read;
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::Duration;
use threaded_server::Model;
use threaded_server::server::{ServerHandle, serve};

/// Every socket a test opens gives up after this long, so a hang fails instead of stalling CI.
pub use labkit::testkit::TEST_TIMEOUT;

/// The three models, the pool big enough for `n` requests at once.
pub fn models(n: usize) -> [Model; 3] {
    [
        Model::Sequential,
        Model::ThreadPerConnection { cap: None },
        Model::Pool {
            workers: n,
            queue: 16,
        },
    ]
}

/// A server running `handler` with `model`.
pub fn start(
    model: Model,
    read_timeout: Duration,
    handler: impl Fn(&Request) -> Response + Send + Sync + 'static,
) -> ServerHandle {
    let listener = netkit::bind::bind("127.0.0.1:0".parse().unwrap()).unwrap();
    serve(listener, model, Arc::new(handler), read_timeout).unwrap()
}

/// A server running the demo routes.
pub fn start_demo(model: Model, read_timeout: Duration) -> ServerHandle {
    let listener = netkit::bind::bind("127.0.0.1:0".parse().unwrap()).unwrap();
    serve(
        listener,
        model,
        threaded_server::routes::demo_handler(Duration::ZERO),
        read_timeout,
    )
    .unwrap()
}

/// Connect and send nothing: an idle client (a browser's spare connection).
pub fn idle_client(addr: SocketAddr) -> TcpStream {
    let stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(TEST_TIMEOUT)).unwrap();
    stream
}

/// Read everything a connection gets until the server closes it.
pub fn read_all(mut stream: TcpStream) -> Vec<u8> {
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    raw
}

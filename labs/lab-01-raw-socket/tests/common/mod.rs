//! Start a lab-01 server on 127.0.0.1 port 0 in a background thread.

use netkit::stop::StopSignal;
use raw_socket::{ServeOptions, Summary};
use std::net::SocketAddr;
use std::thread::JoinHandle;
use std::time::Duration;

/// Every socket a test opens gives up after this long, so a hang fails instead of stalling CI.
pub use labkit::testkit::TEST_TIMEOUT;

/// A server that stops after `connections` connections; join the handle for its totals.
pub fn start(
    naive: bool,
    connections: u64,
    read_timeout: Duration,
) -> (SocketAddr, JoinHandle<Summary>) {
    let listener = netkit::bind::bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let addr = listener.local_addr().unwrap();
    let options = ServeOptions {
        naive,
        read_timeout,
        max_requests: Some(connections),
    };
    let handle = std::thread::spawn(move || {
        raw_socket::serve(&listener, &options, &StopSignal::new(addr), &mut |_| {})
    });
    (addr, handle)
}

/// A request head of exactly `total` bytes, padded with one long header.
pub use raw_socket::checks::padded_head;

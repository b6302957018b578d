//! A client that pipelines requests and never reads its answers must not wedge the
//! server: each response is sent within one deadline (the read timeout), then the
//! connection is dropped, the worker goes back to work, and shutdown still finishes.

use labkit::testkit::pipelining_client_that_never_reads;
use netkit::client::get_with_timeout;
use std::time::{Duration, Instant};
use threaded_server::Model;
use threaded_server::routes::demo_handler;
use threaded_server::server::serve_with;

/// The server's read timeout, and so its deadline for sending each response.
const DEADLINE: Duration = Duration::from_millis(500);

#[test]
fn a_client_that_never_reads_does_not_wedge_a_one_worker_pool() {
    let listener = netkit::bind::bind("127.0.0.1:0".parse().expect("an address")).expect("bind");
    let model = Model::Pool {
        workers: 1,
        queue: 4,
    };
    let server = serve_with(
        listener,
        model,
        demo_handler(Duration::ZERO),
        DEADLINE,
        true,
    )
    .expect("the server starts");
    let wedger = pipelining_client_that_never_reads(server.addr(), 40_000).expect("connect");
    let started = Instant::now();
    let next = get_with_timeout(server.addr(), "/", Duration::from_secs(10));
    let waited = started.elapsed();
    assert!(
        next.as_ref().is_ok_and(|r| r.status == 200),
        "with one worker and a client that never reads, the next client got {:?}",
        next.map(|r| r.status)
    );
    // The worker was freed by the send deadline, not by the client: a wide margin.
    assert!(waited < DEADLINE * 8, "the next client waited {waited:?}");
    let stopping = Instant::now();
    server.shutdown();
    assert!(
        stopping.elapsed() < Duration::from_secs(5),
        "shutdown took {:?} with a non-reading client connected",
        stopping.elapsed()
    );
    drop(wedger);
}

#[test]
fn sequential_model_is_not_wedged_either() {
    let listener = netkit::bind::bind("127.0.0.1:0".parse().expect("an address")).expect("bind");
    let server = serve_with(
        listener,
        Model::Sequential,
        demo_handler(Duration::ZERO),
        DEADLINE,
        true,
    )
    .expect("the server starts");
    let wedger = pipelining_client_that_never_reads(server.addr(), 40_000).expect("connect");
    let next = get_with_timeout(server.addr(), "/", Duration::from_secs(10));
    assert!(
        next.is_ok_and(|r| r.status == 200),
        "the next client was not served"
    );
    let stopping = Instant::now();
    server.shutdown();
    assert!(
        stopping.elapsed() < Duration::from_secs(5),
        "shutdown took {:?}",
        stopping.elapsed()
    );
    drop(wedger);
}

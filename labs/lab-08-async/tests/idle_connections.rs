//! One thread holds many idle connections and still serves an active client.

use async_server::demo::idle::tokio_row;
use async_server::demo::running::{Flavor, Running};
use async_server::server::Options;
use event_loop::c10k::{IDLE_TIMEOUT, fit_connections, hold_idle};
use std::time::Duration;

#[test]
fn one_thread_holds_500_idle_connections_and_serves_another_client() {
    let (n, _) = fit_connections(500, 2);
    let listener = netkit::bind::bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let options = Options {
        head_timeout: IDLE_TIMEOUT,
        max_connections: n + 8,
        ..Options::default()
    };
    let server = Running::start(
        listener,
        Flavor::CurrentThread,
        options,
        Duration::from_secs(1),
    )
    .unwrap();
    let idle = hold_idle(server.addr(), n).unwrap();
    assert_eq!(netkit::client::get(server.addr(), "/").unwrap().status, 200);
    let totals = server.shutdown();
    assert_eq!(
        totals.accepted as usize,
        n + 1,
        "every idle connection was accepted, and the active one"
    );
    drop(idle);
}

#[test]
fn the_idle_row_counts_what_it_held() {
    let (n, _) = fit_connections(300, 2);
    let row = tokio_row(n).unwrap();
    assert_eq!(row.connections as usize, n);
}

//! One thread holds many idle connections and still serves an active client.

use async_server::demo::idle::{idle_server, tokio_row};
use event_loop::demo::c10k::{fit_connections, hold_idle};

#[test]
fn one_thread_holds_500_idle_connections_and_serves_another_client() {
    let (n, _) = fit_connections(500, 2);
    let server = idle_server(n).unwrap();
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

//! SIGTERM (what service managers and containers send) stops the server the way Ctrl-C
//! does: it finishes, prints its totals, and exits 0, instead of dying mid-response.
#![cfg(unix)]

use labkit::testkit::RunningServer;

#[test]
fn sigterm_stops_the_server_gracefully_with_its_totals() {
    labkit::testkit::assert_sigterm_is_graceful(
        env!("CARGO_BIN_EXE_lab-01"),
        &["serve", "--addr", "127.0.0.1:0"],
    );
}

#[test]
fn a_closed_stdout_does_not_take_the_server_down_mid_response() {
    let mut server = RunningServer::start(
        env!("CARGO_BIN_EXE_lab-01"),
        &["serve", "--addr", "127.0.0.1:0"],
    );
    // `lab-01 serve | head -2`: the reader is gone after the first lines.
    server.close_stdout();
    for _ in 0..3 {
        let response = netkit::client::get(server.addr, "/").expect("still answering");
        assert_eq!(response.status, 200);
    }
    server.signal("TERM");
    let (code, _) = server.finish();
    assert_eq!(code, Some(0));
}

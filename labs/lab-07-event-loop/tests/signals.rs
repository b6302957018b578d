//! SIGTERM (what service managers and containers send) stops the server the way Ctrl-C
//! does: it finishes, prints its totals, and exits 0, instead of dying mid-response.
#![cfg(unix)]

#[test]
fn sigterm_stops_the_server_gracefully_with_its_totals() {
    labkit::testkit::assert_sigterm_is_graceful(
        env!("CARGO_BIN_EXE_lab-07"),
        &["serve", "--addr", "127.0.0.1:0"],
    );
}

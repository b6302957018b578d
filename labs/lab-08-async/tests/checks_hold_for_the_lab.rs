//! The lab's own code passes every check its exercises are graded by.

use async_server::blocking::off_the_runtime;
use async_server::checks::{accept, blocking, limit, shutdown};
use async_server::server::{Serve, Stats, accept_until};
use async_server::tasks::at_most;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

async fn accept_forever(listener: TcpListener, places: usize, serve: Serve) {
    let never = CancellationToken::new();
    accept_until(listener, places, &never, serve, &Stats::default()).await;
}

async fn serve_until(listener: TcpListener, stop: CancellationToken, serve: Serve) -> usize {
    accept_until(listener, 64, &stop, serve, &Stats::default()).await
}

#[test]
fn the_accept_loop_serves_connections_at_once() {
    accept::connections_are_served_at_once(accept_forever);
}

#[test]
fn the_accept_loop_keeps_to_its_limit() {
    accept::never_more_than_the_limit(accept_forever);
}

#[test]
fn the_accept_loop_leaves_clients_past_the_limit_in_the_backlog() {
    accept::clients_past_the_limit_wait_in_the_backlog(accept_forever);
}

#[test]
fn the_accept_loop_gives_a_place_back() {
    accept::a_finished_connection_frees_its_place(accept_forever);
}

#[test]
fn spawn_blocking_keeps_the_runtime_running() {
    blocking::the_runtime_runs_other_tasks_during_a_block(off_the_runtime::<String>);
}

#[test]
fn spawn_blocking_gives_the_result_back() {
    blocking::the_result_comes_back(off_the_runtime::<String>);
}

#[test]
fn spawn_blocking_turns_a_panic_into_an_error() {
    blocking::a_panic_in_the_work_comes_back_as_an_error(off_the_runtime::<String>);
}

#[test]
fn at_most_keeps_to_its_limit() {
    limit::never_more_than_the_limit_at_once(at_most);
}

#[test]
fn at_most_keeps_every_place_busy() {
    limit::keeps_all_places_busy(at_most);
}

#[test]
fn at_most_returns_outputs_in_order() {
    limit::outputs_in_the_jobs_order(at_most);
}

#[test]
fn shutdown_returns_when_told() {
    shutdown::stops_when_told(serve_until);
}

#[test]
fn shutdown_waits_for_work_in_flight() {
    shutdown::waits_for_work_in_flight(serve_until);
}

#[test]
fn shutdown_counts_what_it_served() {
    shutdown::says_how_many_it_served(serve_until);
}

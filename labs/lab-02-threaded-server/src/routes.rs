//! The demo application: a page, simulated work, and a handler that panics.

use crate::server::Handler;
use netkit::request::Request;
use netkit::response::Response;
use std::sync::Arc;
use std::time::Duration;

/// Longest `/sleep` a client may ask for.
pub const MAX_SLEEP_MS: u64 = 10_000;

/// `/` (a page, after `delay`), `/sleep?ms=N` (N ms of simulated work), `/panic`, else 404.
pub fn demo_handler(delay: Duration) -> Handler {
    Arc::new(move |request: &Request| route(request, delay))
}

fn route(request: &Request, delay: Duration) -> Response {
    match request.path() {
        "/" => {
            std::thread::sleep(delay);
            Response::html(200, "<!doctype html><h1>lab-02: threaded server</h1>\n")
        }
        "/sleep" => match request.query("ms").map(str::parse::<u64>) {
            Some(Ok(ms)) if ms <= MAX_SLEEP_MS => {
                std::thread::sleep(Duration::from_millis(ms));
                Response::text(200, format!("slept {ms} ms\n"))
            }
            _ => Response::text(
                400,
                format!("use /sleep?ms=N with N from 0 to {MAX_SLEEP_MS}\n"),
            ),
        },
        "/panic" => panic!("the /panic route panics on purpose"),
        _ => Response::error(404),
    }
}

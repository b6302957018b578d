//! The application: the same three paths as lab-07's `serve`.
//!
//! `/sleep` waits on a timer: the task is parked and its thread serves others.
//! `/block` calls a blocking function: where it runs decides who else waits
//! ([`crate::blocking`]).

use crate::blocking::{Blocking, block_for};
use netkit::request::Request;
use netkit::response::Response;
use std::time::Duration;
// The same bounds as lab-02's `/sleep` and lab-07's `/block`: one request cannot hold a
// connection (or a thread) for hours.
pub use event_loop::blocking::MAX_BLOCK_MS;
pub use threaded_server::routes::MAX_SLEEP_MS;

/// The page at `/`.
pub const HOME: &str = "<!doctype html><h1>lab-08: the event loop, written for you</h1>\n";

/// Answer one request: `/`, `/sleep?ms=N`, `/block?ms=N`; anything else is 404.
pub async fn answer(request: &Request, blocking: Blocking) -> Response {
    let ms = request.query("ms").map(str::parse::<u64>);
    match (request.path(), ms) {
        ("/", _) => Response::html(200, HOME),
        ("/sleep", Some(Ok(ms))) if ms <= MAX_SLEEP_MS => {
            // A timer, not thread::sleep: this task is parked, the thread runs others.
            tokio::time::sleep(Duration::from_millis(ms)).await;
            Response::text(200, format!("slept {ms} ms\n"))
        }
        ("/block", Some(Ok(ms))) if ms <= MAX_BLOCK_MS => match block_for(ms, blocking).await {
            Ok(()) => Response::text(200, format!("blocked for {ms} ms\n")),
            Err(why) => Response::text(500, format!("the blocking call failed: {why}\n")),
        },
        ("/sleep", _) => bad_ms("sleep", MAX_SLEEP_MS),
        ("/block", _) => bad_ms("block", MAX_BLOCK_MS),
        _ => Response::error(404),
    }
}

fn bad_ms(path: &str, max: u64) -> Response {
    Response::text(400, format!("use /{path}?ms=N with N from 0 to {max}\n"))
}

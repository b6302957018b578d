//! The application handler of `serve`: `/block?ms=N` blocks whatever thread runs it.
//!
//! On the loop's thread (no offload) one such request freezes every connection; on the
//! offload pool it blocks one worker. That contrast is the lesson of [`crate::offload`].

use crate::server::Handler;
use netkit::response::Response;
use std::sync::Arc;
use std::time::Duration;

/// Longest `/block` accepted, so one request cannot hold a thread for hours.
pub const MAX_BLOCK_MS: u64 = 10_000;

/// `/block?ms=N` sleeps N ms on the thread that runs it (N up to [`MAX_BLOCK_MS`]);
/// anything else is 404.
pub fn blocking_handler() -> Handler {
    Arc::new(|request| {
        match (
            request.path(),
            request.query("ms").and_then(|ms| ms.parse::<u64>().ok()),
        ) {
            ("/block", Some(ms)) if ms <= MAX_BLOCK_MS => {
                std::thread::sleep(Duration::from_millis(ms));
                Response::text(200, format!("blocked for {ms} ms\n"))
            }
            _ => Response::error(404),
        }
    })
}

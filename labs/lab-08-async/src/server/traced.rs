//! `--trace`: each connection on a track of its own, from accept to close. Tasks
//! interleave on the runtime's threads, so a connection cannot nest on a thread's
//! track; the threads' tracks show when they were parked ([`crate::demo::parked`]).
//!
//! The apparatus, not the lesson: while not recording, the connection runs unwrapped.

use labkit::trace::{self, Track};
use std::future::Future;
use std::pin::Pin;
use std::time::Instant;

/// Connections given a track, the first accepted: the picture stays legible.
pub const CONNECTION_TRACKS: u64 = 32;

/// `connection`, recorded on a track of its own when tracing (and under the cap).
pub fn connection(
    id: u64,
    connection: impl Future<Output = ()> + Send + 'static,
) -> Pin<Box<dyn Future<Output = ()> + Send>> {
    match Track::named_within(CONNECTION_TRACKS, || format!("conn {id}")) {
        None => Box::pin(connection),
        Some(track) => Box::pin(async move {
            let accepted = Instant::now();
            connection.await;
            trace::complete(
                track,
                "connection",
                accepted,
                Instant::now(),
                serde_json::Value::Null,
            );
        }),
    }
}

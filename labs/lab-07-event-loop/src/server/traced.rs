//! `--trace`: each request on a track of its own connection, from its whole head to its
//! last byte written. The loop interleaves requests on one thread, so they cannot nest
//! on the thread's track; a track per connection shows them side by side.
//!
//! The apparatus, not the lesson: every call returns at once while not recording.

use labkit::trace::{self, Track};
use mio::Token;
use std::collections::HashMap;
use std::time::Instant;

/// Connections given a track, the first that send a request: the picture stays legible
/// with 10,000 idle clients, and the loop's own track shows every turn regardless.
pub const CONNECTION_TRACKS: u64 = 32;

/// Open requests on traced connections.
#[derive(Debug, Default)]
pub struct RequestTracks {
    open: HashMap<Token, (Track, Option<Request>)>,
}

/// A request in flight: when its head was complete, and its route.
type Request = (Instant, &'static str);

impl RequestTracks {
    /// `token`'s request for `path` is complete and routed from now.
    pub fn began(&mut self, token: Token, path: &str) {
        if !trace::enabled() {
            return;
        }
        // One colour per route in the picture, and no more names than routes.
        let route = match path {
            "/" => "/",
            "/sleep" => "/sleep",
            "/block" => "/block",
            _ => "other",
        };
        if !self.open.contains_key(&token)
            && let Some(track) =
                Track::named_within(CONNECTION_TRACKS, || format!("conn {}", token.0))
        {
            self.open.insert(token, (track, None));
        }
        if let Some(entry) = self.open.get_mut(&token) {
            entry.1 = Some((Instant::now(), route));
        }
    }

    /// `token`'s response has gone.
    pub fn answered(&mut self, token: Token) {
        if let Some((track, request)) = self.open.get_mut(&token)
            && let Some((began, route)) = request.take()
        {
            trace::complete(
                *track,
                route,
                began,
                Instant::now(),
                serde_json::Value::Null,
            );
        }
    }

    /// `token` is closed.
    pub fn closed(&mut self, token: Token) {
        self.open.remove(&token);
    }
}

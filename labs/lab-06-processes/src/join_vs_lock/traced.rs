//! `--trace`: the log's lines as a timeline. Each thread gets a track named for the
//! letter its lines start with; `X enters` to `X leaves` is one "inside the region"
//! slice, `... waits` to its next line "waiting for the lock", and a step a slice from
//! the thread's line before.
//! The apparatus: the demo's lines are unchanged, and off it returns at once.

use labkit::trace::{self, Track};
use std::cell::Cell;
use std::time::Instant;

thread_local! {
    /// When this thread entered the region, and the line before this one ended.
    static ENTERED: Cell<Option<Instant>> = const { Cell::new(None) };
    static LAST_LINE: Cell<Option<Instant>> = const { Cell::new(None) };
    /// When this thread began to wait for the lock.
    static WAITING: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// Record `line`, said by the calling thread.
pub fn line(line: &str) {
    let who = line.split(' ').next().unwrap_or("?");
    let Some(track) = Track::this_thread_named(who) else {
        return;
    };
    let now = Instant::now();
    let since = LAST_LINE.replace(Some(now)).unwrap_or(now);
    if let Some(waited) = WAITING.take() {
        trace::complete(
            track,
            "waiting for the lock",
            waited,
            now,
            serde_json::Value::Null,
        );
    }
    if line.ends_with(" waits") {
        WAITING.set(Some(now));
    } else if line.ends_with(" enters") {
        ENTERED.set(Some(now));
    } else if let Some(entered) = line.ends_with(" leaves").then(|| ENTERED.take()).flatten() {
        trace::complete(
            track,
            "inside the region",
            entered,
            now,
            serde_json::Value::Null,
        );
    } else {
        // A step: from the thread's last line to this one.
        let args = serde_json::json!({ "line": line });
        trace::complete(track, "step", since, now, args);
    }
}

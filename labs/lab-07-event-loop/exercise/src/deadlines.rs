//! Challenge `07-deadlines`: the head deadlines of an event loop, cancellable.
//!
//! **Task.** An event loop gives each connection a deadline for its request head (408
//! when it passes), and sleeps in `poll` only until the earliest one. A connection's
//! deadline changes: it is disarmed when its head arrives and armed again for its next
//! keep-alive request. Write `HeadDeadlines` so that a replaced or disarmed deadline
//! never fires, `expired` returns each due connection once, earliest first, and
//! `next_wake` is the time to the earliest deadline still live. Add the fields you need.
//! (The lab's own `event_loop::timers` never cancels: its loop checks a connection's
//! state when a timer fires. Yours keeps only what is live.)
//!
//! **What passing proves.** Deadlines fire when due, earliest first, once each; a
//! re-armed deadline replaces the old one; a disarmed one never fires; and the loop
//! would wake at the earliest live deadline, never for a stale one.
//!
//! This is a challenge: its answer is not in the lab's lesson files. Hints:
//! `cargo run -p course -- hint 07-deadlines`. Grade it:
//! `cargo run -p course -- check 07-deadlines`.
//!
//! **中文：** 挑战 `07-deadlines`：事件循环里可取消的请求头截止时间。
//! 通过说明：截止时间到点才触发，最早的先触发，每个只触发一次；重新设定的截止时间会替换旧的；取消了的永不触发；事件循环只会在最早的有效截止时间醒来，绝不会为失效的醒来。
//! 提示和评分：`cargo run -p course -- hint 07-deadlines --lang zh-CN`，`cargo run -p course -- check 07-deadlines`。

use event_loop::checks::deadlines::HeadDeadlines;
use std::time::{Duration, Instant};

/// Each connection's head deadline, only the live ones.
#[derive(Debug, Default)]
pub struct Deadlines {}

impl HeadDeadlines for Deadlines {
    fn empty() -> Self {
        Self::default()
    }

    fn arm(&mut self, conn: usize, at: Instant) {
        todo!(
            "connection {conn}: its deadline is now, in {:?}, replacing any it had",
            at.saturating_duration_since(Instant::now())
        )
    }

    fn disarm(&mut self, conn: usize) {
        todo!("connection {conn} has no deadline now")
    }

    fn expired(&mut self, now: Instant) -> Vec<usize> {
        todo!(
            "every connection due by `now` ({:?} ago), earliest first, each once",
            now.elapsed()
        )
    }

    fn next_wake(&self, now: Instant) -> Option<Duration> {
        todo!(
            "from `now` ({:?} ago) to the earliest live deadline, or None",
            now.elapsed()
        )
    }
}

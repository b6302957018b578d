//! The checks of challenge `07-deadlines`: the head deadlines of an event loop, kept so
//! that a re-armed or disarmed deadline never fires.
//!
//! The lab's own [`crate::timers::Timers`] never cancels: the loop checks each
//! connection's state when a timer fires. The challenge keeps only live deadlines
//! instead, so the loop never wakes for a deadline that no longer matters.

use std::time::{Duration, Instant};

/// What the checks need of a deadline list (the challenge implements it).
pub trait HeadDeadlines {
    /// No deadlines.
    fn empty() -> Self;
    /// Give connection `conn` a head deadline at `at`, replacing any it had.
    fn arm(&mut self, conn: usize, at: Instant);
    /// Connection `conn`'s head arrived: it has no deadline now.
    fn disarm(&mut self, conn: usize);
    /// Every connection whose deadline is at or before `now`, earliest first, each once.
    fn expired(&mut self, now: Instant) -> Vec<usize>;
    /// How long the loop may sleep in `poll`: until the earliest live deadline.
    fn next_wake(&self, now: Instant) -> Option<Duration>;
}

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// Connections as a student reads them: `[3, 1]`.
fn listed(conns: &[usize]) -> String {
    let words: Vec<String> = conns.iter().map(usize::to_string).collect();
    format!("[{}]", words.join(", "))
}

/// Deadlines fire when they are due, earliest first, and each fires only once.
pub fn deadlines_fire_in_order_once<D: HeadDeadlines>() {
    let (t0, mut d) = (Instant::now(), D::empty());
    d.arm(1, t0 + ms(300));
    d.arm(2, t0 + ms(100));
    d.arm(3, t0 + ms(200));
    let steps = [
        (150, vec![2]),
        (150, vec![]),
        (1000, vec![3, 1]),
        (2000, vec![]),
    ];
    for (at, want) in steps {
        let got = d.expired(t0 + ms(at));
        assert!(
            got == want,
            "with deadlines at 300, 100 and 200 ms for connections 1, 2 and 3, expired at \
             {at} ms gave {}, not {}: return what is due, earliest first, and forget it once returned",
            listed(&got),
            listed(&want)
        );
    }
}

/// A connection that gets a new deadline (its next keep-alive request) loses the old one.
pub fn a_rearmed_deadline_replaces_the_old<D: HeadDeadlines>() {
    let (t0, mut d) = (Instant::now(), D::empty());
    d.arm(1, t0 + ms(100));
    d.arm(1, t0 + ms(500));
    let early = d.expired(t0 + ms(200));
    let late = d.expired(t0 + ms(600));
    assert!(
        early.is_empty() && late == vec![1],
        "connection 1 was armed for 100 ms, then again for 500 ms: at 200 ms expired gave {}, \
         at 600 ms {}: a new deadline replaces the old one, which must never fire",
        listed(&early),
        listed(&late)
    );
}

/// A disarmed deadline (the head arrived) never fires.
pub fn a_disarmed_deadline_never_fires<D: HeadDeadlines>() {
    let (t0, mut d) = (Instant::now(), D::empty());
    d.arm(1, t0 + ms(100));
    d.arm(2, t0 + ms(200));
    d.disarm(1);
    let got = d.expired(t0 + ms(300));
    assert!(
        got == vec![2],
        "connection 1 was disarmed (its head arrived) before its deadline, yet expired gave \
         {}: a disarmed connection has no deadline left to fire",
        listed(&got)
    );
}

/// The loop sleeps until the earliest deadline that is still live, and not at all long
/// when there is none.
pub fn next_wake_is_the_earliest_live_deadline<D: HeadDeadlines>() {
    let (t0, mut d) = (Instant::now(), D::empty());
    let none = d.next_wake(t0);
    assert!(
        none.is_none(),
        "with no deadlines, next_wake said {} ms: with nothing due, poll may sleep until an event",
        none.unwrap_or_default().as_millis()
    );
    d.arm(1, t0 + ms(100));
    d.arm(2, t0 + ms(300));
    d.disarm(1);
    d.arm(3, t0 + ms(400));
    d.arm(3, t0 + ms(50));
    let cases = [
        (t0, Some(ms(50))),
        (t0 + ms(20), Some(ms(30))),
        (t0 + ms(80), Some(ms(0))),
    ];
    for (now, want) in cases {
        let got = d.next_wake(now);
        assert!(
            got == want,
            "next_wake at {} ms said {}, not {} ms: sleep until the earliest deadline still \
             live (connection 1 was disarmed, and 3 re-armed from 400 to 50 ms)",
            now.duration_since(t0).as_millis(),
            got.map_or("nothing".into(), |g| format!("{} ms", g.as_millis())),
            want.unwrap_or_default().as_millis()
        );
    }
    let _ = d.expired(t0 + ms(60));
    let got = d.next_wake(t0 + ms(60));
    assert!(
        got == Some(ms(240)),
        "after connection 3 expired, next_wake at 60 ms said {}, not 240 ms (connection 2, due \
         at 300 ms): a deadline that fired is gone",
        got.map_or("nothing".into(), |g| format!("{} ms", g.as_millis()))
    );
}

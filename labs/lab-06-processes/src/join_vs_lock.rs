//! `join` and a lock answer different questions.
//!
//! - `join` waits for a whole thread to finish: it orders *tasks*. "Start A, join A,
//!   start B" never runs A and B at once.
//! - A lock makes one *region* exclusive while threads run together: A and B both
//!   run, but never inside the locked region at the same time.
//!
//! Both demos write a shared log; the order of its lines is the proof. The lock demo
//! is cued by channels so that B arrives while A is inside, every run (left to the
//! scheduler, A often finishes before B even starts, and the lock is never tested).

use labkit::trace::Parts;
use labkit::verdict::Verdict;

mod traced;
use serde::Serialize;
use std::sync::{Arc, Mutex, mpsc};

/// A log several threads append to.
type Log = Arc<Mutex<Vec<String>>>;

fn say(log: &Log, line: String) {
    traced::line(&line);
    // A poisoned log still holds whole lines; keep writing.
    log.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .push(line);
}

fn lines(log: Log) -> Vec<String> {
    Arc::try_unwrap(log).map_or_else(
        |log| {
            log.lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .clone()
        },
        |m| {
            m.into_inner()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
        },
    )
}

/// Start A, join A, start B, join B: the log is A's lines, then B's, always.
pub fn join_orders_tasks(steps: usize) -> Vec<String> {
    let log: Log = Arc::default();
    for name in ["A", "B"] {
        let log = Arc::clone(&log);
        let worker = std::thread::spawn(move || {
            (0..steps).for_each(|i| say(&log, format!("{name} step {i}")))
        });
        worker.join().expect("the demo task does not panic");
    }
    lines(log)
}

/// A and B run together, with a lock around their region. The steps are cued by
/// channels so the moment that matters happens every run: B arrives while A is inside.
///
/// Log: `A enters | B tries to enter: locked, waits | A leaves | B enters | B leaves`.
pub fn lock_makes_a_region_exclusive() -> Vec<String> {
    let log: Log = Arc::default();
    let region = Mutex::new(());
    let (a_inside, b_may_try) = mpsc::channel();
    let (b_waiting, a_may_leave) = mpsc::channel();
    let (log_ref, region) = (&log, &region);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let inside = region
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            say(log_ref, "A enters".into());
            a_inside.send(()).expect("B is alive");
            a_may_leave.recv().expect("B reports before it blocks");
            say(log_ref, "A leaves".into());
            drop(inside);
        });
        scope.spawn(move || {
            b_may_try.recv().expect("A is alive");
            // A is inside: the lock refuses B, so B reports and then blocks until A unlocks.
            if region.try_lock().is_err() {
                say(log_ref, "B tries to enter: locked, waits".into());
            }
            b_waiting.send(()).expect("A is alive");
            let _inside = region
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            say(log_ref, "B enters".into());
            say(log_ref, "B leaves".into());
        });
    });
    lines(log)
}

/// The same cue without the lock: B walks in while A is inside.
///
/// Log: `A enters | B enters | A leaves | B leaves`: two threads in the region at once.
pub fn without_a_lock_regions_overlap() -> Vec<String> {
    let log: Log = Arc::default();
    let (a_inside, b_may_enter) = mpsc::channel();
    let (b_inside, a_may_leave) = mpsc::channel();
    let (a_left, b_may_leave) = mpsc::channel();
    let log_ref = &log;
    std::thread::scope(|scope| {
        scope.spawn(move || {
            say(log_ref, "A enters".into());
            a_inside.send(()).expect("B is alive");
            a_may_leave.recv().expect("B cues A");
            say(log_ref, "A leaves".into());
            a_left.send(()).expect("B is alive");
        });
        scope.spawn(move || {
            b_may_enter.recv().expect("A cues B");
            say(log_ref, "B enters".into());
            b_inside.send(()).expect("A is alive");
            b_may_leave.recv().expect("A cues B");
            say(log_ref, "B leaves".into());
        });
    });
    lines(log)
}

/// True if, ignoring "waits" lines, every "X enters" is directly followed by "X leaves".
pub fn regions_never_overlap(log: &[String]) -> bool {
    let moves: Vec<&String> = log
        .iter()
        .filter(|l| l.ends_with(" enters") || l.ends_with(" leaves"))
        .collect();
    moves.chunks(2).all(|pair| match pair {
        [enter, leave] => enter
            .strip_suffix(" enters")
            .is_some_and(|who| **leave == format!("{who} leaves")),
        _ => false,
    })
}

/// The three logs of the demo, as the runner shows them.
#[derive(Debug, Clone, Serialize)]
pub struct DemoLogs {
    /// Start A, join A, start B, join B (3 steps each).
    pub join: Vec<String>,
    /// A and B together, the region behind a lock.
    pub lock: Vec<String>,
    /// The same cues without the lock.
    pub no_lock: Vec<String>,
}

impl DemoLogs {
    /// Run all three demos.
    pub fn run() -> Self {
        Self::recorded(&mut Parts::new(false))
    }

    /// Run all three demos, each recorded into `parts` as a process of its own when
    /// tracing (`join-vs-lock --trace`).
    pub fn recorded(parts: &mut Parts) -> Self {
        Self {
            join: parts.run("join: start A, join A, start B", 1, || join_orders_tasks(3)),
            lock: parts.run("a lock around the region", 1, lock_makes_a_region_exclusive),
            no_lock: parts.run("no lock", 1, without_a_lock_regions_overlap),
        }
    }

    /// Join ordered the tasks; the lock kept B out; without it B walked in.
    pub fn verdicts(&self) -> Vec<Verdict> {
        let a_lines = self.join.iter().take_while(|l| l.starts_with('A')).count();
        vec![
            Verdict::new(
                a_lines == self.join.len() / 2,
                "every A line comes before every B line: join ordered the whole tasks",
            ),
            Verdict::new(
                regions_never_overlap(&self.lock),
                "B arrived while A was inside and waited: the lock made the region exclusive",
            ),
            Verdict::new(
                !regions_never_overlap(&self.no_lock),
                "without it, B walked in while A was inside",
            ),
        ]
    }
}

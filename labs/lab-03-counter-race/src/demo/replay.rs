//! One lost update, replayed step by step, the same way every time.
//!
//! Two real threads, A (+1) and B (-1), on a counter that starts at 5. A conductor
//! tells each thread when to take its next step over a channel, so the interleaving
//! is forced, not left to the scheduler:
//!
//! ```text
//! racy:   A reads 5 | B reads 5 | B writes 4 | A writes 6        -> 6: B's update is gone
//! mutex:  A locks, reads 5 | B tries the lock, waits | A writes 6, unlocks
//!         | B gets the lock, reads 6 | B writes 5, unlocks       -> 5: nothing lost
//! ```
//!
//! The locked replay is written once for every lock fix ([`crate::demo::step_lock`]).
//! The runner shows it with std's Mutex; `tests/forced_interleaving.rs` runs it with std
//! Mutex, parking_lot Mutex and the reentrant lock, and each makes B wait the same way.

use crate::demo::step_lock::StepLock;
use crate::mutex::MutexCounter;
use crate::racy::RacyCounter;
use labkit::trace::{self, Track};
use std::cell::Cell;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Instant;

mod judged;
pub use judged::{ReplayOutcome, replay_verdict};

/// The value both replays start from.
pub const START: i64 = 5;

/// One line of the replay: which thread did what.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Step {
    /// `'A'` (adds 1) or `'B'` (subtracts 1).
    pub thread: char,
    /// What it did, in words: `reads 5`, `writes 6`.
    pub action: String,
}

/// A whole replay.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Replay {
    /// The steps in the order they happened.
    pub steps: Vec<Step>,
    /// What the counter should hold: start + 1 - 1.
    pub expected: i64,
    /// What it holds.
    pub result: i64,
}

impl Replay {
    /// Updates lost (0 when correct).
    pub fn lost_updates(&self) -> u64 {
        self.result.abs_diff(self.expected)
    }
}

/// A worker: waits for "go" on `go`, takes a step, reports it.
struct Worker {
    name: char,
    delta: i64,
    go: Receiver<()>,
    report: Sender<(Step, Mark)>,
    /// `--trace`: this worker's track, and when its current step was cued.
    track: Option<Track>,
    cued: Cell<Instant>,
}

/// A step's track and the middle of its slice, for `--trace` (None while not recording).
type Mark = Option<(Track, Instant)>;

impl Worker {
    fn wait_for_go(&self) {
        self.go.recv().expect("the conductor outlives its workers");
        self.cued.set(Instant::now());
    }

    fn say(&self, action: String) {
        // `--trace`: the step as an instant at its report, on this worker's track, and
        // as a slice from its cue (or the last report) to it: a flow arrow binds to the
        // slice's middle (Perfetto binds flows to slices, not to instants).
        let now = Instant::now();
        let began = self.cued.replace(now);
        let mark = self.track.map(|track| {
            trace::instant(track, &action, now, serde_json::Value::Null);
            trace::complete(track, &action, began, now, serde_json::Value::Null);
            (track, began + (now - began) / 2)
        });
        let step = Step {
            thread: self.name,
            action,
        };
        self.report
            .send((step, mark))
            .expect("the conductor is listening");
    }
}

/// Run two workers and a script of `(thread, reports to expect)` cues; the steps in
/// order, and where each was marked.
fn conduct(script: &[(char, usize)], work: impl Fn(Worker) + Sync) -> (Vec<Step>, Vec<Mark>) {
    let (report_tx, report_rx) = channel();
    std::thread::scope(|scope| {
        let mut cues = Vec::new();
        for (name, delta) in [('A', 1), ('B', -1)] {
            let (go_tx, go) = channel();
            cues.push((name, go_tx));
            let worker = Worker {
                name,
                delta,
                go,
                report: report_tx.clone(),
                track: Track::named(&format!("thread {name} ({delta:+})")),
                cued: Cell::new(Instant::now()),
            };
            let work = &work;
            scope.spawn(move || work(worker));
        }
        let mut steps = Vec::new();
        for &(name, reports) in script {
            let (_, go) = cues
                .iter()
                .find(|(n, _)| *n == name)
                .expect("script names A or B");
            go.send(()).expect("the worker waits for its cue");
            steps.extend(report_rx.iter().take(reports));
        }
        steps.into_iter().unzip()
    })
}

/// The racy counter under the forced interleaving: one update is lost.
pub fn replay_racy() -> Replay {
    let counter = RacyCounter::new(START);
    let (steps, marks) = conduct(&[('A', 1), ('B', 1), ('B', 1), ('A', 1)], |w| {
        w.wait_for_go();
        let seen = counter.read();
        w.say(format!("reads {seen}"));
        w.wait_for_go();
        counter.write(seen + w.delta);
        w.say(format!("writes {}", seen + w.delta));
    });
    // `--trace`: A's last write rests on its stale read, and writes over B's update.
    if let [Some(a_reads), _, Some(b_writes), Some(a_writes)] = marks[..] {
        trace::flow(1, "stale read", a_reads, a_writes);
        trace::flow(2, "overwritten", b_writes, a_writes);
    }
    Replay {
        steps,
        expected: START,
        result: counter.read(),
    }
}

/// The same steps with a std Mutex: B must wait, and nothing is lost.
pub fn replay_mutex() -> Replay {
    replay_locked(&MutexCounter::new(START))
}

/// The same steps with any lock fix (`counter` starting at [`START`]): B must wait.
pub fn replay_locked<L: StepLock>(counter: &L) -> Replay {
    // A's write cue yields two reports: A's unlock, then B (blocked until then) getting the lock.
    let (steps, _) = conduct(&[('A', 1), ('B', 1), ('A', 2), ('B', 1)], |w| {
        w.wait_for_go();
        let mut guard = match counter.try_enter() {
            Some(guard) => {
                w.say(format!("locks, reads {}", L::value(&guard)));
                guard
            }
            None => {
                w.say("tries the lock: held, so it waits".to_string());
                let guard = counter.enter();
                w.say(format!("gets the lock, reads {}", L::value(&guard)));
                guard
            }
        };
        w.wait_for_go();
        let written = L::value(&guard) + w.delta;
        L::set(&mut guard, written);
        // Report before unlocking, so the report is in the channel before the waiter wakes.
        w.say(format!("writes {written}, unlocks"));
        drop(guard);
    });
    let result = L::value(&counter.enter());
    Replay {
        steps,
        expected: START,
        result,
    }
}

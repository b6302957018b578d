//! `join` and a lock answer different questions.
//!
//! - `join` waits for a whole thread to finish: it orders *tasks*. "Start A, join A,
//!   start B" never runs A and B at once.
//! - A lock makes one *region* exclusive while threads run together: A and B both
//!   run, but never inside the locked region at the same time.
//!
//! Both demos write a shared log; the order of its lines is the proof.

use std::sync::{Arc, Barrier, Mutex};

/// A log several threads append to.
type Log = Arc<Mutex<Vec<String>>>;

fn say(log: &Log, line: String) {
    // A poisoned log still holds whole lines; keep writing.
    log.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .push(line);
}

fn lines(log: Log) -> Vec<String> {
    Arc::try_unwrap(log).map_or_else(
        |log| log.lock().unwrap_or_else(|e| e.into_inner()).clone(),
        |m| m.into_inner().unwrap_or_else(|e| e.into_inner()),
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

/// A and B run together (released by a Barrier); each enters and leaves a locked region
/// `rounds` times. Every "enters" is followed by the same thread's "leaves".
pub fn lock_makes_a_region_exclusive(rounds: usize) -> Vec<String> {
    let log: Log = Arc::default();
    let region = Mutex::new(());
    let start_line = Barrier::new(2);
    std::thread::scope(|scope| {
        for name in ["A", "B"] {
            let (log, region, start_line) = (&log, &region, &start_line);
            scope.spawn(move || {
                start_line.wait();
                for _ in 0..rounds {
                    let _inside = region
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                    say(log, format!("{name} enters"));
                    std::thread::yield_now(); // invite the other thread in: the lock says no
                    say(log, format!("{name} leaves"));
                }
            });
        }
    });
    lines(log)
}

/// True if every "X enters" line is directly followed by "X leaves".
pub fn regions_never_overlap(log: &[String]) -> bool {
    log.chunks(2).all(|pair| match pair {
        [enter, leave] => enter
            .strip_suffix(" enters")
            .is_some_and(|who| leave == &format!("{who} leaves")),
        _ => false,
    })
}

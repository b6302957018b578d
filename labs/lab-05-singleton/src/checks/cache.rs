//! The cache challenge: each key built once, and one key never waits for another.

use super::{HANG, TIME_LIMIT};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Duration;

/// Builds the value for a key: what a challenge cache calls, at most once per key.
pub type BuildValue = Arc<dyn Fn(u64) -> u64 + Send + Sync>;

/// The value the checks' builder makes for `key`.
pub fn value_for(key: u64) -> u64 {
    key * key + 1
}

/// Keys the cache checks ask for.
const KEYS: u64 = 4;

/// Threads that ask for every key at once.
const ASKERS: usize = 8;

/// 8 threads ask for each of 4 keys at once, each build held until every thread has
/// asked: every key is built exactly once, and every thread gets its value.
pub fn each_key_is_built_once<C: Sync + 'static>(
    new: fn(BuildValue) -> C,
    get: fn(&C, u64) -> u64,
) {
    labkit::testkit::within(TIME_LIMIT, HANG, move || {
        let seen: Seen = Arc::new((
            Mutex::new(vec![(0usize, 0usize); KEYS as usize]),
            Condvar::new(),
        ));
        let in_build = Arc::clone(&seen);
        let cache = new(Arc::new(move |key| {
            let (counts, changed) = &*in_build;
            let mut c = counts.lock().unwrap_or_else(PoisonError::into_inner);
            c[key as usize].1 += 1;
            // Hold the build until every thread has asked for this key.
            let _ = changed.wait_timeout_while(c, Duration::from_millis(500), |c| {
                c[key as usize].0 < ASKERS
            });
            std::thread::sleep(Duration::from_millis(20));
            value_for(key)
        }));
        let wrong = ask_for_every_key(&cache, get, &seen);
        let builds: Vec<usize> = seen
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .map(|c| c.1)
            .collect();
        assert!(
            wrong == 0,
            "{wrong} of {} gets returned a value that is not the key's: return what the \
             builder made for that key",
            ASKERS * KEYS as usize
        );
        assert!(
            builds.iter().all(|&b| b == 1),
            "with {ASKERS} threads asking for each of {KEYS} keys at once, the keys were built \
             {} times: each key must be built once, and the others must wait for that one build",
            builds
                .iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        );
    });
}

/// Per key: (threads that have asked, builds so far), and a signal when either changes.
type Seen = Arc<(Mutex<Vec<(usize, usize)>>, Condvar)>;

/// [`ASKERS`] threads at once each ask `cache` for every key, saying so in `seen` first;
/// how many answers were not the key's value.
fn ask_for_every_key<C: Sync>(cache: &C, get: fn(&C, u64) -> u64, seen: &Seen) -> usize {
    std::thread::scope(|s| {
        let askers: Vec<_> = (0..ASKERS)
            .map(|_| {
                s.spawn(move || {
                    (0..KEYS)
                        .filter(|&key| {
                            let (counts, changed) = &**seen;
                            counts.lock().unwrap_or_else(PoisonError::into_inner)[key as usize]
                                .0 += 1;
                            changed.notify_all();
                            get(cache, key) != value_for(key)
                        })
                        .count()
                })
            })
            .collect();
        askers
            .into_iter()
            .map(|a| a.join().unwrap_or(1))
            .sum::<usize>()
    })
}

/// While key 1 is still being built (its build held at a gate), a get for key 2 comes
/// back at once: one key never waits for another's build.
pub fn one_key_never_waits_for_another<C: Sync + Send + 'static>(
    new: fn(BuildValue) -> C,
    get: fn(&C, u64) -> u64,
) {
    labkit::testkit::within(TIME_LIMIT, HANG, move || {
        let gate = labkit::testkit::Gate::new();
        let (started, has_started) = std::sync::mpsc::channel();
        let (held, started) = (gate.clone(), Mutex::new(started));
        let cache = Arc::new(new(Arc::new(move |key| {
            if key == 1 {
                let _ = started
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .send(());
                held.wait_for(Duration::from_secs(3));
            }
            value_for(key)
        })));
        let slow = Arc::clone(&cache);
        let building = std::thread::spawn(move || get(&slow, 1));
        assert!(
            has_started.recv_timeout(Duration::from_secs(3)).is_ok(),
            "get(1) never called the builder"
        );
        let asked = std::time::Instant::now();
        let other = get(&cache, 2);
        let waited = asked.elapsed();
        gate.open();
        let first = building.join().unwrap_or(0);
        assert!(
            waited < Duration::from_millis(1000),
            "while key 1 was being built, a get for key 2 waited {:.1} s: one key must never \
             wait for another key's build. Do not hold a lock over the whole cache while you build",
            waited.as_secs_f64()
        );
        assert!(
            other == value_for(2) && first == value_for(1),
            "the cache returned {other} for key 2 and {first} for key 1, not {} and {}",
            value_for(2),
            value_for(1)
        );
    });
}

//! The lost update, forced step by step so it happens every time.

use counter_race::demo::replay::{Replay, START, Step, replay_locked, replay_mutex, replay_racy};
use counter_race::mutex::MutexCounter;
use counter_race::parking_lot::ParkingLotCounter;
use counter_race::reentrant::ReentrantCounter;

fn step(thread: char, action: &str) -> Step {
    Step {
        thread,
        action: action.to_string(),
    }
}

#[test]
fn forced_interleaving_loses_exactly_one_update_with_the_racy_counter() {
    let replay = replay_racy();
    let expected_steps = [
        step('A', "reads 5"),
        step('B', "reads 5"),
        step('B', "writes 4"),
        step('A', "writes 6"),
    ];
    assert_eq!(replay.steps, expected_steps);
    assert_eq!((replay.expected, replay.result), (START, START + 1));
    assert_eq!(replay.lost_updates(), 1);
}

/// Every lock fix under the same forced steps: B waits for A, nothing is lost.
fn b_waits_and_nothing_is_lost(replay: Replay) {
    let expected_steps = [
        step('A', "locks, reads 5"),
        step('B', "tries the lock: held, so it waits"),
        step('A', "writes 6, unlocks"),
        step('B', "gets the lock, reads 6"),
        step('B', "writes 5, unlocks"),
    ];
    assert_eq!(replay.steps, expected_steps);
    assert_eq!(replay.result, START);
    assert_eq!(replay.lost_updates(), 0);
}

#[test]
fn forced_interleaving_loses_nothing_with_a_mutex_because_b_waits() {
    b_waits_and_nothing_is_lost(replay_mutex());
}

#[test]
fn forced_interleaving_loses_nothing_with_every_lock_fix() {
    b_waits_and_nothing_is_lost(replay_locked(&MutexCounter::new(START)));
    b_waits_and_nothing_is_lost(replay_locked(&ParkingLotCounter::new(START)));
    b_waits_and_nothing_is_lost(replay_locked(&ReentrantCounter::new(START)));
}

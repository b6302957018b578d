//! The lost update, forced step by step so it happens every time.

use counter_race::replay::{START, Step, replay_mutex, replay_racy};

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

#[test]
fn forced_interleaving_loses_nothing_with_a_mutex_because_b_waits() {
    let replay = replay_mutex();
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

//! Every correct way builds exactly one config, even when 50 threads ask at once.

mod common;

use common::rendezvous;
use singleton::config::slow_build;
use singleton::demo::measure::race;
use singleton::way::WayName;
use std::time::Duration;

const CORRECT: [WayName; 6] = [
    WayName::Locked,
    WayName::DoubleChecked,
    WayName::OnceLock,
    WayName::OnceCellLazy,
    WayName::LazyLock,
    WayName::StaticItem,
];

#[test]
fn every_correct_way_gives_one_instance_to_50_threads_released_together() {
    for way in CORRECT {
        let (instance, addresses) = race(way, 50, slow_build());
        assert_eq!(addresses.len(), 1, "{}", way.name());
        let expected = if way == WayName::StaticItem { 0 } else { 1 };
        assert_eq!(instance.constructions(), expected, "{}", way.name());
    }
}

#[test]
fn no_correct_way_lets_a_second_builder_in_even_when_one_waits_inside() {
    // The first builder waits up to 200 ms for a second builder to join it. The naive
    // way lets one in (see naive_builds_more_than_once.rs); the correct ways never do.
    for way in CORRECT.into_iter().filter(|w| *w != WayName::StaticItem) {
        let (instance, addresses) = race(way, 8, rendezvous(2, Duration::from_millis(200)));
        assert_eq!(
            (instance.constructions(), addresses.len()),
            (1, 1),
            "{}",
            way.name()
        );
    }
}

#[test]
fn thread_local_gives_each_thread_its_own() {
    let (instance, addresses) = race(WayName::ThreadLocal, 50, slow_build());
    assert_eq!((instance.constructions(), addresses.len()), (50, 50));
}

/// The exercise's grading checks, run on the lab's own ways: they must pass on each.
#[test]
fn the_reference_ways_pass_the_exercise_grading_checks() {
    use singleton::checks::{first_builder_waits_alone, one_instance_for_50_threads};
    one_instance_for_50_threads(singleton::once_lock::OnceLockSingleton::new);
    one_instance_for_50_threads(singleton::double_checked::DoubleChecked::new);
    first_builder_waits_alone(singleton::once_lock::OnceLockSingleton::new);
    first_builder_waits_alone(singleton::double_checked::DoubleChecked::new);
}

/// And they can fail: the naive way lets a second builder in, every run.
#[test]
#[should_panic(expected = "a second thread built too")]
fn the_naive_way_fails_the_exercise_grading_check() {
    singleton::checks::first_builder_waits_alone(singleton::naive::NaiveSingleton::new);
}

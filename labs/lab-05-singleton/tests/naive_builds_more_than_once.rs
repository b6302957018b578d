//! The naive singleton builds twice, forced: the build only finishes once two threads are inside it.

mod common;

use common::rendezvous;
use singleton::demo::measure::race;
use singleton::way::WayName;
use std::time::Duration;

#[test]
fn naive_singleton_builds_once_per_thread_that_passes_the_check() {
    // Both threads pass the empty check before either stores: the rendezvous holds the
    // first builder until the second arrives, so this happens every run.
    let (instance, addresses) = race(WayName::Naive, 2, rendezvous(2, Duration::from_secs(10)));
    assert_eq!(instance.constructions(), 2);
    assert_eq!(
        addresses.len(),
        2,
        "the two threads hold different 'singletons'"
    );
}

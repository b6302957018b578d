//! The singleton checks: one instance for 50 threads, the first builder alone, two singletons apart.

use super::{HANG, THREADS, TIME_LIMIT, builders_meet};
use crate::config::{Builder, Pause, slow_build};
use crate::way::Way;
use std::sync::Arc;
use std::time::Duration;

/// 50 threads released together on a fresh instance all get the same config, and it
/// was built once.
pub fn one_instance_for_50_threads<W: Way + 'static>(new: fn(Builder) -> W) {
    labkit::testkit::within(TIME_LIMIT, HANG, move || {
        let way = new(Builder::new(slow_build()));
        let addresses = crate::demo::measure::race_instance(&way, THREADS);
        let (built, seen) = (way.constructions(), addresses.len());
        assert!(
            built == 1 && seen == 1,
            "{THREADS} threads asking at once got {seen} different config(s), and {built} \
             were built: make \"is it built? no: build it and store it\" one step"
        );
    });
}

/// The first builder waits inside the build (up to 200 ms) for a second builder; a
/// correct way never lets a second one in, so 8 threads still build once.
pub fn first_builder_waits_alone<W: Way + 'static>(new: fn(Builder) -> W) {
    labkit::testkit::within(TIME_LIMIT, HANG, move || {
        let way = new(Builder::new(builders_meet(2, Duration::from_millis(200))));
        let addresses = crate::demo::measure::race_instance(&way, 8);
        let (built, seen) = (way.constructions(), addresses.len());
        assert!(
            built == 1 && seen == 1,
            "while the first thread was still building, a second thread built too \
             ({built} builds, {seen} different configs): the other threads must wait for \
             the first build, then check again"
        );
    });
}

/// Two singletons, each with a builder of its own, each build once and hand out their
/// own config: the cell belongs to the instance, not to a static every instance shares.
pub fn two_singletons_each_build_their_own<W: Way + 'static>(new: fn(Builder) -> W) {
    labkit::testkit::within(TIME_LIMIT, HANG, move || {
        let no_pause: Pause = Arc::new(|| {});
        let (first, second) = (
            new(Builder::new(no_pause.clone())),
            new(Builder::new(no_pause)),
        );
        let same = std::ptr::eq(first.get(), second.get());
        let built = (first.constructions(), second.constructions());
        assert!(
            built == (1, 1) && !same,
            "two singletons, each with a builder of its own, built {} and {} config(s){}: keep \
             the config in the struct (self.cell), not in a static that every instance shares",
            built.0,
            built.1,
            if same {
                " and handed out the same one"
            } else {
                ""
            }
        );
    });
}

//! Racing a way with many threads, and timing an access once it is built.

use crate::config::{Pause, slow_build};
use crate::way::{Way, WayName};
use labkit::verdict::{Verdict, Verdicts};
use serde::Serialize;
use std::collections::BTreeSet;
use std::sync::Barrier;

/// What one way did.
#[derive(Debug, Clone, Serialize)]
pub struct WayResult {
    /// The way.
    pub way: WayName,
    /// Threads released together to call `get` first.
    pub threads: usize,
    /// Configs built during the race (0: built by the compiler).
    pub constructions: usize,
    /// Distinct config addresses the threads got.
    pub distinct_instances: usize,
    /// What the way should give: 1, or one per thread for `thread-local`.
    pub expected_instances: usize,
    /// ns per `get` after the config is built, one thread reading.
    pub access_ns: f64,
    /// ns per `get` after the config is built, one reader per CPU at once.
    pub access_ns_all_cpus: f64,
}

impl WayResult {
    /// True when the way gave out the instances it promises.
    pub fn is_correct(&self) -> bool {
        self.distinct_instances == self.expected_instances
            && self.constructions <= self.expected_instances
    }
}

/// Release `threads` threads together on a fresh instance of `way`; return it with the
/// set of config addresses the threads got.
pub fn race(way: WayName, threads: usize, pause: Pause) -> (Box<dyn Way>, BTreeSet<usize>) {
    let instance = way.fresh(pause);
    let addresses = race_instance(instance.as_ref(), threads);
    (instance, addresses)
}

/// Release `threads` threads together on `instance`; return the set of config
/// addresses they got (one address: one instance).
pub fn race_instance(instance: &dyn Way, threads: usize) -> BTreeSet<usize> {
    let start_line = Barrier::new(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    start_line.wait();
                    instance.get() as *const _ as usize
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("`get` does not panic"))
            .collect()
    })
}

/// ns per `get` with `readers` threads reading at once, each `accesses` times (best of three).
pub fn access_ns(instance: &dyn Way, readers: usize, accesses: u64) -> f64 {
    let start_line = Barrier::new(readers);
    let per_reader: Vec<f64> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..readers)
            .map(|_| {
                scope.spawn(|| {
                    instance.get(); // build this thread's copy first (thread-local), outside the clock
                    start_line.wait();
                    // Best of three: sub-nanosecond figures on a shared machine are mostly noise
                    // from other work; the fastest repetition is the closest to the real cost.
                    (0..3)
                        .map(|_| {
                            labkit::timing::nanos_per_op(instance.time_gets(accesses), accesses)
                        })
                        .fold(f64::INFINITY, f64::min)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("`get` does not panic"))
            .collect()
    });
    per_reader.iter().sum::<f64>() / per_reader.len().max(1) as f64
}

/// Race `way` with `threads` threads (slow builds), then time its accesses.
pub fn measure(way: WayName, threads: usize, accesses: u64) -> WayResult {
    let (instance, addresses) = race(way, threads, slow_build());
    let constructions = instance.constructions();
    WayResult {
        way,
        threads,
        constructions,
        distinct_instances: addresses.len(),
        expected_instances: way.expected_instances(threads),
        access_ns: access_ns(instance.as_ref(), 1, accesses),
        access_ns_all_cpus: access_ns(instance.as_ref(), labkit::probe::cpu_count(), accesses),
    }
}

/// Every way measured, and what the run showed.
#[derive(Debug, Clone, Serialize)]
pub struct Measured {
    /// One result per way, in the order asked.
    pub results: Vec<WayResult>,
    /// The goals (ratios from this run) and the closing verdict.
    #[serde(flatten)]
    pub verdicts: Verdicts,
}

/// Measure `ways` with `threads` threads and `accesses` accesses each, with verdicts.
pub fn measure_all(ways: &[WayName], threads: usize, accesses: u64) -> Measured {
    let results: Vec<WayResult> = ways
        .iter()
        .map(|&w| measure(w, threads, accesses))
        .collect();
    let verdicts = verdicts(&results);
    Measured { results, verdicts }
}

/// The handout's goals as ratios from this run (skipped where a way did not run, and in
/// a debug build), and the closing verdict: naive builds more than once, every other
/// way what it promises.
pub fn verdicts(results: &[WayResult]) -> Verdicts {
    let find = |way: WayName| results.iter().find(|r| r.way == way);
    let ns = |way| find(way).map(|r| r.access_ns);
    let ratio = |a: Option<f64>, b: Option<f64>| Some(a? / b?);
    let plain = ns(WayName::StaticItem);
    let mut goals: Vec<Verdict> = [
        WayName::OnceLock,
        WayName::OnceCellLazy,
        WayName::LazyLock,
        WayName::DoubleChecked,
    ]
    .into_iter()
    .filter_map(|way| {
        labkit::verdict::speed_goal(
            format!("{} within 2x of a plain static", way.name()),
            ratio(ns(way), plain),
            2.0,
            |f, t| f <= t,
        )
    })
    .collect();
    goals.extend(labkit::verdict::speed_goal(
        "locked at least 10x slower than a plain static",
        ratio(ns(WayName::Locked), plain),
        10.0,
        |f, t| f >= t,
    ));
    goals.extend(labkit::verdict::speed_goal(
        "locked worse with all CPUs reading",
        find(WayName::Locked).map(|r| r.access_ns_all_cpus / r.access_ns),
        1.0,
        |f, t| f > t,
    ));
    Verdicts {
        goals,
        closing: closing_verdict(results),
    }
}

/// Naive is expected to build more than once, but only when threads race for it: with
/// one thread there is no race, and one build is the expected outcome.
fn closing_verdict(results: &[WayResult]) -> Verdict {
    let threads = results.first().map_or(0, |r| r.threads);
    let naive = results.iter().find(|r| r.way == WayName::Naive);
    let correct = results
        .iter()
        .filter(|r| r.way != WayName::Naive)
        .all(WayResult::is_correct);
    let every = if correct { "every" } else { "NOT every" };
    let can_race = threads >= 2;
    let text = match naive {
        Some(n) if can_race => format!(
            "naive built {} configs for {threads} threads; {every} other way gave what it promises",
            n.constructions
        ),
        Some(n) => format!(
            "naive built {} config{} for 1 thread: with one thread there is no race to lose (try --threads 50); {every} other way gave what it promises",
            n.constructions,
            if n.constructions == 1 { "" } else { "s" }
        ),
        None => format!("{every} way gave what it promises"),
    };
    Verdict {
        ok: correct && naive.is_none_or(|n| n.is_correct() != can_race),
        text,
        figure: naive.map(|n| n.constructions as f64),
        threshold: naive.map(|_| 2.0),
    }
}

//! lab-03: wall-clock ns per step of each strategy at 2 threads, and the single-thread floor.
//!
//! Each criterion "iteration" is one step per thread; the time reported is per step of
//! all threads together (elapsed / threads), the same figure the runner prints.

use counter_race::demo::harness::{Pinning, run_concurrent};
use counter_race::sharded::local_sum;
use counter_race::strategy::Strategy;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::{Duration, Instant};

const THREADS: usize = 2;

fn strategies(c: &mut Criterion) {
    let mut group = c.benchmark_group("counter at 2 threads");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(2));
    for strategy in Strategy::ALL {
        group.bench_function(strategy.name(), |b| {
            b.iter_custom(|iters| {
                run_concurrent(strategy, THREADS, iters, Pinning::Unpinned).elapsed / THREADS as u32
            })
        });
    }
    group.bench_function("floor (1 thread, local loop)", |b| {
        b.iter_custom(|iters| {
            let start = Instant::now();
            black_box(local_sum(1, iters));
            start.elapsed()
        })
    });
    group.finish();
}

criterion_group!(benches, strategies);
criterion_main!(benches);

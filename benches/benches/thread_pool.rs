//! lab-04: 30,000 no-op tasks on 10 workers: the cost of each strategy's own machinery.
//! (Thread-per-task is measured by the runner: one sample takes seconds.)

use criterion::{Criterion, criterion_group, criterion_main};
use std::time::Duration;
use thread_pool::demo::work::Work;
use thread_pool::strategy::{Batch, Strategy, run};

const TASKS: usize = 30_000;
const WORKERS: usize = 10;

fn no_op_tasks(c: &mut Criterion) {
    let mut group = c.benchmark_group("30,000 no-op tasks, 10 workers");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(3));
    for strategy in [
        Strategy::Pool,
        Strategy::Stealing,
        Strategy::Rayon,
        Strategy::Scoped,
    ] {
        group.bench_function(strategy.name(), |b| {
            b.iter_custom(|iters| {
                (0..iters)
                    .map(|_| {
                        run(strategy, WORKERS, &Batch::new(TASKS, Work::Noop))
                            .expect("threads start")
                    })
                    .sum()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, no_op_tasks);
criterion_main!(benches);

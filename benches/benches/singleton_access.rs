//! lab-05: the cost of one access after the singleton is built, for every way.

use criterion::{Criterion, criterion_group, criterion_main};
use singleton::config::slow_build;
use singleton::way::WayName;

fn access_after_init(c: &mut Criterion) {
    let mut group = c.benchmark_group("singleton access after init");
    for way in WayName::ALL {
        let instance = way.fresh(slow_build());
        instance.get(); // build it outside the measurement
        // time_gets is compiled per way, so no virtual call is measured.
        group.bench_function(way.name(), |b| {
            b.iter_custom(|iters| instance.time_gets(iters))
        });
    }
    group.finish();
}

criterion_group!(benches, access_after_init);
criterion_main!(benches);

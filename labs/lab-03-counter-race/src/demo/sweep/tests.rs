//! The sweep's plan and its points, checked without running a strategy.

use super::*;

#[test]
fn points_double_up_to_twice_the_cpus() {
    assert_eq!(thread_counts(1), [1, 2]);
    assert_eq!(thread_counts(2), [1, 2, 4]);
    assert_eq!(thread_counts(6), [1, 2, 4, 8, 12]);
    assert_eq!(thread_counts(16), [1, 2, 4, 8, 16, 32]);
}

#[test]
fn a_point_s_figure_is_the_median_of_its_runs_and_its_spread_their_range() {
    // Built, not run: under `--cfg loom` the counters' atomics exist only in a model.
    let run = |ns: f64| RunResult {
        strategy: Strategy::Atomic,
        schedule: crate::demo::harness::Schedule::Concurrent,
        pinning: Pinning::Unpinned,
        threads: 1,
        loops: MIN_LOOPS,
        expected: 0,
        result: 0,
        lost_updates: 0,
        nanos_per_op: ns,
        elapsed: Duration::from_millis(1),
    };
    let point = SweepPoint::from_runs(vec![run(30.0), run(10.0), run(20.0)], Instant::now());
    assert_eq!(point.run.nanos_per_op, 20.0);
    assert_eq!(point.runs_ns, [30.0, 10.0, 20.0]);
    assert!((point.spread - 2.0).abs() < 1e-9, "{}", point.spread);
    assert!(point.all_exact);
}

#[test]
fn a_16_cpu_plan_fits_the_default_budget() {
    let plan = SweepPlan::new(16, DEFAULT_BUDGET, u64::MAX, Pinning::Unpinned);
    assert_eq!(plan.points(), 6 * 8);
    assert!(plan.budget_per_point * plan.points() as u32 <= DEFAULT_BUDGET);
}

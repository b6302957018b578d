//! A parallel map: results in input order, and `threads` calls at once, never more.

use super::{HANG, LastToFirst, PATIENCE, TIME_LIMIT};
use labkit::testkit::{Gate, Occupancy, within};
use std::time::Duration;

/// Maps items on scoped threads, results in input order: a challenge's answer.
pub type ParallelMap = fn(&[u64], usize, &(dyn Fn(u64) -> u64 + Sync)) -> Vec<u64>;

/// Results as a student reads them: `1, 3, 5`.
fn listed(values: &[u64]) -> String {
    values
        .iter()
        .map(u64::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every size and thread count (an empty slice, fewer items than threads) gives every
/// item's result, in the order of the items; so do 8 items that finish last to first.
pub fn results_come_back_in_input_order(map: ParallelMap) {
    within(TIME_LIMIT, HANG, move || {
        let f = |x: u64| 2 * x + 1;
        for len in [0u64, 1, 5, 100] {
            let items: Vec<u64> = (0..len).collect();
            for threads in [1, 3, 8] {
                let got = map(&items, threads, &f);
                let want: Vec<u64> = items.iter().map(|&x| f(x)).collect();
                let mut sorted = got.clone();
                sorted.sort_unstable();
                assert!(
                    got == want || sorted != want,
                    "mapping {len} item(s) on {threads} thread(s) gave every result, but not in \
                     the items' order: results must come back in the order of the items, \
                     whatever order they finish in (got [{}])",
                    listed(&got)
                );
                assert!(
                    got == want,
                    "mapping {len} item(s) on {threads} thread(s) gave {} result(s), not {len} in \
                     order: every item must be mapped once, and its result kept in its place{}",
                    got.len(),
                    if len <= 5 {
                        format!(" (got [{}], expected [{}])", listed(&got), listed(&want))
                    } else {
                        String::new()
                    }
                );
            }
        }
        let order = LastToFirst::new(8);
        let f = |x: u64| {
            let _done = order.hold(x as usize);
            10 * x
        };
        let items: Vec<u64> = (0..8).collect();
        let got = map(&items, 8, &f);
        let want: Vec<u64> = (0..8).map(|x| 10 * x).collect();
        assert!(
            got == want,
            "8 items that finish last to first gave [{}], not [{}]: results must come back in \
             the order of the items, whatever order they finish in",
            listed(&got),
            listed(&want)
        );
    });
}

/// 12 items on 4 threads, each call held at a gate until the check has seen how many
/// run at once: 4 calls run together, and never more than 4.
pub fn threads_calls_run_at_once_and_never_more(map: ParallelMap) {
    within(TIME_LIMIT, HANG, move || {
        let (running, gate) = (Occupancy::new(), Gate::new());
        let f = |x: u64| {
            running.enter();
            gate.wait_for(PATIENCE);
            running.leave();
            x
        };
        let items: Vec<u64> = (0..12).collect();
        let most = std::thread::scope(|s| {
            let mapper = s.spawn(|| map(&items, 4, &f));
            let most = running.most_after(4, PATIENCE, Duration::from_millis(300));
            gate.open();
            let _ = mapper.join();
            most
        });
        assert!(
            most <= 4,
            "{most} calls ran at once on 4 threads: never more than `threads` at once; a \
             thread per item is not bounded"
        );
        assert!(
            most == 4,
            "12 items on 4 threads: the calls never ran 4 at once (at most {most}): spawn \
             every scoped thread before you join any of them"
        );
    });
}

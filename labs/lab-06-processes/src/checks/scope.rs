//! A parallel sum in scoped threads: exact, a panic reported, the chunks at the same time.

use super::{HANG, PATIENCE, SumInParallel, TIME_LIMIT, one, panic_in_words};
use labkit::testkit::{Rendezvous, within};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Call the student's sum, turning a panic in it into a sentence about the case.
fn summed(
    sum: SumInParallel,
    numbers: &[u64],
    threads: usize,
    task: &(dyn Fn(&[u64]) -> u64 + Sync),
) -> Result<u64, String> {
    catch_unwind(AssertUnwindSafe(|| sum(numbers, threads, task))).unwrap_or_else(|panic| {
        panic!(
            "summing {} numbers on {threads} thread(s) panicked instead of returning ({}): \
             {}",
            numbers.len(),
            panic_in_words(panic.as_ref()),
            if numbers.len() < threads {
                "an empty slice, or fewer numbers than threads, must still work (a chunk size of 0 is not allowed)"
            } else {
                "a chunk that panics must come back as Err with its message: match on what join gives back"
            }
        )
    })
}

/// The parallel sum is exact for every size and thread count (even an empty slice, or
/// fewer numbers than threads), and a chunk that panics gives `Err` with its message.
pub fn the_parallel_sum_is_exact_and_reports_a_panic(sum: SumInParallel) {
    within(TIME_LIMIT, HANG, move || {
        let plain = |part: &[u64]| part.iter().sum::<u64>();
        for len in [0u64, 1, 7, 1000] {
            let numbers: Vec<u64> = (1..=len).collect();
            for threads in [1, 2, 3, 8] {
                let got = summed(sum, &numbers, threads, &plain);
                let want = numbers.iter().sum::<u64>();
                assert!(
                    got == Ok(want),
                    "the sum of 1..={len} on {threads} thread(s) gave {}, not {want}: does every \
                     number land in exactly one chunk?",
                    one(&got)
                );
            }
        }
        let unlucky = |part: &[u64]| {
            assert!(
                !part.contains(&13),
                "a chunk with 13 in it failed on purpose"
            );
            part.iter().sum::<u64>()
        };
        let numbers: Vec<u64> = (1..=100).collect();
        let got = summed(sum, &numbers, 4, &unlucky);
        assert!(
            got == Err("a chunk with 13 in it failed on purpose".into()),
            "a chunk that panicked gave {}: join each scoped thread and return its panic \
             message as Err",
            one(&got)
        );
    });
}

/// With 4 threads, the 4 chunks are summed at the same time.
pub fn the_chunks_are_summed_at_the_same_time(sum: SumInParallel) {
    within(TIME_LIMIT, HANG, move || {
        let meeting = Rendezvous::new(4);
        let all_met = Arc::new(AtomicBool::new(true));
        let task = |part: &[u64]| {
            if !meeting.wait_for(PATIENCE) {
                all_met.store(false, Ordering::Relaxed);
            }
            part.iter().sum::<u64>()
        };
        let numbers: Vec<u64> = (1..=400).collect();
        let got = summed(sum, &numbers, 4, &task);
        assert!(
            got == Ok(80_200),
            "the sum of 1..=400 on 4 threads gave {}, not 80200",
            one(&got)
        );
        assert!(
            all_met.load(Ordering::Relaxed),
            "the 4 chunks were not all being summed at the same time: spawn every scoped \
             thread first, then join them"
        );
    });
}

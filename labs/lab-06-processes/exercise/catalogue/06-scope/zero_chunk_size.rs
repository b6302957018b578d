//! Mistake: the chunk size is rounded up but not kept at least 1: for an empty slice it
//! is 0, and `chunks(0)` panics.

/// Sum `numbers` on `threads` scoped threads, each running `task` on its own chunk.
pub fn sum_in_parallel(
    numbers: &[u64],
    threads: usize,
    task: &(dyn Fn(&[u64]) -> u64 + Sync),
) -> Result<u64, String> {
    // Round up so no number is left over, and never 0: chunks(0) panics.
    let size = numbers.len().div_ceil(threads.max(1));
    std::thread::scope(|scope| {
        // Spawn every chunk's thread first; they borrow the slice, which outlives the scope.
        let handles: Vec<_> = numbers
            .chunks(size)
            .map(|chunk| scope.spawn(move || task(chunk)))
            .collect();
        let mut total = 0;
        for handle in handles {
            match handle.join() {
                Ok(part) => total += part,
                Err(payload) => return Err(labkit::panics::panic_message(payload.as_ref())),
            }
        }
        Ok(total)
    })
}

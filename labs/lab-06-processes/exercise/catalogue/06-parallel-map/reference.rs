//! The answer to challenge `06-parallel-map` (also hint level 3): one contiguous chunk
//! of the items per scoped thread, each mapped into a Vec of its own, the Vecs joined
//! in the chunks' order.

/// `f` of every item, on `threads` scoped threads at once, in the items' order.
pub fn parallel_map(items: &[u64], threads: usize, f: &(dyn Fn(u64) -> u64 + Sync)) -> Vec<u64> {
    // Round up, so no item is left over; at least 1, since chunks(0) panics.
    let size = items.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|scope| {
        // At most `threads` chunks, so at most `threads` threads; all spawned first.
        let handles: Vec<_> = items
            .chunks(size)
            .map(|chunk| scope.spawn(move || chunk.iter().map(|&x| f(x)).collect::<Vec<u64>>()))
            .collect();
        // Joined in the chunks' order: each result lands in its item's place.
        handles
            .into_iter()
            .flat_map(|handle| handle.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    })
}

//! Mistake: the chunk size rounds down (`len / threads`), and the items left over after
//! `threads` whole chunks are never mapped.

/// `f` of most items.
pub fn parallel_map(items: &[u64], threads: usize, f: &(dyn Fn(u64) -> u64 + Sync)) -> Vec<u64> {
    let size = (items.len() / threads.max(1)).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks_exact(size)
            .map(|chunk| scope.spawn(move || chunk.iter().map(|&x| f(x)).collect::<Vec<u64>>()))
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
    })
}

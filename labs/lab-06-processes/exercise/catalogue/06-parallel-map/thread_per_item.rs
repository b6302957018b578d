//! Mistake: a scoped thread per item, whatever `threads` says: unbounded.

/// `f` of every item, each on a thread of its own.
pub fn parallel_map(items: &[u64], _threads: usize, f: &(dyn Fn(u64) -> u64 + Sync)) -> Vec<u64> {
    std::thread::scope(|scope| {
        let handles: Vec<_> = items.iter().map(|&x| scope.spawn(move || f(x))).collect();
        handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
    })
}

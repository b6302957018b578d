//! Mistake: the Rust Book's `while let` pool. The worker holds the queue's lock while
//! its job runs, so the workers take turns: one job at a time.
pub use thread_pool::naive_pool::NaivePool as ThreadPool;

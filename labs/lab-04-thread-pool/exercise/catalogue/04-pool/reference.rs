//! The lab's answer: `thread_pool::pool` (labs/lab-04-thread-pool/src/pool.rs).
pub use thread_pool::pool::ThreadPool;

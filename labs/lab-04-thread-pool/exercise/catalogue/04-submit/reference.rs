//! The lab's answer: `thread_pool::executor::submit` (labs/lab-04-thread-pool/src/executor.rs).
pub use thread_pool::executor::submit;

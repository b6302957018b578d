//! The lab's answer: `async_server::tasks::at_most` (labs/lab-08-async/src/tasks.rs).
pub use async_server::tasks::at_most;

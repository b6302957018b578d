//! The lab's answer: `threaded_server::pool::BoundedPool` (labs/lab-02-threaded-server/src/pool.rs).
pub use threaded_server::pool::BoundedPool;

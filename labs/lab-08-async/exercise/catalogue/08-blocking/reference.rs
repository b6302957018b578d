//! The lab's answer: `async_server::blocking::off_the_runtime` (labs/lab-08-async/src/blocking.rs).
pub use async_server::blocking::off_the_runtime;

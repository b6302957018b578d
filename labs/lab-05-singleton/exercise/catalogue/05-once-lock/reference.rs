//! The lab's answer: `singleton::once_lock` (labs/lab-05-singleton/src/once_lock.rs).
pub use singleton::once_lock::OnceLockSingleton;

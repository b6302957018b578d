//! The lab's answer: `singleton::double_checked` (labs/lab-05-singleton/src/double_checked.rs).
pub use singleton::double_checked::DoubleChecked;

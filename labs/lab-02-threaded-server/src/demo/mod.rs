//! How the runner measures the lesson: the apparatus, not the lesson.
//!
//! - [`compare`]: each model under the same closed-loop load, against Little's law.

pub mod compare;

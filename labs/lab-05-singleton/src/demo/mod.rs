//! How the runner measures the lesson: the apparatus, not the lesson.
//!
//! - [`measure`]: race a way with many threads; time an access; the run's verdicts.

pub mod measure;

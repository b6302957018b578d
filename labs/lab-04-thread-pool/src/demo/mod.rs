//! How the runner measures the lesson: the apparatus, not the lesson.
//!
//! - [`work`]: what a task does: sleep, hash, or a real HTTP GET; `--work` builds it.
//! - [`tracker`]: per-task run flags and a high-water mark of tasks running at once.
//! - [`measure`]: one run measured: wall time, threads, memory, the Little's-law bound,
//!   and the lesson those figures support.
//! - [`alone`]: each strategy measured in a process of its own, so its memory is its own.
//! - [`sweep`]: our pool at several sizes against the Little's-law line, and its verdict.
//! - [`progress`]: the progress bar (on a terminal only).
//! - [`traced`]: `--trace` and `--timeline`: each strategy's part, merged into one trace.

pub mod alone;
pub mod measure;
pub mod progress;
pub mod sweep;
pub mod traced;
pub mod tracker;
pub mod work;

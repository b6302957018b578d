//! Each strategy measured in a process of its own, so its memory figure is its own.
//!
//! Peak RSS (`VmHWM`) is a high-water mark of the whole process, and memory a run gives
//! back to the allocator often stays resident: measured one after another in one process,
//! the pool after thread-per-task would report thread-per-task's leftovers. So the runner
//! re-executes itself once per strategy with [`ALONE_FLAG`]; the child runs that one
//! strategy and prints its [`RunReport`] as JSON on stdout. (lab-06 plays the same trick
//! to start processes.)

use crate::demo::measure::RunReport;
use crate::strategy::Strategy;
use std::path::Path;
use std::process::Command;

/// The hidden flag that makes the runner a child: run one strategy, print its report.
pub const ALONE_FLAG: &str = "--alone";

/// Run `exe args... --strategy <strategy> --alone` and read the report it prints.
/// `args` are the run's other flags (tasks, workers, work), passed through unchanged.
/// The child's stderr (its progress bar) is the terminal's.
/// With `trace_to`, the child also records its tasks there ([`crate::demo::traced`]).
pub fn measure_alone(
    exe: &Path,
    args: &[String],
    strategy: Strategy,
    trace_to: Option<&Path>,
) -> std::io::Result<RunReport> {
    let mut child = Command::new(exe);
    child
        .args(args)
        .args(["--strategy", strategy.name(), ALONE_FLAG]);
    if let Some(part) = trace_to {
        child.arg("--trace").arg(part);
    }
    labkit::json::from_child(child, strategy.name())
}

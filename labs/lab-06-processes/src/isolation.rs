//! A child process has its own memory; a thread shares yours.
//!
//! The parent makes a list, starts a child process, and the child appends to *its*
//! list. The parent's list is unchanged: the child never had it. A thread that
//! appends through `Arc<Mutex<Vec<_>>>` changes the one list both can see.
//!
//! **How processes start.** Python's `multiprocessing` has three start methods:
//! - `fork` (Linux's default up to Python 3.13): the child is a copy of the parent's memory at that
//!   instant. It starts with the parent's list, but its appends go to its copy.
//! - `spawn` (the default on macOS and Windows): a fresh
//!   interpreter runs the program again from the top, so module-level code runs again
//!   in the child: why `multiprocessing` code must sit under `if __name__ == "__main__":`,
//!   or each child would start children of its own.
//! - `forkserver` (Linux's default from Python 3.14): a small server process, forked
//!   early while the program is still simple, forks the children on request.
//!
//! Rust's standard library has one way: `std::process::Command` runs a program from
//! the start (fork-and-exec or `posix_spawn` on Unix, `CreateProcess` on Windows):
//! `spawn`, in Python's terms. This lab's runner re-executes *itself* with a hidden
//! subcommand, the same trick `spawn` plays. Data goes to the child as arguments and
//! comes back over its stdout (a pipe), as JSON.

use labkit::verdict::Verdict;
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::process::Command;
use std::sync::PoisonError;
use std::sync::{Arc, Mutex};

/// The hidden subcommand the runner answers as the child.
pub const CHILD_COMMAND: &str = "isolation-child";

/// The list both sides start from.
pub fn starting_list() -> Vec<i32> {
    vec![1, 2, 3]
}

/// What the child reports on stdout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildReport {
    /// The child's process id: not the parent's.
    pub pid: u32,
    /// The child's list after its append.
    pub list: Vec<i32>,
}

/// The child's side: build its own list (the program started from the top), append, report.
pub fn child_main(value: i32) -> String {
    let mut list = starting_list();
    list.push(value);
    serde_json::to_string(&ChildReport {
        pid: std::process::id(),
        list,
    })
    .expect("a list of numbers serialises")
}

/// What the demo saw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IsolationReport {
    /// The parent's process id.
    pub parent_pid: u32,
    /// The parent's list after the child ran.
    pub parent_list_after_child: Vec<i32>,
    /// What the child said its list was.
    pub child: ChildReport,
    /// The shared list after a thread appended to it.
    pub list_after_thread: Vec<i32>,
}

impl IsolationReport {
    /// The child's append never reached the parent; the thread's did.
    pub fn verdicts(&self) -> Vec<Verdict> {
        let isolated = self.parent_list_after_child == [1, 2, 3]
            && self.child.list == [1, 2, 3, 4]
            && self.child.pid != self.parent_pid;
        vec![
            Verdict::new(isolated, "the child's append never reached the parent"),
            Verdict::new(
                self.list_after_thread == [1, 2, 3, 4],
                "the thread's append did",
            ),
        ]
    }
}

/// Why the child could not be run or understood.
#[derive(Debug)]
pub struct ChildError(pub String);

impl std::fmt::Display for ChildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ChildError {}

/// Run `exe CHILD_COMMAND 4` as a child process and read its report.
pub fn run_child(exe: &Path, value: i32) -> Result<ChildReport, ChildError> {
    let output = Command::new(exe)
        .args([CHILD_COMMAND, &value.to_string()])
        .output()
        .map_err(|e| ChildError(format!("could not start {}: {e}", exe.display())))?;
    if !output.status.success() {
        return Err(ChildError(format!(
            "the child exited with {}",
            output.status
        )));
    }
    serde_json::from_slice(&output.stdout)
        .map_err(|e| ChildError(format!("the child's report was not JSON: {e}")))
}

/// The whole demo: a child appends 4 to its list, a thread appends 4 to the shared one.
pub fn run_isolation(exe: &Path) -> Result<IsolationReport, ChildError> {
    let parent_list = starting_list();
    let child = run_child(exe, 4)?;
    let shared = Arc::new(Mutex::new(starting_list()));
    let theirs = Arc::clone(&shared);
    std::thread::spawn(move || {
        theirs
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(4)
    })
    .join()
    .expect("the append does not panic");
    let list_after_thread = shared
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clone();
    Ok(IsolationReport {
        parent_pid: std::process::id(),
        parent_list_after_child: parent_list,
        child,
        list_after_thread,
    })
}

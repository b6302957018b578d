//! The cargo commands that build and grade an exercise.

use crate::catalog::Exercise;
use std::path::Path;
use std::process::Command;

/// Which code the grading tests run on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Subject {
    /// The student's files.
    Student,
    /// A file of the exercise's catalogue, placed in `.verify/` by `course dev verify`
    /// (`--features verify`): the reference, a solution, the stub, or a mistake.
    Catalogue,
}

/// Real threads, or every interleaving under the loom model checker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Build {
    /// A normal debug build.
    Normal,
    /// `RUSTFLAGS="--cfg loom"`, release, in its own target dir (as `.ci/loom` does).
    Loom,
}

/// `cargo test` for `package`, building or running `test` (all tests if `None`).
pub fn test_command(
    root: &Path,
    package: &str,
    test: Option<&str>,
    subject: Subject,
    build: Build,
    run: bool,
) -> Command {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command.args(["test", "-p", package]);
    if subject == Subject::Catalogue {
        command.args(["--features", "verify"]);
    }
    if let Some(test) = test {
        command.args(["--test", test]);
    } else {
        command.arg("--tests");
    }
    if build == Build::Loom {
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| root.join("target"));
        command
            .arg("--release")
            .env("RUSTFLAGS", "--cfg loom")
            .env("CARGO_TARGET_DIR", target.join("loom"))
            .env(
                "LOOM_MAX_PREEMPTIONS",
                std::env::var("LOOM_MAX_PREEMPTIONS").unwrap_or_else(|_| "3".into()),
            );
    }
    if run {
        // One test at a time: each check's timing is its own, and its output in order.
        command.args(["--", "--include-ignored", "--test-threads=1"]);
    } else {
        command.arg("--no-run");
    }
    command
        .env("RUST_BACKTRACE", "0")
        .env("CARGO_TERM_COLOR", "never");
    command
}

/// The builds an exercise's grading needs.
pub fn builds(exercise: &Exercise) -> &'static [Build] {
    if exercise.loom() {
        &[Build::Normal, Build::Loom]
    } else {
        &[Build::Normal]
    }
}

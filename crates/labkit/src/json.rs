//! `--json`: the same figures as the human report, as one JSON document on stdout.

use serde::Serialize;
use serde::de::DeserializeOwned;
use std::process::{Command, Stdio};

/// Print `value` as one pretty JSON document on stdout.
///
/// Serialising plain data structs cannot fail; if it ever did, the runner says so and exits 2.
pub fn print_json<T: Serialize>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => crate::outln!("{text}"),
        Err(e) => crate::exit::fail(format!("could not write the JSON report: {e}")),
    }
}

/// `--json`: print `figures` as one JSON document; otherwise build and print the report.
/// Every runner ends this way, so the two views can never show different runs.
pub fn report_or_json<T: Serialize>(
    json: bool,
    figures: &T,
    report: impl FnOnce() -> crate::report::Report,
) {
    if json {
        print_json(figures)
    } else {
        report().print()
    }
}

/// Run `command` (a runner re-running itself to measure one thing in a process of its
/// own, so that its peak memory is its own) and read the one JSON document it prints.
/// `what` names the measurement in the error: "measuring pool in a process of its own".
pub fn from_child<T: DeserializeOwned>(mut command: Command, what: &str) -> std::io::Result<T> {
    let out = command
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()?;
    if !out.status.success() {
        return Err(std::io::Error::other(format!(
            "measuring {what} in a process of its own failed ({})",
            out.status
        )));
    }
    serde_json::from_slice(&out.stdout).map_err(|e| {
        std::io::Error::other(format!("the child measuring {what} printed no report: {e}"))
    })
}

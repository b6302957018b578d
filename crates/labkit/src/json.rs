//! `--json`: the same figures as the human report, as one JSON document on stdout.

use serde::Serialize;

/// Print `value` as one pretty JSON document on stdout.
///
/// Serialising plain data structs cannot fail; if it ever did, the runner says so and exits 2.
pub fn print_json<T: Serialize>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => crate::outln!("{text}"),
        Err(e) => crate::exit::fail(format!("could not write the JSON report: {e}")),
    }
}

//! What every lab runner shares, so each `main.rs` stays a thin shell.
//!
//! # Layout
//! - [`report`]: titles, tables, bar charts and ✓/✗ verdict lines for the terminal.
//! - [`style`]: colour only when stdout is a terminal and `NO_COLOR` is unset.
//! - [`json`]: the `--json` form of the same figures.
//! - [`probe`]: live thread count, peak RSS, context switches (from `/proc` on Linux).
//! - [`timing`]: stopwatch helpers and the "this is a debug build" note.
//! - [`exit`]: one clear sentence and exit code 2 for bad input.
//! - [`testkit`]: runner tests: run a lab's binary for JSON, or for a usage error.
//! - [`handouts`]: docs that cannot rot: quoted commands and page skeletons, for tests.

pub mod exit;
pub mod handouts;
pub mod json;
pub mod probe;
pub mod report;
pub mod style;
pub mod testkit;
pub mod timing;

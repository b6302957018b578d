//! What every lab runner shares, so each `main.rs` stays a thin shell.
//!
//! # Layout
//! - [`report`]: one `Report` builder: title, tables, bar charts, notes, ✓/✗ verdicts.
//! - [`verdict`]: verdicts as data, for the report, `--json` and the tests.
//! - [`style`]: colour only when stdout is a terminal and `NO_COLOR` is unset.
//! - [`json`]: the `--json` form of the same figures.
//! - [`plot`]: `--plot FILE.svg`: line charts for projectors and the book.
//! - [`progress`]: a sweep's progress bar, on a terminal only.
//! - [`probe`]: the CPUs we may use; live thread count, RSS and peak RSS (from `/proc` on Linux).
//! - [`trace`]: `--trace FILE.json` (Perfetto) and `--timeline FILE.svg`: every thread's spans.
//! - [`timing`]: stopwatch helpers and the "this is a debug build" note.
//! - [`exit`]: one clear sentence and exit code 2 for bad input; quiet when `| head` closes stdout.
//! - [`panics`]: a panic as one line, and the message a caught panic carried.
//! - [`testkit`]: tests and checks: run a runner for JSON or a usage error; a rendezvous;
//!   a gate; a time limit, for a whole check or for one drop.
//! - [`handouts`]: docs that cannot rot: quoted commands and page skeletons, for tests.

pub mod exit;
pub mod handouts;
pub mod json;
pub mod panics;
pub mod plot;
pub mod probe;
pub mod progress;
pub mod report;
pub mod style;
pub mod testkit;
pub mod timing;
pub mod trace;
pub mod verdict;

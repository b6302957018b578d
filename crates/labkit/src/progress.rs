//! A sweep's progress bar: on a terminal only (not with `--json`, not in a pipe), so a
//! long sweep shows it is alive and how long it has left.

use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;

/// A bar over a sweep's points, or a silent stand-in.
#[derive(Debug)]
pub struct Bar(Option<ProgressBar>);

/// A bar for `points` points; hidden for `--json` or when stderr is not a terminal.
pub fn bar(json: bool, points: usize) -> Bar {
    let shown = !json && std::io::stderr().is_terminal();
    Bar(shown.then(|| {
        let bar = ProgressBar::new(points as u64);
        if let Ok(style) = ProgressStyle::with_template("  {bar:30} {pos}/{len} points, {eta} left")
        {
            bar.set_style(style);
        }
        bar
    }))
}

impl Bar {
    /// `done` points are finished.
    pub fn set(&mut self, done: usize) {
        if let Some(bar) = &self.0 {
            bar.set_position(done as u64);
        }
    }

    /// Clear the bar before the report prints.
    pub fn finish(&mut self) {
        if let Some(bar) = self.0.take() {
            bar.finish_and_clear();
        }
    }
}

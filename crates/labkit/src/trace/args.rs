//! The two flags every traced runner shares, and the lines it prints after a run.

use super::file::Trace;
use std::path::PathBuf;
use std::time::Duration;

/// Past this share of the run (percent), the runner says the traced times are not the
/// untraced run's: tasks that take nanoseconds are slowed by the recording itself.
const LARGE_SHARE: f64 = 10.0;

/// `--trace FILE.json` and `--timeline FILE.svg`, flattened into a runner's flags.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct TraceArgs {
    /// Record what every thread did and write it as a Chrome trace (open it in
    /// ui.perfetto.dev or chrome://tracing; the file stays on this machine).
    #[arg(long, value_name = "FILE.json", value_parser = writable)]
    pub trace: Option<PathBuf>,
    /// Record the same and draw it as one lane per thread or track, an SVG picture.
    #[arg(long, value_name = "FILE.svg", value_parser = writable)]
    pub timeline: Option<PathBuf>,
}

/// A file the runner can write, found out before the run rather than after it. A file
/// that was not there is removed again, so a run refused later (a sweep) leaves nothing.
fn writable(path: &str) -> Result<PathBuf, String> {
    let existed = std::path::Path::new(path).exists();
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .map_err(|e| format!("cannot write {path}: {e}"))?;
    if !existed {
        let _ = std::fs::remove_file(path);
    }
    Ok(PathBuf::from(path))
}

impl TraceArgs {
    /// True when either file was asked for.
    pub fn wanted(&self) -> bool {
        self.trace.is_some() || self.timeline.is_some()
    }

    /// Start recording if either file was asked for.
    pub fn begin(&self) {
        if self.wanted() {
            super::record::start();
        }
    }

    /// Stop recording, save what was asked for and print what was saved (see
    /// [`Self::save`]); nothing if nothing was asked. `run` is how long the traced run
    /// took, for the cost's share.
    pub fn finish(
        &self,
        process: &str,
        title: &str,
        run: Duration,
        json: bool,
    ) -> Result<(), String> {
        if !self.wanted() {
            return Ok(());
        }
        let trace = super::record::finish(process);
        self.save(&trace, title, run, json)
    }

    /// Save `trace` (merged from several processes, say) as asked, and print the files
    /// written and what recording cost: after the report, or on stderr under `--json`.
    pub fn save(
        &self,
        trace: &Trace,
        title: &str,
        run: Duration,
        json: bool,
    ) -> Result<(), String> {
        let mut lines = Vec::new();
        let events = crate::report::group_thousands(trace.events.len() as i64);
        if let Some(path) = &self.trace {
            trace.write(path)?;
            lines.push(format!(
                "trace: {events} events in {} (open it in ui.perfetto.dev or chrome://tracing)",
                path.display()
            ));
        }
        if let Some(path) = &self.timeline {
            let drawn = super::lanes::draw(path, trace, title)?;
            let more = if drawn.left_out > 0 {
                format!("; {} more tracks are in the JSON only", drawn.left_out)
            } else {
                String::new()
            };
            lines.push(format!(
                "timeline: {} lanes in {}{more}",
                drawn.lanes,
                path.display()
            ));
        }
        if trace.other.dropped > 0 {
            lines.push(format!(
                "trace: {} later events were not kept: one recording keeps the first {}",
                crate::report::group_thousands(trace.other.dropped as i64),
                crate::report::group_thousands(super::record::MAX_EVENTS as i64)
            ));
        }
        let cost = trace.recording_cost();
        let share = 100.0 * cost.as_secs_f64() / run.as_secs_f64().max(1e-9);
        lines.push(format!(
            "recording cost: {events} events x {:.0} ns = {:.1} ms, {share:.1}% of the traced run's {:.0} ms (measured on one thread, uncontended: a lower bound)",
            trace.other.cost_per_event_ns,
            cost.as_secs_f64() * 1e3,
            run.as_secs_f64() * 1e3
        ));
        if share > LARGE_SHARE {
            lines.push(format!(
                "note: recording was more than {LARGE_SHARE:.0}% of this run, so its times are not an untraced run's: measure without --trace"
            ));
        }
        print_lines(&lines, json);
        Ok(())
    }
}

/// Print a traced run's lines: after the report, or on stderr when stdout is JSON (so
/// the JSON stays one document).
pub fn print_lines(lines: &[String], json: bool) {
    for line in lines {
        if json {
            eprintln!("{line}");
        } else {
            crate::outln!("{line}");
        }
    }
}

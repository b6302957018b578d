//! Tests of `--trace` and `--timeline`: run a runner with both, and check what every
//! trace must hold before a lab checks its own lesson in it.

use crate::trace::Trace;
use std::path::PathBuf;
use std::process::Command;

/// The two files of one traced run, removed when dropped.
#[derive(Debug)]
pub struct TraceFiles {
    /// `--trace`'s file.
    pub json: PathBuf,
    /// `--timeline`'s file.
    pub svg: PathBuf,
}

impl TraceFiles {
    /// Two fresh paths in the temp directory, named after `test` (and unique in this
    /// process: tests run in parallel).
    pub fn new(test: &str) -> Self {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let base = std::env::temp_dir().join(format!("{test}-{}-{n}", std::process::id()));
        Self {
            json: base.with_extension("json"),
            svg: base.with_extension("svg"),
        }
    }

    /// `--trace FILE --timeline FILE`, to append to a runner's arguments.
    pub fn flags(&self) -> Vec<String> {
        let path = |p: &PathBuf| p.display().to_string();
        vec![
            "--trace".into(),
            path(&self.json),
            "--timeline".into(),
            path(&self.svg),
        ]
    }

    /// Read both back and check what holds for every trace: the JSON parses; every
    /// event has `ph`, `ts`, `pid`, `tid`; spans nest on each track; the SVG is
    /// well-formed with one labelled lane per track (up to its cap). The trace.
    pub fn read_checked(&self) -> Trace {
        let text = std::fs::read_to_string(&self.json).expect("--trace wrote its file");
        let raw: serde_json::Value = serde_json::from_str(&text).expect("the trace is JSON");
        let events = raw["traceEvents"].as_array().expect("a traceEvents array");
        assert!(!events.is_empty(), "the trace has events");
        for event in events {
            for field in ["ph", "ts", "pid", "tid", "name"] {
                assert!(event.get(field).is_some(), "{event} has no {field}");
            }
        }
        let trace = Trace::parse(&text).expect("the trace reads back");
        trace.check_nesting().expect("spans on one track nest");
        let svg = std::fs::read_to_string(&self.svg).expect("--timeline wrote its file");
        let labels = lane_labels(&svg);
        let lanes = trace.lanes();
        let drawn = lanes.len().min(crate::trace::lanes::MAX_LANES);
        for lane in &lanes[..drawn] {
            let shown = labels
                .iter()
                .filter(|l| lane.name.starts_with(l.trim_end_matches('…')))
                .count();
            assert!(
                shown >= 1,
                "the timeline has no lane for {:?}: {labels:?}",
                lane.name
            );
        }
        trace
    }
}

impl Drop for TraceFiles {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.json);
        let _ = std::fs::remove_file(&self.svg);
    }
}

/// Every text of an SVG, trimmed: the lane labels among them.
pub fn lane_labels(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).expect("the timeline is well-formed SVG");
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .map(|t| t.trim().to_owned())
        .collect()
}

/// Run `exe args --trace .. --timeline ..` to the end, assert it succeeded, and return
/// the checked trace with its stdout.
pub fn run_traced(exe: &str, args: &[&str], test: &str) -> (Trace, String) {
    let files = TraceFiles::new(test);
    let out = Command::new(exe)
        .args(args)
        .args(files.flags())
        .output()
        .unwrap_or_else(|e| panic!("could not run {exe}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{exe} {args:?} --trace failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (files.read_checked(), stdout)
}

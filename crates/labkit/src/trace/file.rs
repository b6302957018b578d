//! A finished trace: merged from processes, written and read as JSON, and checked.

use super::event::Event;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

/// Every event one run recorded, with what recording them cost.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Trace {
    /// The events, in the order they were recorded.
    #[serde(rename = "traceEvents")]
    pub events: Vec<Event>,
    /// Ignored by viewers, read back by the runners.
    #[serde(rename = "otherData", default)]
    pub other: Other,
}

/// A trace's own figures, kept in the format's `otherData`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Other {
    /// What one event cost to record, in nanoseconds (measured, uncontended).
    pub cost_per_event_ns: f64,
    /// Threads that marked a span, including those sampling left without a track.
    pub threads_seen: u64,
    /// Events left out past [`crate::trace::record::MAX_EVENTS`].
    #[serde(default)]
    pub dropped: u64,
}

/// One track's spans, for drawing and checking.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    /// The process it is in.
    pub pid: u32,
    /// Its id.
    pub tid: u64,
    /// `process: track`, or the track's name alone in a trace of one process.
    pub name: String,
    /// Each span, in start order.
    pub spans: Vec<SpanOnLane>,
}

/// `(start, end, name)` of a span, in microseconds.
pub type SpanOnLane = (f64, f64, String);

impl Trace {
    /// `events` recorded by one process, which the trace names `process`.
    pub fn new(mut events: Vec<Event>, process: &str) -> Self {
        events.insert(0, Event::process_name(1, process));
        Self {
            events,
            other: Other::default(),
        }
    }

    /// Set what one event cost to record.
    pub fn set_cost_per_event(&mut self, cost: Duration) {
        self.other.cost_per_event_ns = cost.as_secs_f64() * 1e9;
    }

    /// Set how many threads marked a span (sampled or not).
    pub fn set_threads_seen(&mut self, threads: u64) {
        self.other.threads_seen = threads;
    }

    /// Several processes' traces as one, process `i` of `parts` getting pid `i + 1`.
    /// Each keeps its own clock: in the viewer they all start at 0, side by side.
    pub fn merge(parts: Vec<Trace>) -> Self {
        let mut merged = Trace::default();
        for (i, part) in parts.into_iter().enumerate() {
            let pid = i as u32 + 1;
            merged.other.cost_per_event_ns = merged
                .other
                .cost_per_event_ns
                .max(part.other.cost_per_event_ns);
            merged.other.threads_seen += part.other.threads_seen;
            merged.other.dropped += part.other.dropped;
            merged
                .events
                .extend(part.events.into_iter().map(|e| Event { pid, ..e }));
        }
        merged
    }

    /// The trace as the JSON object viewers open.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a trace is plain data")
    }

    /// Write it to `path`; one sentence on failure.
    pub fn write(&self, path: &Path) -> Result<(), String> {
        std::fs::write(path, self.to_json())
            .map_err(|e| format!("could not write the trace to {}: {e}", path.display()))
    }

    /// Read a trace back from `path`; one sentence on failure.
    pub fn read(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("could not read the trace {}: {e}", path.display()))?;
        Self::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Parse a trace's JSON text.
    pub fn parse(text: &str) -> Result<Self, String> {
        serde_json::from_str(text).map_err(|e| format!("not a trace: {e}"))
    }

    /// The pid of the process named `name` (one per part of a merged trace).
    pub fn pid_of(&self, name: &str) -> Option<u32> {
        self.events
            .iter()
            .find(|e| e.ph == 'M' && e.name == "process_name" && e.args["name"] == name)
            .map(|e| e.pid)
    }

    /// The lanes of process `pid`.
    pub fn lanes_of(&self, pid: u32) -> Vec<Lane> {
        self.lanes().into_iter().filter(|l| l.pid == pid).collect()
    }

    /// The spans (`X` events) named `name`.
    pub fn spans<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Event> + 'a {
        self.events
            .iter()
            .filter(move |e| e.ph == 'X' && e.name == name)
    }

    /// What recording cost, all told: events x the measured cost of one.
    pub fn recording_cost(&self) -> Duration {
        Duration::from_secs_f64(self.events.len() as f64 * self.other.cost_per_event_ns / 1e9)
    }

    /// The tracks that hold spans, each with its name and spans, ordered by process
    /// and then by track id.
    pub fn lanes(&self) -> Vec<Lane> {
        let named = |kind: &str, pid: u32, tid: u64| {
            self.events.iter().find_map(|e| {
                (e.ph == 'M'
                    && e.name == kind
                    && e.pid == pid
                    && (kind != "thread_name" || e.tid == tid))
                    .then(|| e.args["name"].as_str().unwrap_or_default().to_owned())
            })
        };
        let mut lanes: BTreeMap<(u32, u64), Vec<SpanOnLane>> = BTreeMap::new();
        for e in self.events.iter().filter(|e| e.ph == 'X') {
            lanes
                .entry((e.pid, e.tid))
                .or_default()
                .push((e.ts, e.end(), e.name.clone()));
        }
        let processes = lanes
            .keys()
            .map(|k| k.0)
            .collect::<std::collections::BTreeSet<_>>();
        let mut lanes = lanes
            .into_iter()
            .map(|((pid, tid), mut spans)| {
                spans.sort_by(|a, b| a.0.total_cmp(&b.0));
                let track =
                    named("thread_name", pid, tid).unwrap_or_else(|| format!("track {tid}"));
                let name = match named("process_name", pid, 0) {
                    Some(process) if processes.len() > 1 => format!("{process}: {track}"),
                    _ => track,
                };
                Lane {
                    pid,
                    tid,
                    name,
                    spans,
                }
            })
            .collect::<Vec<_>>();
        // Threads of one name (a `connection` thread each) get their track id too.
        let names: Vec<String> = lanes.iter().map(|l| l.name.clone()).collect();
        for lane in &mut lanes {
            if names.iter().filter(|n| **n == lane.name).count() > 1 {
                lane.name = format!("{} #{}", lane.name, lane.tid);
            }
        }
        lanes
    }
}

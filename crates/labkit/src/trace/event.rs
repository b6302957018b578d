//! The Chrome Trace Event Format's events, as much of it as the labs use.
//!
//! Every event names its process (`pid`) and track (`tid`), its phase (`ph`) and its
//! time (`ts`, microseconds). Phases used here: `X` a complete span (`dur` long), `i`
//! an instant, `C` a counter (its value in `args`), `M` metadata (a track's or a
//! process's name), `s` and `f` the two ends of a flow arrow.

use serde::{Deserialize, Serialize};

/// One event of a trace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// What happened: `task`, `request`, `read`; for `M`, `thread_name` or `process_name`.
    pub name: String,
    /// A category, for filtering in the viewer.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub cat: String,
    /// The phase: `X`, `i`, `C`, `M`, `s`, `f`.
    pub ph: char,
    /// When, in microseconds since the trace began.
    pub ts: f64,
    /// How long, in microseconds (`X` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dur: Option<f64>,
    /// The process (one per strategy when a runner merges its children's traces).
    pub pid: u32,
    /// The track: a thread, or a named track such as a connection.
    pub tid: u64,
    /// A flow's id, shared by its two ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<u64>,
    /// An instant's scope (`t`: its track) or a flow end's binding (`e`: the enclosing span).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s: Option<char>,
    /// How a flow's end binds to a span (`e`: the one enclosing it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bp: Option<char>,
    /// Details: a task's id, a counter's value, a track's name.
    #[serde(default, skip_serializing_if = "serde_json::Value::is_null")]
    pub args: serde_json::Value,
}

impl Event {
    /// An event of phase `ph` named `name` on track `tid` at `ts`, with nothing else.
    pub fn new(ph: char, name: impl Into<String>, tid: u64, ts: f64) -> Self {
        Self {
            name: name.into(),
            cat: String::new(),
            ph,
            ts,
            dur: None,
            pid: 1,
            tid,
            id: None,
            s: None,
            bp: None,
            args: serde_json::Value::Null,
        }
    }

    /// The `M` event that names track `tid`.
    pub fn track_name(tid: u64, name: &str) -> Self {
        Self {
            args: serde_json::json!({ "name": name }),
            ..Self::new('M', "thread_name", tid, 0.0)
        }
    }

    /// The `M` event that names process `pid`.
    pub fn process_name(pid: u32, name: &str) -> Self {
        Self {
            pid,
            args: serde_json::json!({ "name": name }),
            ..Self::new('M', "process_name", 0, 0.0)
        }
    }

    /// When it ends (its start for anything but a span).
    pub fn end(&self) -> f64 {
        self.ts + self.dur.unwrap_or(0.0)
    }
}

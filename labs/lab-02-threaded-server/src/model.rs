//! The concurrency model: Python's socketserver "mixin", as a value.
//!
//! `socketserver.TCPServer` serves one connection at a time; mixing in
//! `ThreadingMixIn` makes it start a thread per connection. Here the same server
//! takes the model as an argument.

use serde::Serialize;

/// How the server runs its connections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "model")]
pub enum Model {
    /// The accept thread serves each connection itself: one at a time.
    Sequential,
    /// A new thread per connection; `cap` bounds how many may be live (503 beyond it).
    ThreadPerConnection {
        /// Most connections served at once; `None` for no bound (Python's default).
        cap: Option<usize>,
    },
    /// `workers` threads take connections from a queue of at most `queue` waiting ones.
    Pool {
        /// Worker threads, started once.
        workers: usize,
        /// Accepted connections that may wait for a worker (503 beyond it).
        queue: usize,
    },
}

impl Model {
    /// The name used on the command line and in JSON.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Sequential => "sequential",
            Self::ThreadPerConnection { .. } => "thread-per-connection",
            Self::Pool { .. } => "pool",
        }
    }

    /// How many requests can be in the handler at once (`None`: unbounded).
    pub fn concurrency(&self) -> Option<usize> {
        match *self {
            Self::Sequential => Some(1),
            Self::ThreadPerConnection { cap } => cap,
            Self::Pool { workers, .. } => Some(workers),
        }
    }

    /// A label for tables: `pool(16)`.
    pub fn label(&self) -> String {
        match *self {
            Self::Pool { workers, .. } => format!("pool({workers})"),
            Self::ThreadPerConnection { cap: Some(cap) } => {
                format!("thread-per-connection(cap {cap})")
            }
            _ => self.name().to_string(),
        }
    }
}

//! How the runner measures the lesson: the apparatus, not the lesson.
//!
//! - [`idle_clients`]: thousands of idle clients in one process: the fd limit, fast connects.
//! - [`c10k_rows`]: a row of the c10k table: which server, what it cost, and how one is
//!   measured.
//! - [`c10k`]: the demo: hold N idle connections, then serve load through them; its verdict.
//! - [`keep_alive_demo`]: persistent clients: the pool of 16 serves 16, the loop serves all.
//! - [`connections_sweep`]: memory and threads as idle connections double.

pub mod c10k;
pub mod c10k_rows;
pub mod connections_sweep;
pub mod idle_clients;
pub mod keep_alive_demo;

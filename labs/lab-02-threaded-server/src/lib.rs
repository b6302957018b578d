//! A threaded server: the same accept loop, three ways to run its connections.
//!
//! lab-01's server serves one client at a time. Give each connection its own thread
//! and many are served at once, with no bound; give a fixed pool of workers a queue
//! and the concurrency is bounded. Python's `socketserver` is this design: a server
//! class plus a "mixin" that decides how a connection is run.
//!
//! # Layout
//! - [`model`]: the concurrency model (`Sequential`, `ThreadPerConnection`, `Pool`).
//! - [`server`]: bind, serve on a background accept thread, shut down gracefully.
//! - [`dispatch`]: the [`dispatch::Dispatch`] trait (the socketserver mixin), sequential and
//!   thread-per-connection.
//! - [`pool`]: the bounded pool of workers on a crossbeam channel; full means 503.
//! - [`checks`]: the outcome checks, generic over any `Dispatch`: the lab's tests and the
//!   exercise's grading both call them.
//! - [`connection`]: serve one connection: bounded read, handler with panics caught, close.
//! - [`waiting`]: connections waiting for a request, closed at shutdown.
//! - [`in_flight`]: requests in flight at shutdown: finished within the grace, else 503.
//! - [`accepted`]: when each connection was accepted, so its head deadline runs from accept.
//! - [`stats`]: live counters and the totals shutdown returns.
//! - [`routes`]: the demo application (`/`, `/sleep?ms=N`, `/panic`).
//! - [`compare`]: drive each model with the load generator; Little's-law limits.
//!
//! | model                   | threads            | bound             | a slow client blocks |
//! |-------------------------|--------------------|-------------------|----------------------|
//! | `sequential`            | 1 (the accept loop)| 1 at a time       | everyone             |
//! | `thread-per-connection` | one per connection | none (or `cap`)   | only itself          |
//! | `pool`                  | `workers`, fixed   | workers + queue   | one worker           |

pub mod accepted;
pub mod checks;
pub mod compare;
pub mod connection;
pub mod dispatch;
pub mod in_flight;
pub mod model;
pub mod pool;
pub mod routes;
pub mod server;
pub mod stats;
pub mod waiting;

pub use model::Model;

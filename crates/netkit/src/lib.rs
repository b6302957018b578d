//! What the server labs share: the HTTP plumbing that is not itself a lesson.
//!
//! The accept loop, the threads and the pool stay in each lab; this crate only reads
//! a request head safely, writes a response, closes politely, and drives load.
//!
//! # Layout
//! - [`bind`]: bind a listener, turning OS errors into one sentence with the fix.
//! - [`incoming`]: one connection's unused bytes: request after request, bodies skipped.
//! - [`request`]: read one HTTP/1.1 request head with a size limit and a deadline.
//! - [`validate`]: what a careful server refuses in a head that parses (501, 400).
//! - [`response`]: write a response with `Content-Length` and `Connection: close`.
//! - [`send`]: write a response within one deadline, so a client that never reads
//!   cannot hold the thread writing to it.
//! - [`close`]: half-close, then drain, so the client sees EOF rather than a reset.
//! - [`handler`]: the handler type, and a call that turns its panic into a 500.
//! - [`client`]: a small blocking client, `get(addr, path)`.
//! - [`kept_alive`]: a client that keeps its connection, request after request.
//! - [`load`]: a closed-loop load generator with latency percentiles.
//! - [`stop`]: a stop signal that wakes a blocked `accept`, wired to Ctrl-C.

pub mod bind;
pub mod client;
pub mod close;
pub mod handler;
pub mod incoming;
pub mod kept_alive;
pub mod load;
pub mod request;
pub mod response;
pub mod send;
pub mod stop;
pub mod validate;

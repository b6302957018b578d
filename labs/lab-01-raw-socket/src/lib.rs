//! A web server is a loop: accept a connection, read the request, write a response, close.
//!
//! This lab builds that loop on a bare `TcpListener`, once carefully and once the way
//! the lecture first wrote it, and a raw client to look at the bytes on the wire.
//!
//! # Layout
//! - [`page`]: the HTML page every path returns (a big red heading).
//! - [`events`]: what the server is doing, step by step, for the runner to print.
//! - [`accept_loop`]: the loop itself: accept one client, serve it, repeat. One client at a time.
//! - [`careful`]: serving one connection correctly: bounded read, full response, polite close.
//! - [`checks`]: the outcome checks, against real sockets: the lab's tests and the
//!   exercise's grading both call them.
//! - [`naive`]: the lecture's first version, wrong on purpose: one 1024-byte read, bare response.
//! - [`raw_client`]: connect, send raw text, print everything that comes back.
//!
//! | server    | reads                     | response headers                  | closes with            |
//! |-----------|---------------------------|-----------------------------------|------------------------|
//! | `careful` | the whole head (≤ 8 KiB)  | `Content-Length`, `Connection: close` | FIN, after a drain |
//! | `naive`   | once, at most 1024 bytes  | none                              | RST if bytes are left unread |

pub mod accept_loop;
pub mod careful;
pub mod checks;
pub mod events;
pub mod naive;
pub mod page;
pub mod raw_client;

pub use accept_loop::{ServeOptions, Summary, serve};

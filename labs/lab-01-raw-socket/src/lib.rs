//! A web server is a loop: accept a connection, read the request, write a response, close.
//!
//! This lab builds that loop on a bare `TcpListener`, once carefully and once the way
//! the lecture first wrote it, and a raw client to look at the bytes on the wire.
//!
//! # Read it in this order
//! 1. [`accept_loop`]: the loop itself: accept one client, serve it, repeat. One client at a time.
//! 2. [`careful`]: serving one connection correctly: bounded read, full response, polite close.
//! 3. [`naive`]: the lecture's first version, wrong on purpose: one 1024-byte read, bare response.
//! 4. [`page`]: the HTML page every path returns (a big red heading).
//! 5. [`raw_client`]: connect, send raw text, print everything that comes back.
//!
//! Then [`events`] (what the server is doing, step by step, for the runner to print) and
//! [`checks`]: the outcome checks, against real sockets, which the lab's tests and the
//! exercise's grading both call.
//!
//! | server    | reads                     | response headers                  | closes with            |
//! |-----------|---------------------------|-----------------------------------|------------------------|
//! | `careful` | the whole head (≤ 8 KiB)  | `Content-Length`, `Connection: close` | FIN, after a drain |
//! | `naive`   | once, at most 1024 bytes  | none                              | RST if bytes are left unread |

// The lesson, in reading order (a blank line keeps rustfmt from sorting it).
pub mod accept_loop;

pub mod careful;

pub mod naive;

pub mod page;

pub mod raw_client;

pub mod events;

pub mod checks;

pub use accept_loop::{ServeOptions, Summary, serve};

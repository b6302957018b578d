//! One thread, many connections: the third way to serve many clients.
//!
//! Processes and threads give each client its own flow of control, and pay for it in
//! memory and switches. An event loop asks the OS which sockets are ready (`epoll` on
//! Linux, `kqueue` on macOS, via mio) and moves each connection's state machine one step.
//! One thread can hold ten thousand idle connections; but one handler that blocks
//! freezes them all.
//!
//! # Layout
//! - [`server`]: the loop: `poll`, accept, read, route, write, timers, shutdown.
//! - [`conn`]: one connection's state machine (reading, sleeping, working, writing,
//!   draining) and its non-blocking read and write steps.
//! - [`naive_steps`]: wrong on purpose: one read and one write per readiness event.
//! - [`checks`]: the outcome checks for those steps: the lab's tests and the exercise's
//!   grading both call them.
//! - [`timers`]: deadlines the loop acts on (408, `/sleep`, drains).
//! - [`connections_sweep`]: memory and threads as idle connections double.
//! - [`keep_alive_demo`]: persistent clients: the pool of 16 serves 16, the loop serves all.
//! - [`offload`]: the fix for blocking handlers: a small pool that wakes the loop.
//! - [`loops`]: every core, nginx's way: N loops, each with its own listener on one port.
//! - [`blocking`]: the `serve` demo's handler: `/block?ms=N` blocks its thread.
//! - [`c10k_rows`]: a row of the c10k table: which server, and what it cost.
//! - [`idle_clients`]: thousands of idle clients in one process: the fd limit, fast connects.
//! - [`c10k`]: the demo: hold N idle connections, then serve load through them; its verdict.
//!
//! | model                  | threads for N idle connections | memory per idle connection | a blocking handler |
//! |------------------------|-------------------------------|----------------------------|--------------------|
//! | thread per connection  | N                             | a thread's stack (resident pages) | blocks its client |
//! | event loop             | 1                             | a small struct             | blocks everyone    |
//! | event loop + offload   | 1 + pool                      | a small struct             | blocks one worker  |

pub mod blocking;
pub mod c10k;
pub mod c10k_rows;
pub mod checks;
pub mod conn;
pub mod connections_sweep;
pub mod idle_clients;
pub mod keep_alive_demo;
pub mod loops;
pub mod naive_steps;
pub mod offload;
pub mod server;
pub mod timers;

//! One thread, many connections: the third way to serve many clients.
//!
//! Processes and threads give each client its own flow of control, and pay for it in
//! memory and switches. An event loop asks the OS which sockets are ready (`epoll` on
//! Linux, `kqueue` on macOS, via mio) and moves each connection's state machine one step.
//! One thread can hold ten thousand idle connections; but one handler that blocks
//! freezes them all.
//!
//! # Read it in this order
//! 1. [`conn`]: one connection's state machine (reading, sleeping, working, writing,
//!    draining) and its non-blocking read and write steps.
//! 2. [`naive_steps`]: wrong on purpose: one read and one write per readiness event.
//! 3. [`timers`]: deadlines the loop acts on (408, `/sleep`, drains).
//! 4. [`server`]: the loop: `poll`, accept, read, route, write, timers, shutdown.
//!    Keep-alive's bookkeeping is in files of its own (`conn/kept_alive.rs`,
//!    `server/keep_alive.rs`): skip them on a first reading.
//! 5. [`blocking`]: the `serve` demo's handler: `/block?ms=N` blocks its thread.
//! 6. [`offload`]: the fix for blocking handlers: a small pool that wakes the loop.
//! 7. [`loops`]: every core, nginx's way: N loops, each with its own listener on one port.
//!
//! Then [`checks`]: the outcome checks for the read and write steps, which the lab's
//! tests and the exercise's grading both call.
//!
//! # How the runner measures it
//! [`demo`]: thousands of idle clients, the c10k rows and demo, persistent clients
//! against lab-02's pool, and the sweep of idle connections.
//!
//! | model                  | threads for N idle connections | memory per idle connection | a blocking handler |
//! |------------------------|-------------------------------|----------------------------|--------------------|
//! | thread per connection  | N                             | a thread's stack (resident pages) | blocks its client |
//! | event loop             | 1                             | a small struct             | blocks everyone    |
//! | event loop + offload   | 1 + pool                      | a small struct             | blocks one worker  |

// The lesson, in reading order (a blank line keeps rustfmt from sorting it).
pub mod conn;

pub mod naive_steps;

pub mod timers;

pub mod server;

pub mod blocking;

pub mod offload;

pub mod loops;

pub mod checks;

// How the runner measures it.
pub mod demo;

//! The event loop written for you: lab-07's server again, as `async fn`s on tokio.
//!
//! lab-07 wrote the loop by hand: `poll`, a state machine per connection, timers. tokio
//! is that loop, written once: each `.await` is a state, a `Waker` is the readiness
//! event, and `tokio::spawn` is "add a connection". What tokio cannot do for you is the
//! rule lab-07 taught: **a task must never block the thread it runs on**.
//!
//! # Layout
//! The lesson, in reading order:
//! - [`conn`]: one connection as one `async fn`: read a head, answer, write, again.
//! - [`head`]: read one request head from a socket, bounded, by a deadline.
//! - [`routes`]: `/`, `/sleep?ms=N` (a timer) and `/block?ms=N` (blocking, on purpose).
//! - [`blocking`]: the trap and its fix: a blocking call in a task, or in `spawn_blocking`.
//! - [`server`]: the accept loop: one task per connection, at most N at once (a `Semaphore`).
//! - [`shutdown`]: stop accepting, let work in flight finish within a grace time, then go.
//! - [`tasks`]: lab-04's 30,000 URL tasks as tasks: all at once, or N at a time.
//! - [`cancel`]: a timeout is a dropped future; what a dropped read loses.
//! - [`locks`]: std's `Mutex` across an `.await` does not compile; when tokio's is right.
//! - [`reactor`]: what the runtime's driver is: mio's `Poll`, turning readiness into
//!   `Waker::wake` (challenge `08-executor` writes the executor on it).
//! - [`checks`]: the outcome checks the lab's tests and the exercises' grading both call.
//!
//! How the runner measures it: [`demo`] (a server on a runtime of its own thread, the
//! freeze, the Semaphore against lab-02's pool, the tasks, idle connections).
//!
//! | lab-07 (by hand)                 | lab-08 (tokio)                                   |
//! |----------------------------------|--------------------------------------------------|
//! | `poll` in a loop                 | the runtime's driver, inside `block_on`          |
//! | a `Conn` state enum              | the `async fn`'s own state: one per `.await`     |
//! | a timer in `Timers`              | `tokio::time::sleep(d).await`                    |
//! | the offload pool + `Waker`       | `tokio::task::spawn_blocking(f).await`           |
//! | `HashMap<Token, Conn>`           | `tokio::spawn` per connection                    |
//! | one thread                       | `current_thread`, or one loop per core (`multi_thread`) |

// The lesson, in reading order. One module to a group: rustfmt sorts a group
// alphabetically, and the order here is the syllabus.
pub mod conn;

pub mod head;

pub mod routes;

pub mod blocking;

pub mod server;

pub mod shutdown;

pub mod tasks;

pub mod cancel;

pub mod locks;

pub mod reactor;

// What grades it, and what measures it.
pub mod checks;

pub mod demo;

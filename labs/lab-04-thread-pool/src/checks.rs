//! The lab's outcome checks, generic over any pool that implements [`Executor`].
//!
//! One check, two callers: the lab's tests run them on [`crate::pool::ThreadPool`] and
//! [`crate::stealing::StealingPool`], and the exercise
//! (`labs/lab-04-thread-pool/exercise`) runs them on a student's pool. Each check
//! panics with a sentence in the student's words when the expectation fails, and gives
//! up after [`TIME_LIMIT`] instead of hanging.
//!
//! By what they prove: `checks/pool.rs` (never more than W at once, all W in parallel,
//! every task once, drop waits, a panic costs no worker), `checks/submit.rs` (a value or
//! a panic comes back from a pool worker) and `checks/backpressure.rs` (submitters wait
//! while a bounded queue is full). This file holds what they share.

use crate::executor::Executor;
use labkit::testkit::dropped_within;
use std::time::Duration;

/// Starts a pool of N workers: `ThreadPool::new`, or a student's.
pub type NewPool<P> = fn(usize) -> std::io::Result<P>;

/// How long a check may take before it fails as a hang.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

/// Workers in the checks' pools.
pub const W: usize = 4;

/// How long tasks that wait for each other (or for a gate) wait: well inside
/// [`TIME_LIMIT`], so a check's own sentence is the one a student reads.
pub const PATIENCE: Duration = Duration::from_secs(3);

/// How long dropping a pool may take: a Drop that joins before it closes the queue
/// waits for ever, and fails with its own sentence after this.
pub const DROP_LIMIT: Duration = Duration::from_secs(5);

/// A task still in flight keeps working this long after its gate opens, so a Drop that
/// does not join returns while it runs.
const STILL_WORKING: Duration = Duration::from_millis(200);

const HANG: &str = "does a worker never exit, or does Drop wait for a job that never comes?";

fn start<P: Executor>(new: NewPool<P>, workers: usize) -> P {
    new(workers).unwrap_or_else(|e| panic!("could not start a pool of {workers}: {e}"))
}

/// Drop the pool; a drop that never returns fails with a sentence that says why.
fn drop_pool<P: Send + 'static>(pool: P) {
    assert!(
        dropped_within(pool, DROP_LIMIT),
        "dropping the pool did not return within {} s: Drop must close the queue (drop the \
         Sender) before it joins, or the workers wait for more jobs for ever",
        DROP_LIMIT.as_secs()
    );
}

mod backpressure;
mod pool;
mod submit;
pub use backpressure::*;
pub use pool::*;
pub use submit::*;

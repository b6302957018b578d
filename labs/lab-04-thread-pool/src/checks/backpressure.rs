//! A bounded queue: submitters wait while it is full.

use super::{HANG, PATIENCE, TIME_LIMIT, drop_pool};
use crate::executor::{Executor, PoolClosed};
use labkit::testkit::{Gate, within};
use std::sync::Arc;
use std::time::Duration;

/// Starts a pool of W workers with room for Q queued jobs: a challenge's constructor.
pub type NewBoundedPool<P> = fn(usize, usize) -> std::io::Result<P>;

/// What `execute` gave back, once it returned.
type Executed = Result<(), PoolClosed>;

/// Run `execute` on a thread of its own; its result once it returns, if it does
/// within `wait` (and the channel its result arrives on, if it does not yet).
fn returns_within(
    execute: impl FnOnce() -> Executed + Send + 'static,
    wait: Duration,
) -> (std::sync::mpsc::Receiver<Executed>, Option<Executed>) {
    let (done, returned) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = done.send(execute());
    });
    let got = returned.recv_timeout(wait).ok();
    (returned, got)
}

/// Backpressure: with 2 workers busy and 2 jobs queued, `execute` waits for room (it
/// neither refuses nor queues without end), and goes on as soon as room is made.
pub fn submitters_wait_while_the_queue_is_full<P: Executor + Send + Sync + 'static>(
    new: NewBoundedPool<P>,
) {
    within(TIME_LIMIT, HANG, move || {
        let (workers, queue) = (2, 2);
        let pool =
            Arc::new(new(workers, queue).unwrap_or_else(|e| {
                panic!("could not start a pool of {workers} and {queue}: {e}")
            }));
        let gate = Gate::new();
        fill_workers_and_queue(&pool, &gate, workers, queue);
        let (one_more, at_once) = {
            let (pool, gate) = (Arc::clone(&pool), gate.clone());
            returns_within(
                move || {
                    pool.execute(move || {
                        gate.wait_for(PATIENCE);
                    })
                },
                Duration::from_millis(300),
            )
        };
        match at_once {
            Some(Err(_)) => panic!(
                "with {workers} workers busy and {queue} jobs queued, execute refused the next \
                 job: it must wait, not refuse, until a worker takes a job and makes room"
            ),
            Some(Ok(())) => panic!(
                "with {workers} workers busy and {queue} jobs queued, execute took the next job \
                 at once: it must wait for room (backpressure), or a fast submitter fills \
                 memory with a queue that never ends"
            ),
            None => {}
        }
        gate.open();
        let later = one_more.recv_timeout(PATIENCE);
        assert!(
            later == Ok(Ok(())),
            "after the workers made room, a waiting execute never went on: wake the waiting \
             submitter when a job leaves the queue"
        );
        if let Ok(pool) = Arc::try_unwrap(pool) {
            drop_pool(pool);
        }
    });
}

/// Give `pool` a job for each of its `workers` and for each of its `queue`'s places, each
/// held at `gate`: all must be taken without waiting, or refusing.
fn fill_workers_and_queue<P: Executor + Send + Sync + 'static>(
    pool: &Arc<P>,
    gate: &Gate,
    workers: usize,
    queue: usize,
) {
    let fill = (Arc::clone(pool), gate.clone());
    let (_, filled) = returns_within(
        move || {
            for _ in 0..workers + queue {
                let gate = fill.1.clone();
                fill.0.execute(move || {
                    gate.wait_for(PATIENCE);
                })?;
            }
            Ok(())
        },
        Duration::from_secs(1),
    );
    match filled {
        Some(Ok(())) => {}
        Some(Err(_)) => panic!(
            "execute refused a job before the queue was full: it must wait, not refuse, \
             and only a full queue makes a submitter wait"
        ),
        None => panic!(
            "with {workers} workers busy, execute waited before the queue held {queue} \
             jobs: the queue has room for {queue}, and only a full one makes a submitter wait"
        ),
    }
}

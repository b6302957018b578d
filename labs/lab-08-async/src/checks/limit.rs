//! Checks for "N at a time" (exercise `08-limit`), on tokio's paused clock: a job's
//! sleep takes exactly its length in virtual time, so elapsed times are exact and no
//! check depends on the machine's speed.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Duration;
use tokio::time::Instant;

/// One job: a boxed future that yields its own index.
pub type Job = Pin<Box<dyn Future<Output = usize> + Send>>;

/// Jobs that sleep `lengths[i]` ms each and count how many run at once.
struct Jobs {
    running: Arc<AtomicUsize>,
    most: Arc<AtomicUsize>,
}

impl Jobs {
    fn new() -> Self {
        Self {
            running: Arc::default(),
            most: Arc::default(),
        }
    }

    fn build(&self, lengths: &[u64]) -> Vec<Job> {
        let job = |(index, &ms): (usize, &u64)| -> Job {
            let (running, most) = (self.running.clone(), self.most.clone());
            Box::pin(async move {
                let now = running.fetch_add(1, Relaxed) + 1;
                most.fetch_max(now, Relaxed);
                tokio::time::sleep(Duration::from_millis(ms)).await;
                running.fetch_sub(1, Relaxed);
                index
            })
        };
        lengths.iter().enumerate().map(job).collect()
    }
}

/// Run `subject(limit, jobs)` on a paused clock: its outputs, the virtual time it
/// took, and the most jobs that ran at once.
fn run<F, Fut>(subject: &F, limit: usize, lengths: &[u64]) -> (Vec<usize>, Duration, usize)
where
    F: Fn(usize, Vec<Job>) -> Fut,
    Fut: Future<Output = Vec<usize>>,
{
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .expect("a current-thread runtime builds");
    let jobs = Jobs::new();
    let built = jobs.build(lengths);
    let (outputs, took) = runtime.block_on(async {
        let start = Instant::now();
        let outputs = subject(limit, built).await;
        (outputs, start.elapsed())
    });
    (outputs, took, jobs.most.load(Relaxed))
}

/// The time `limit` places take when each next job starts the moment a place frees.
pub fn makespan_ms(limit: usize, lengths: &[u64]) -> u64 {
    let mut ends = BinaryHeap::new();
    let mut last = 0;
    for &ms in lengths {
        let start = if ends.len() < limit {
            0
        } else {
            ends.pop().map(|Reverse(end)| end).unwrap_or(0)
        };
        ends.push(Reverse(start + ms));
        last = last.max(start + ms);
    }
    last
}

/// Every tenth job is long (100 ms), the rest short (10 ms): batches of ten would wait
/// for each long one, a place taken the moment it frees would not.
fn uneven(n: usize) -> Vec<u64> {
    (0..n).map(|i| if i % 10 == 0 { 100 } else { 10 }).collect()
}

/// At most `limit` jobs ever run at once (50 jobs, a limit of 10).
pub fn never_more_than_the_limit_at_once<F, Fut>(subject: F)
where
    F: Fn(usize, Vec<Job>) -> Fut,
    Fut: Future<Output = Vec<usize>>,
{
    let (_, _, most) = run(&subject, 10, &uneven(50));
    assert!(
        most <= 10,
        "{most} jobs ran at once with a limit of 10: a job may start only while it holds one of the 10 places"
    );
}

/// A freed place is taken at once: the jobs take the time of 10 places always busy,
/// not of one at a time, nor of batches that wait for their slowest job.
pub fn keeps_all_places_busy<F, Fut>(subject: F)
where
    F: Fn(usize, Vec<Job>) -> Fut,
    Fut: Future<Output = Vec<usize>>,
{
    let lengths = uneven(50);
    let (_, took, most) = run(&subject, 10, &lengths);
    let best = makespan_ms(10, &lengths);
    let took = took.as_millis() as u64;
    assert!(
        most >= 10,
        "at most {most} jobs ran at once with 10 places: start the next job the moment a place is free, not after the one before it ends"
    );
    assert!(
        took <= best + best / 20,
        "50 jobs took {took} ms where 10 places always busy take {best} ms: a job waited while a place was free (do batches wait for their slowest job?)"
    );
}

/// Outputs come back in the jobs' order, though later jobs finish first.
pub fn outputs_in_the_jobs_order<F, Fut>(subject: F)
where
    F: Fn(usize, Vec<Job>) -> Fut,
    Fut: Future<Output = Vec<usize>>,
{
    let lengths: Vec<u64> = (0..30).map(|i| 5 * (30 - i)).collect();
    let (outputs, _, _) = run(&subject, 10, &lengths);
    let expected: Vec<usize> = (0..30).collect();
    assert!(
        outputs == expected,
        "outputs came back as {outputs:?}: give job i's output at place i, whatever order they finish in"
    );
}

#[cfg(test)]
mod tests {
    use super::makespan_ms;

    #[test]
    fn makespan_of_even_jobs_is_rounds_times_length() {
        assert_eq!(makespan_ms(10, &[10; 100]), 100);
        assert_eq!(makespan_ms(1, &[10; 5]), 50);
        assert_eq!(makespan_ms(3, &[30, 10, 10, 10, 10]), 30);
    }
}

//! The tokio strategies of the tasks section: the tasks, counted, on a fresh runtime.

use super::{PLACES, TaskRun, TaskStrategy};
use labkit::probe::{ThreadSampler, peak_rss_kib, reset_peak_rss};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};
use thread_pool::demo::work::Work;

/// What the tokio tasks count together: how many run, the most at once, how many
/// ended and failed, and the time they spent waiting.
#[derive(Default)]
struct Counters {
    running: AtomicUsize,
    most: AtomicUsize,
    done: AtomicUsize,
    failed: AtomicU64,
    // Each task's real wait, summed: a timer rounds up to its next tick, and the bound
    // must use the waits the tasks really had, not the 1 ms they asked for.
    waited_ns: AtomicU64,
}

impl Counters {
    /// One task: its work, counted.
    async fn job(self: Arc<Self>, work: Work, id: usize) {
        self.most
            .fetch_max(self.running.fetch_add(1, Relaxed) + 1, Relaxed);
        let start = Instant::now();
        let ok = match work {
            Work::Noop => true,
            Work::Sleep(d) => {
                tokio::time::sleep(d).await;
                true
            }
            Work::Cpu(rounds) => {
                // On a runtime thread, on purpose: CPU work blocks it as /block does.
                std::hint::black_box(thread_pool::demo::work::hash_rounds(id as u64, rounds));
                true
            }
            // Boxed: a future is as large as its largest state, and this one (a socket,
            // a request, an answer) would make every sleeping task that large too.
            Work::Http { addr, ms } => Box::pin(get_sleep(addr, ms, id)).await.is_ok(),
        };
        if work.latency().is_some() {
            self.waited_ns
                .fetch_add(start.elapsed().as_nanos() as u64, Relaxed);
        }
        self.failed.fetch_add(u64::from(!ok), Relaxed);
        self.running.fetch_sub(1, Relaxed);
        self.done.fetch_add(1, Relaxed);
    }
}

/// GET `/sleep?ms=N` from lab-02's server, on a connection of its own; Ok for a 200.
async fn get_sleep(addr: std::net::SocketAddr, ms: u64, id: usize) -> std::io::Result<()> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await?;
    let head = format!(
        "GET /sleep?ms={ms}&task={id} HTTP/1.1\r\nHost: lab-08\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await?;
    match netkit::client::parse_response(&answer)?.status {
        200 => Ok(()),
        status => Err(std::io::Error::other(format!("status {status}"))),
    }
}

pub(super) fn on_tokio(
    strategy: TaskStrategy,
    tasks: usize,
    work: Work,
) -> std::io::Result<TaskRun> {
    // One thread, like lab-07's loop. On a multi-thread runtime each freed place woke the
    // spawning thread and each new task a worker, across threads: about 0.2 ms a round,
    // 92% of Little's bound where one thread keeps 98%.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let counters = Arc::new(Counters::default());
    let shared = counters.clone();
    let jobs = (0..tasks).map(move |id| shared.clone().job(work.clone(), id));
    let fresh_peak = reset_peak_rss();
    let sampler = ThreadSampler::start(Duration::from_millis(1));
    let start = Instant::now();
    runtime.block_on(async {
        match strategy {
            TaskStrategy::SpawnAll => drop(crate::tasks::all_at_once(jobs).await),
            _ => drop(crate::tasks::at_most(PLACES, jobs).await),
        }
    });
    let wall = start.elapsed();
    let waited_ms = counters.waited_ns.load(Relaxed) as f64 / 1e6;
    let bounded = strategy == TaskStrategy::TenAtATime && waited_ms > 0.0;
    Ok(TaskRun {
        strategy,
        tasks,
        completed: counters.done.load(Relaxed),
        failed: counters.failed.load(Relaxed),
        max_running: counters.most.load(Relaxed),
        wall_ms: labkit::timing::millis(wall),
        bound_ms: bounded.then(|| waited_ms / PLACES as f64),
        peak_threads: sampler.finish(),
        peak_rss_kib: if fresh_peak { peak_rss_kib() } else { None },
    })
}

//! What a task does: a simulated download, some hashing, or a real HTTP GET.

use std::hash::{BuildHasher, Hasher};
use std::net::SocketAddr;
use std::time::Duration;

/// One task's work.
#[derive(Debug, Clone)]
pub enum Work {
    /// Nothing: measures the strategy's own overhead.
    Noop,
    /// Sleep this long: a download that waits on the network.
    Sleep(Duration),
    /// Hash this many integers: work that needs a CPU.
    Cpu(u64),
    /// GET `/sleep?ms=N` from a server at this address: a real download.
    Http {
        /// The server (lab-02's, in-process).
        addr: SocketAddr,
        /// Milliseconds the server waits before answering.
        ms: u64,
    },
}

/// Hash rounds per `--work cpu` task: about a millisecond on a laptop in release.
pub const CPU_ROUNDS: u64 = 200_000;

impl Work {
    /// Do the work for task `id`. An HTTP failure is returned, not panicked.
    pub fn run(&self, id: usize) -> Result<u64, String> {
        match self {
            Self::Noop => Ok(id as u64),
            Self::Sleep(d) => {
                std::thread::sleep(*d);
                Ok(id as u64)
            }
            Self::Cpu(rounds) => Ok(hash_rounds(id as u64, *rounds)),
            Self::Http { addr, ms } => {
                let response = netkit::client::get(*addr, &format!("/sleep?ms={ms}&task={id}"))
                    .map_err(|e| e.to_string())?;
                if response.status == 200 {
                    Ok(response.body.len() as u64)
                } else {
                    Err(format!("status {}", response.status))
                }
            }
        }
    }

    /// The time one task waits or works, for the Little's-law bound (`None` for CPU work and no-ops).
    pub fn latency(&self) -> Option<Duration> {
        match self {
            Self::Sleep(d) => Some(*d),
            Self::Http { ms, .. } => Some(Duration::from_millis(*ms)),
            Self::Noop | Self::Cpu(_) => None,
        }
    }
}

/// `rounds` rounds of SipHash over a counter: CPU work the optimiser cannot skip.
pub fn hash_rounds(seed: u64, rounds: u64) -> u64 {
    let state = std::collections::hash_map::RandomState::new();
    let mut acc = seed;
    for i in 0..rounds {
        let mut h = state.build_hasher();
        h.write_u64(acc ^ i);
        acc = h.finish();
    }
    acc
}

/// How long `thread::sleep(d)` really takes here (median of `samples`): the OS rounds
/// sleeps up, so the honest Little's-law bound uses this, not the requested time.
pub fn measured_sleep(d: Duration, samples: usize) -> Duration {
    let mut times: Vec<Duration> = (0..samples.max(1))
        .map(|_| {
            let start = std::time::Instant::now();
            std::thread::sleep(d);
            start.elapsed()
        })
        .collect();
    times.sort_unstable();
    times[times.len() / 2]
}

/// What `--work` asks for; [`WorkKind::build`] makes the [`Work`] (and the server it needs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum WorkKind {
    /// Nothing: the strategy's own cost.
    Noop,
    /// A sleep: a simulated download.
    Sleep,
    /// Hashing: work that needs a CPU.
    Cpu,
    /// A real GET from lab-02's server, started in this process.
    Http,
}

impl WorkKind {
    /// The work, with `ms` for sleeps and the server's wait, and the lab-02 server it
    /// fetches from (http only; keep it alive for the whole run). A pool of `workers`
    /// clients gets a server pool of at least as many (16 to 256).
    pub fn build(
        self,
        ms: u64,
        workers: usize,
    ) -> std::io::Result<(Work, Option<threaded_server::server::ServerHandle>)> {
        Ok(match self {
            Self::Noop => (Work::Noop, None),
            Self::Sleep => (Work::Sleep(Duration::from_millis(ms)), None),
            Self::Cpu => (Work::Cpu(CPU_ROUNDS), None),
            Self::Http => {
                let listener =
                    netkit::bind::bind("127.0.0.1:0".parse().expect("a literal address"))
                        .map_err(|e| std::io::Error::other(e.to_string()))?;
                let model = threaded_server::Model::Pool {
                    workers: workers.clamp(16, 256),
                    queue: 4096,
                };
                let server = threaded_server::server::serve(
                    listener,
                    model,
                    threaded_server::routes::demo_handler(Duration::ZERO),
                    Duration::from_secs(5),
                )?;
                let work = Work::Http {
                    addr: server.addr(),
                    ms,
                };
                (work, Some(server))
            }
        })
    }

    /// How a report names the work: `1 ms sleeps`.
    pub fn label(self, ms: u64) -> String {
        match self {
            Self::Noop => "no-op tasks".to_string(),
            Self::Sleep => format!("{ms} ms sleeps"),
            Self::Cpu => format!("{CPU_ROUNDS} hash rounds"),
            Self::Http => format!("HTTP GETs of /sleep?ms={ms}"),
        }
    }
}

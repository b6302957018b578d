//! What a thread costs next to a process: time to start and finish, and memory.

use labkit::verdict::Verdict;
use serde::Serialize;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The hidden subcommand that does nothing: the cheapest process our program can be.
pub const NOOP_COMMAND: &str = "noop-child";

/// The measured costs.
#[derive(Debug, Clone, Serialize)]
pub struct Cost {
    /// Median microseconds to spawn and join a thread that does nothing.
    pub thread_spawn_us: f64,
    /// Median microseconds to spawn and wait for a child process that does nothing.
    pub process_spawn_us: f64,
    /// Resident memory a parked thread adds, KiB (`None` where the OS will not say).
    pub thread_rss_kib: Option<f64>,
    /// Resident memory of a parked child process, KiB.
    pub process_rss_kib: Option<u64>,
    /// Threads started for the memory figure.
    pub threads_parked: usize,
}

impl Cost {
    /// A process took longer than a thread to start and finish (and how many times).
    pub fn verdict(&self) -> Verdict {
        let ratio = self.process_spawn_us / self.thread_spawn_us;
        Verdict {
            ok: ratio > 1.0,
            text: format!("a process took {ratio:.0}x as long as a thread to start and finish"),
            figure: Some(ratio),
            threshold: Some(1.0),
        }
    }
}

/// Median of `samples` timings of `f`, in microseconds.
pub fn median_us(samples: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<Duration> = (0..samples.max(1))
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort_unstable();
    times[times.len() / 2].as_secs_f64() * 1e6
}

/// Resident memory each of `count` parked threads adds.
pub fn thread_rss_kib(count: usize) -> Option<f64> {
    let before = labkit::probe::rss_kib()?;
    let (park, parked) = (
        std::sync::Barrier::new(count + 1),
        std::sync::Barrier::new(count + 1),
    );
    std::thread::scope(|scope| {
        for _ in 0..count {
            scope.spawn(|| {
                parked.wait();
                park.wait();
            });
        }
        parked.wait(); // every thread is running and parked
        let during = labkit::probe::rss_kib();
        park.wait();
        during.map(|d| d.saturating_sub(before) as f64 / count as f64)
    })
}

/// Resident memory of a child process of `exe` parked on its stdin.
pub fn process_rss_kib(exe: &Path) -> Option<u64> {
    let mut child = Command::new(exe)
        .arg(NOOP_COMMAND)
        .arg("--wait")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    // The child prints one line once it is up, then waits for stdin to close.
    let mut ready = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take()?),
        &mut ready,
    )
    .ok()?;
    let status = std::fs::read_to_string(format!("/proc/{}/status", child.id())).ok();
    drop(child.stdin.take());
    let _ = child.wait();
    status?.lines().find_map(|l| {
        l.strip_prefix("VmRSS:")?
            .split_whitespace()
            .next()?
            .parse()
            .ok()
    })
}

/// Measure everything: `samples` spawns of each kind, `threads` parked threads.
pub fn measure(exe: &Path, samples: usize, threads: usize) -> Cost {
    let thread_spawn_us = median_us(samples, || {
        std::thread::spawn(|| ())
            .join()
            .expect("an empty thread does not panic")
    });
    let process_spawn_us = median_us(samples, || {
        let _ = Command::new(exe)
            .arg(NOOP_COMMAND)
            .stdout(Stdio::null())
            .status();
    });
    Cost {
        thread_spawn_us,
        process_spawn_us,
        thread_rss_kib: thread_rss_kib(threads),
        process_rss_kib: process_rss_kib(exe),
        threads_parked: threads,
    }
}

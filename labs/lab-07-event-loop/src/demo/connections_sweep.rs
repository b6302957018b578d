//! The connections sweep: memory and threads as idle connections double, for the event
//! loop and for a thread per connection, each point under a short load.

use crate::demo::c10k::{C10kConfig, ModelRow, event_loop_row, fit_connections, threaded_row};
use labkit::verdict::Verdict;
use serde::Serialize;
use std::io;
use std::time::Duration;
use threaded_server::Model;

/// The smallest point.
pub const FIRST_POINT: usize = 250;

/// One connection count, both servers.
#[derive(Debug, Clone, Serialize)]
pub struct SweepPoint {
    /// Idle connections held.
    pub connections: usize,
    /// The event loop holding them.
    pub event_loop: ModelRow,
    /// A thread per connection holding them.
    pub threads: ModelRow,
}

/// 250, 500, 1,000, ... doubling up to `max` (the last point is `max` itself), as far as
/// the open-file limit allows; and, if it was lowered, the sentence that says why.
pub fn connection_counts(max: usize, clients: usize) -> (Vec<usize>, Option<String>) {
    let (top, lowered) = fit_connections(max.max(1), clients);
    let mut counts: Vec<usize> = std::iter::successors(Some(FIRST_POINT), |&n| Some(n * 2))
        .take_while(|&n| n < top)
        .collect();
    counts.push(top);
    (counts, lowered)
}

/// Hold each count of idle connections against both servers, with `clients` active
/// clients for `duration` at each point; `on_point(done, total)` after each.
pub fn sweep(
    counts: &[usize],
    clients: usize,
    duration: Duration,
    on_point: &mut dyn FnMut(usize, usize),
) -> io::Result<Vec<SweepPoint>> {
    counts
        .iter()
        .enumerate()
        .map(|(done, &connections)| {
            let config = C10kConfig {
                connections,
                clients,
                duration,
            };
            let cap = (connections + clients + 64).min(30_000);
            let point = SweepPoint {
                connections,
                event_loop: event_loop_row(&config)?,
                threads: threaded_row(
                    &config,
                    Model::ThreadPerConnection { cap: Some(cap) },
                    connections,
                )?,
            };
            on_point(done + 1, counts.len());
            Ok(point)
        })
        .collect()
}

/// What `sweep --json` prints: every point, the slopes through them, and the verdict on
/// their ratio (none where a slope is missing).
#[derive(Debug, Clone, Serialize)]
pub struct Swept {
    /// One point per connection count.
    pub results: Vec<SweepPoint>,
    /// Memory per idle connection, the slope through every point.
    pub per_connection_kib: PerConnection,
    /// The verdict on the slopes' ratio, if both were measured.
    pub verdicts: Vec<Verdict>,
}

impl Swept {
    /// Judge `points`: fit both slopes, then compare them.
    pub fn judge(points: Vec<SweepPoint>) -> Self {
        let per_connection_kib = PerConnection::of(&points);
        Self {
            verdicts: per_connection_kib.verdict().into_iter().collect(),
            per_connection_kib,
            results: points,
        }
    }
}

/// Memory per idle connection, in KiB, for both servers: the slope of the sweep.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct PerConnection {
    /// The event loop: a slab entry, a buffer and a registration per connection.
    pub event_loop_kib: Option<f64>,
    /// A thread per connection: a stack and a kernel thread per connection.
    pub threads_kib: Option<f64>,
}

impl PerConnection {
    /// Both slopes over the sweep's points.
    pub fn of(points: &[SweepPoint]) -> Self {
        Self {
            event_loop_kib: kib_per_connection(points, |p| &p.event_loop),
            threads_kib: kib_per_connection(points, |p| &p.threads),
        }
    }

    /// The sweep's verdict: a thread per connection costs more memory per idle connection
    /// than the event loop; `None` where either slope is missing.
    pub fn verdict(&self) -> Option<Verdict> {
        let ratio = self.threads_over_loop()?;
        Some(Verdict::new(
            ratio > 1.0,
            format!(
                "an idle connection costs a thread per connection {}x the event loop's memory",
                labkit::report::format_figure(ratio)
            ),
        ))
    }

    /// How many times the event loop's memory a thread per connection costs, per connection.
    pub fn threads_over_loop(&self) -> Option<f64> {
        match (self.event_loop_kib, self.threads_kib) {
            (Some(event_loop), Some(threads)) if event_loop > 0.0 => Some(threads / event_loop),
            _ => None,
        }
    }
}

/// The least-squares slope of "KiB added" against "connections held" over every point
/// that measured memory; `None` with fewer than two.
///
/// Why a slope and not one point's figure: the event loop adds a few pages per point,
/// close to the allocator's granularity, so one point moves 2-4x between runs; the line
/// through every point weighs them all and holds from run to run.
pub fn kib_per_connection(
    points: &[SweepPoint],
    server: impl Fn(&SweepPoint) -> &ModelRow,
) -> Option<f64> {
    let xy: Vec<(f64, f64)> = points
        .iter()
        .filter_map(|p| Some((p.connections as f64, server(p).rss_kib? as f64)))
        .collect();
    if xy.len() < 2 {
        return None;
    }
    let n = xy.len() as f64;
    let mean_x = xy.iter().map(|(x, _)| x).sum::<f64>() / n;
    let mean_y = xy.iter().map(|(_, y)| y).sum::<f64>() / n;
    let spread: f64 = xy.iter().map(|(x, _)| (x - mean_x).powi(2)).sum();
    let together: f64 = xy.iter().map(|(x, y)| (x - mean_x) * (y - mean_y)).sum();
    (spread > 0.0).then(|| together / spread)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::c10k_rows::RowModel;

    fn row(connections: usize, rss_kib: Option<u64>) -> ModelRow {
        ModelRow {
            model: RowModel::EventLoop { threads: 1 },
            connections: connections as u64,
            threads: Some(1),
            rss_kib,
            requests_per_sec: 0.0,
            p99_ms: 0.0,
            errors: 0,
        }
    }

    fn point(connections: usize, event_loop_kib: u64, threads_kib: Option<u64>) -> SweepPoint {
        SweepPoint {
            connections,
            event_loop: row(connections, Some(event_loop_kib)),
            threads: row(connections, threads_kib),
        }
    }

    #[test]
    fn the_slope_goes_through_noisy_points_and_ignores_the_offset() {
        // 2 KiB per connection plus 300 KiB of start-up, with +-40 KiB of noise.
        let points = [
            point(250, 300 + 500 + 40, Some(250 * 16)),
            point(500, 300 + 1_000 - 40, Some(500 * 16)),
            point(1_000, 300 + 2_000 + 40, Some(1_000 * 16)),
            point(2_000, 300 + 4_000 - 40, Some(2_000 * 16)),
        ];
        let per = PerConnection::of(&points);
        let event_loop = per.event_loop_kib.unwrap();
        assert!((event_loop - 2.0).abs() < 0.1, "{event_loop}");
        assert_eq!(per.threads_kib, Some(16.0));
        let ratio = per.threads_over_loop().unwrap();
        assert!((ratio - 8.0).abs() < 0.5, "{ratio}");
    }

    #[test]
    fn no_slope_from_fewer_than_two_measured_points() {
        let points = [point(250, 100, None), point(500, 200, Some(4_000))];
        let per = PerConnection::of(&points);
        assert_eq!(per.threads_kib, None);
        assert_eq!(per.event_loop_kib, Some(100.0 / 250.0));
        assert_eq!(per.threads_over_loop(), None);
        assert_eq!(PerConnection::of(&points[..1]).event_loop_kib, None);
    }

    #[test]
    fn counts_double_from_250_and_end_at_the_maximum() {
        let (counts, _) = connection_counts(1_000, 4);
        assert_eq!(counts, [250, 500, 1_000]);
        let (counts, _) = connection_counts(1_500, 4);
        assert_eq!(counts, [250, 500, 1_000, 1_500]);
    }
}

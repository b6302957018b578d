//! The sweep: our pool at several sizes, throughput next to the Little's-law line.

use crate::demo::measure::measure;
use crate::demo::work::Work;
use crate::strategy::Strategy;
use labkit::verdict::Verdict;
use serde::Serialize;
use std::time::Duration;

/// One point of a sweep over pool sizes.
#[derive(Debug, Clone, Serialize)]
pub struct SweepPoint {
    /// Workers in the pool.
    pub workers: usize,
    /// Tasks per second measured.
    pub tasks_per_sec: f64,
    /// Little's-law limit: workers / latency (None for work without a wait).
    pub limit_per_sec: Option<f64>,
}

impl SweepPoint {
    /// Throughput as a percentage of the limit, where there is one.
    pub fn percent_of_limit(&self) -> Option<f64> {
        self.limit_per_sec.map(|l| 100.0 * self.tasks_per_sec / l)
    }
}

/// Pool sizes doubling from 1 to 256: a geometric sweep, far past the cores, because
/// waiting work keeps gaining from workers long after the CPUs are busy.
pub const DEFAULT_SIZES: [usize; 9] = [1, 2, 4, 8, 16, 32, 64, 128, 256];

/// Tasks for one point: as many as fit `budget` at Little's-law speed (workers / latency),
/// between 50 and `most`. Work without a wait runs `most`.
pub fn tasks_for(
    workers: usize,
    latency: Option<Duration>,
    budget: Duration,
    most: usize,
) -> usize {
    match latency {
        Some(wait) if !wait.is_zero() => {
            let fit = budget.as_secs_f64() / wait.as_secs_f64() * workers as f64;
            (fit as usize).clamp(50.min(most), most)
        }
        _ => most,
    }
}

/// Our pool at each of `sizes`, at most `tasks` tasks of `work` each, sized so each point
/// takes about `budget`; `latency` is one task's measured wait, when it has one.
pub fn sweep(
    sizes: &[usize],
    tasks: usize,
    budget: Duration,
    work: &Work,
    latency: Option<Duration>,
    progress: bool,
) -> std::io::Result<Vec<SweepPoint>> {
    sizes
        .iter()
        .map(|&workers| {
            let tasks = tasks_for(workers, latency, budget, tasks);
            let run = measure(Strategy::Pool, tasks, workers, work, latency, progress)?;
            Ok(SweepPoint {
                workers,
                tasks_per_sec: run.tasks_per_sec,
                limit_per_sec: latency.map(|l| workers as f64 / l.as_secs_f64()),
            })
        })
        .collect()
}

/// Share of the Little's-law limit a point must reach to count as "on the line".
pub const ON_THE_LINE: f64 = 0.85;

/// Waiting work: how far the throughput followed the Little's-law line. CPU work: where
/// it flattened.
pub fn sweep_verdict(points: &[SweepPoint], cpus: usize) -> Verdict {
    if points.iter().any(|p| p.limit_per_sec.is_some()) {
        // The largest pool up to which every size reached 85% of the line.
        let on_line = points
            .iter()
            .take_while(|p| {
                p.limit_per_sec
                    .is_some_and(|l| p.tasks_per_sec >= ON_THE_LINE * l)
            })
            .last();
        let text = match on_line {
            Some(p) => format!(
                "waiting work: throughput followed the Little's-law line (workers / latency) up to {} workers; past that, starting and switching threads on {cpus} cores costs more than the waits",
                p.workers
            ),
            None => "waiting work: even the smallest pool fell short of the Little's-law line"
                .to_string(),
        };
        Verdict {
            ok: on_line.is_some(),
            text,
            figure: on_line.map(|p| p.workers as f64),
            threshold: Some(ON_THE_LINE),
        }
    } else {
        let best = points
            .iter()
            .max_by(|a, b| a.tasks_per_sec.total_cmp(&b.tasks_per_sec))
            .map_or(0, |p| p.workers);
        Verdict::new(
            !points.is_empty(),
            format!(
                "no waiting in the tasks (CPU work, or a wait of 0): throughput is bounded by the cores ({cpus} here), not by Little's law; the best pool had {best} workers"
            ),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_takes_what_fits_its_budget_at_little_s_law_speed() {
        let ms = Duration::from_millis(1);
        let second = Duration::from_secs(1);
        assert_eq!(tasks_for(1, Some(ms), second, 2_000), 1_000);
        assert_eq!(tasks_for(256, Some(ms), second, 2_000), 2_000);
        assert_eq!(
            tasks_for(1, Some(Duration::from_secs(1)), second, 2_000),
            50
        );
        assert_eq!(tasks_for(4, None, second, 2_000), 2_000);
    }
}

//! `--mode STRATEGY`: one strategy, `--runs` times, as data: the runs and the verdict.

use crate::demo::harness::RunResult;
use labkit::verdict::{Verdict, Verdicts};
use serde::Serialize;

/// What the runs measured, and whether every one was exact (its `--json`).
#[derive(Debug, Clone, Serialize)]
pub struct RunsOutcome {
    /// One per run.
    pub results: Vec<RunResult>,
    /// No goals; the closing verdict: how many runs gave the exact total.
    #[serde(flatten)]
    pub verdicts: Verdicts,
}

impl RunsOutcome {
    /// Judge `results`, the runs of one strategy.
    pub fn judged(results: Vec<RunResult>) -> Self {
        Self {
            verdicts: Verdicts::closing_only(runs_verdict(&results)),
            results,
        }
    }
}

/// The verdict on `--mode` runs: how many gave the exact total.
pub fn runs_verdict(results: &[RunResult]) -> Verdict {
    let correct = results.iter().filter(|r| r.is_correct()).count();
    let expected = results.first().map_or(0, |r| r.expected);
    Verdict {
        ok: !results.is_empty() && correct == results.len(),
        text: format!(
            "{correct} of {} runs gave exactly {expected}",
            results.len()
        ),
        figure: Some(correct as f64),
        threshold: Some(results.len() as f64),
    }
}

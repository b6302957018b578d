//! The comparison judged: each model against 90% of its Little's-law limit, and the
//! closing verdict.

use super::ModelResult;
use crate::model::Model;
use labkit::report::or_missing;
use labkit::verdict::{Verdict, Verdicts};

/// Share of its Little's-law limit a model must reach.
pub const NEAR_THE_LIMIT: f64 = 90.0;

/// Each model with a limit: no errors and at least 90% of it (a model without a limit,
/// at 0 ms in the handler, gets no such verdict); and the closing verdict.
pub fn verdicts(results: &[ModelResult]) -> Verdicts {
    let expectations: Vec<Verdict> = results
        .iter()
        .filter_map(|r| {
            let text = format!(
                "{}: {} errors, {} of its limit",
                r.label,
                r.errors,
                or_missing(r.percent_of_limit, |p| format!("{p:.0}%"))
            );
            let errors = r.errors;
            Verdict::measured(text, r.percent_of_limit, NEAR_THE_LIMIT, |p, t| {
                p >= t && errors == 0
            })
        })
        .collect();
    let best = results
        .iter()
        .map(|r| r.requests_per_sec)
        .fold(0.0, f64::max);
    let sequential = results
        .iter()
        .find(|r| r.model == Model::Sequential)
        .map(|r| r.requests_per_sec)
        .filter(|&rps| rps > 0.0);
    let speedup = sequential.map(|s| best / s);
    let shown = or_missing(speedup, |x| format!("{x:.0}x"));
    let closing = if expectations.is_empty() {
        Verdict::new(
            results.iter().all(|r| r.errors == 0),
            format!(
                "no time in the handler, so no Little's-law limit to reach; every model answered without errors; the best served {shown} what one-at-a-time did"
            ),
        )
    } else {
        Verdict {
            ok: expectations.iter().all(|v| v.ok),
            text: format!(
                "every model reached 90% of its Little's-law limit or more; threads served {shown} what one-at-a-time did"
            ),
            figure: speedup,
            threshold: None,
        }
    };
    Verdicts {
        goals: expectations,
        closing,
    }
}

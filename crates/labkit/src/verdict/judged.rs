//! A run's `--json` document as a type: its figures, then its verdicts. A runner
//! serialises one of these, so the JSON a test reads is a struct's, not a literal's.

use super::{Verdict, one_in_a_list};
use serde::Serialize;

/// Rows of figures and the one verdict on them, as a runner prints them in `--json`:
/// `{"results": [...], "verdicts": [the verdict]}`.
#[derive(Debug, Clone, Serialize)]
pub struct Judged<R> {
    /// One row per thing measured.
    pub results: Vec<R>,
    /// What the rows showed (in JSON, a list of one).
    #[serde(rename = "verdicts", serialize_with = "one_in_a_list")]
    pub verdict: Verdict,
}

/// A document's figures (a struct's own fields, flattened) with its verdicts after them:
/// `{"field": ..., "verdicts": [...]}`.
#[derive(Debug, Clone, Serialize)]
pub struct WithVerdicts<'a, T> {
    /// The figures.
    #[serde(flatten)]
    pub figures: &'a T,
    /// The verdicts on them, the closing one last.
    pub verdicts: &'a [Verdict],
}

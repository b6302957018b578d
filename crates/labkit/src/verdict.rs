//! Verdicts as data: what a run showed, computed by the lab's library, printed by its
//! runner, carried in `--json`, asserted by its tests.
//!
//! A verdict is shown as ✓ only where it is true for the run that printed it. Where the
//! figure it needs is missing (not measured on this machine, a way that did not run),
//! there is no verdict at all: [`Verdict::measured`] returns `None`.

mod judged;

pub use judged::{Judged, WithVerdicts};

use serde::Serialize;

/// One verdict on one run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// True when the run showed what the lab claims.
    pub ok: bool,
    /// One sentence saying what was checked, with this run's figures.
    pub text: String,
    /// The figure the verdict is about (a ratio, a count), when it has one.
    pub figure: Option<f64>,
    /// The figure's threshold, when it has one.
    pub threshold: Option<f64>,
}

impl Verdict {
    /// A verdict without a figure: `ok` and its sentence.
    pub fn new(ok: bool, text: impl Into<String>) -> Self {
        Self {
            ok,
            text: text.into(),
            figure: None,
            threshold: None,
        }
    }

    /// A verdict on `figure` against `threshold`, `ok` as the caller decided; `None` when
    /// the figure is missing (`None`, NaN or infinite), so it is skipped, never shown as ✓.
    pub fn measured(
        text: impl Into<String>,
        figure: Option<f64>,
        threshold: f64,
        ok: impl FnOnce(f64, f64) -> bool,
    ) -> Option<Self> {
        let figure = figure.filter(|f| f.is_finite())?;
        Some(Self {
            ok: ok(figure, threshold),
            text: text.into(),
            figure: Some(figure),
            threshold: Some(threshold),
        })
    }
}

/// What a run showed, in two kinds: the goals (a line each, with this run's figure) and
/// the one closing verdict that ends the report.
///
/// In `--json` a run's `goals` is a list and its `verdicts` a list of one (the closing
/// verdict), the shape every runner's `verdicts` has; flatten it into the run's report
/// with `#[serde(flatten)]`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdicts {
    /// The goals or expectations, in the handout's order (speed goals are missing from a
    /// debug build: [`speed_goal`]).
    pub goals: Vec<Verdict>,
    /// The verdict on what the lesson claims, printed last and in bold.
    #[serde(rename = "verdicts", serialize_with = "one_in_a_list")]
    pub closing: Verdict,
}

impl Verdicts {
    /// A run that states no goals: only its closing verdict.
    pub fn closing_only(closing: Verdict) -> Self {
        Self {
            goals: Vec::new(),
            closing,
        }
    }
}

fn one_in_a_list<S: serde::Serializer>(closing: &Verdict, s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(std::iter::once(closing))
}

/// True in a release build, the only build whose timings a speed goal may judge.
///
/// A speed goal ("padded at least 2x faster than adjacent") states what optimised code
/// does; unoptimised code runs every step several times slower and unevenly, so in a
/// debug build the goals are not judged at all (the figures are still shown), rather
/// than printed as ✗ under a closing ✓ that is about correctness.
pub const SPEED_GOALS_JUDGED: bool = !cfg!(debug_assertions);

/// What a report says instead of its speed goals in a debug build.
pub const SPEED_GOALS_NOT_JUDGED: &str =
    "   not judged in a debug build (unoptimised timings say little): run with --release";

/// A speed goal on `figure` against `threshold`: a [`Verdict::measured`] in a release
/// build, and `None` in a debug build (see [`SPEED_GOALS_JUDGED`]).
pub fn speed_goal(
    text: impl Into<String>,
    figure: Option<f64>,
    threshold: f64,
    ok: impl FnOnce(f64, f64) -> bool,
) -> Option<Verdict> {
    if !SPEED_GOALS_JUDGED {
        return None;
    }
    Verdict::measured(text, figure, threshold, ok)
}

/// True when every verdict holds (and there is at least one).
pub fn all_ok(verdicts: &[Verdict]) -> bool {
    !verdicts.is_empty() && verdicts.iter().all(|v| v.ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_figure_gives_no_verdict_rather_than_a_false_tick() {
        let at_least = |f: f64, t: f64| f >= t;
        assert_eq!(Verdict::measured("x", None, 0.85, at_least), None);
        assert_eq!(Verdict::measured("x", Some(f64::NAN), 0.85, at_least), None);
        assert_eq!(
            Verdict::measured("x", Some(f64::INFINITY), 0.85, at_least),
            None
        );
        let v = Verdict::measured("x", Some(0.9), 0.85, at_least).expect("a figure");
        assert!(v.ok && v.figure == Some(0.9) && v.threshold == Some(0.85));
    }

    #[test]
    fn speed_goals_are_judged_in_release_builds_only() {
        let goal = speed_goal("x", Some(3.0), 2.0, |f, t| f >= t);
        assert_eq!(goal.is_some(), !cfg!(debug_assertions));
    }

    #[test]
    fn verdicts_serialise_as_goals_and_a_list_of_one_closing_verdict() {
        let verdicts = Verdicts {
            goals: vec![Verdict::new(true, "fast")],
            closing: Verdict::new(false, "correct"),
        };
        let json = serde_json::to_value(&verdicts).unwrap();
        assert_eq!(json["goals"][0]["text"], "fast");
        assert_eq!(json["verdicts"].as_array().unwrap().len(), 1);
        assert_eq!(json["verdicts"][0]["ok"], false);
    }

    #[test]
    fn all_ok_needs_at_least_one_verdict() {
        assert!(!all_ok(&[]));
        assert!(all_ok(&[Verdict::new(true, "a")]));
        assert!(!all_ok(&[
            Verdict::new(true, "a"),
            Verdict::new(false, "b")
        ]));
    }
}

//! `course verify`: prove the grading is honest, for every exercise.
//!
//! The grading tests must pass on the lab's reference code, fail on the untouched stub,
//! and fail on the lab's wrong-on-purpose variant where it has one (the racy counter,
//! the naive singleton, the one-at-a-time pool, ...). A grading test that passes on a
//! wrong answer is a defect; this command is how CI finds it.

use crate::cargo::Subject;
use crate::catalog::Exercise;
use crate::grade::{Graded, Grader, Verdict};
use crate::lang::Lang;
use crate::progress::todo_count;
use labkit::outln;
use labkit::style::{bold, dim, green, red};
use std::path::Path;
use std::time::Instant;

/// Verify `exercises`; true when every expectation held.
pub fn run(root: &Path, exercises: &[&Exercise], lang: Lang) -> bool {
    let started = Instant::now();
    let mut grader = Grader::new(root, lang);
    grader.on_step = Box::new(|line| outln!("{}", dim(line)));
    let mut broken = 0;
    // Grouped by subject, so each feature set of a package is built once.
    for (subject, must_pass) in [
        (Subject::Reference, true),
        (Subject::Student, false),
        (Subject::Wrong, false),
    ] {
        outln!("{}", bold(heading(subject)));
        for exercise in exercises {
            if subject == Subject::Wrong && exercise.wrong.is_none() {
                continue;
            }
            if subject == Subject::Student && !untouched(exercise) {
                outln!(
                    "  - {:<18} skipped: the stub has been edited (run `course reset {}` to verify it)",
                    exercise.id,
                    exercise.id
                );
                continue;
            }
            let graded = grader.grade(exercise, subject);
            let ok = graded.passed() == must_pass;
            broken += usize::from(!ok);
            outln!("{}", line(exercise, subject, &graded, ok));
        }
    }
    let secs = started.elapsed().as_secs();
    if broken == 0 {
        outln!(
            "{}",
            green(&format!(
                "✓ every grading test passes on the reference and fails on the stub and the wrong variant ({secs} s)"
            ))
        );
    } else {
        outln!(
            "{}",
            red(&format!("✗ {broken} grading expectation(s) did not hold ({secs} s)"))
        );
    }
    broken == 0
}

fn heading(subject: Subject) -> &'static str {
    match subject {
        Subject::Reference => "The lab's reference code must pass:",
        Subject::Student => "The untouched stub must fail:",
        Subject::Wrong => "The lab's wrong-on-purpose variant must fail:",
    }
}

fn line(exercise: &Exercise, subject: Subject, graded: &Graded, ok: bool) -> String {
    let mark = if ok { green("✓") } else { red("✗") };
    let what = match (&graded.verdict, subject) {
        (Verdict::Passed, Subject::Reference) => "passed".to_string(),
        (Verdict::Passed, _) => "PASSED: the grading cannot tell this from a solution".to_string(),
        (Verdict::Failed(why), _) => {
            let first = why.lines().next().unwrap_or_default();
            let variant = exercise.wrong.as_deref().filter(|_| subject == Subject::Wrong);
            match variant {
                Some(variant) => format!("failed ({variant}): {first}"),
                None => format!("failed: {first}"),
            }
        }
    };
    format!("  {mark} {:<18} {what}", exercise.id)
}

/// True when the stub still has every `todo!()` it shipped with.
fn untouched(exercise: &Exercise) -> bool {
    std::fs::read_to_string(exercise.path()).is_ok_and(|t| todo_count(&t) >= exercise.todos)
}

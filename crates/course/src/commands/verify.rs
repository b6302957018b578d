//! `course verify`: prove the grading is honest, for every exercise.
//!
//! The grading tests must pass on the lab's reference code, fail on the untouched stub,
//! and fail on the lab's wrong-on-purpose variant where it has one (the racy counter,
//! the naive singleton, the one-at-a-time pool, ...). Where loom grades an exercise, it
//! must be loom that rejects the wrong variant: real threads may miss a race by luck,
//! loom never does. A grading test that passes on a wrong answer is a defect; this
//! command is how CI finds it.

use crate::cargo::{Build, Subject};
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
    for subject in [Subject::Reference, Subject::Student, Subject::Wrong] {
        outln!("{}", bold(heading(subject)));
        for exercise in exercises {
            if subject == Subject::Wrong && exercise.wrong.is_none() {
                continue;
            }
            if subject == Subject::Student && !untouched(exercise) {
                outln!(
                    "  - {:<26} skipped: the stub has been edited (run `course reset {}` to verify it)",
                    exercise.id,
                    exercise.id
                );
                continue;
            }
            let (ok, text) = match subject {
                Subject::Reference => must_pass(grader.grade(exercise, subject)),
                Subject::Student => must_fail(&grader.grade(exercise, subject)),
                Subject::Wrong => wrong_must_fail(grader.grade_each(exercise, subject)),
            };
            broken += usize::from(!ok);
            let mark = if ok { green("✓") } else { red("✗") };
            outln!("  {mark} {:<26} {text}", exercise.id);
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
            red(&format!(
                "✗ {broken} grading expectation(s) did not hold ({secs} s)"
            ))
        );
    }
    broken == 0
}

fn heading(subject: Subject) -> &'static str {
    match subject {
        Subject::Reference => "The lab's reference code must pass:",
        Subject::Student => "The untouched stub must fail (by a todo!(), not a build error):",
        Subject::Wrong => {
            "The lab's wrong-on-purpose variant must fail (under loom where loom grades):"
        }
    }
}

fn must_pass(graded: Graded) -> (bool, String) {
    match graded.verdict {
        Verdict::Passed => (true, "passed".into()),
        Verdict::Failed(why) | Verdict::DoesNotBuild(why) => (false, one_line(&why)),
    }
}

fn must_fail(graded: &Graded) -> (bool, String) {
    match &graded.verdict {
        Verdict::Passed => (
            false,
            "PASSED: the grading cannot tell this from a solution".into(),
        ),
        Verdict::Failed(why) => (true, format!("failed: {}", one_line(why))),
        Verdict::DoesNotBuild(why) => (false, format!("does not build: {}", one_line(why))),
    }
}

/// The last build decides: loom where the exercise has it, else the normal build.
fn wrong_must_fail(each: Vec<(Build, Graded)>) -> (bool, String) {
    let texts: Vec<String> = each
        .iter()
        .map(|(build, graded)| {
            let name = if *build == Build::Loom {
                "loom"
            } else {
                "threads"
            };
            format!("{name}: {}", must_fail(graded).1)
        })
        .collect();
    let decisive = each.last().map(|(_, graded)| must_fail(graded).0);
    (decisive == Some(true), texts.join(" | "))
}

fn one_line(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    joined.chars().take(140).collect()
}

/// True when the stub still has every `todo!()` it shipped with.
fn untouched(exercise: &Exercise) -> bool {
    std::fs::read_to_string(exercise.path()).is_ok_and(|t| todo_count(&t) >= exercise.todos)
}

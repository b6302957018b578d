//! `course check TARGET`: grade a lab's exercises (or one), and say what to do next.

use crate::cargo::Subject;
use crate::catalog::Exercise;
use crate::grade::{Failure, Grader, Verdict};
use crate::lang::Lang;
use crate::progress::Progress;
use labkit::outln;
use labkit::style::{bold, dim, green, red};
use std::path::Path;

/// What to tell the student, once each: several checks that fail for one reason say
/// it once, and a `todo!()` still in the stub is that reason for every check that
/// reaches it.
fn reasons(failures: &[Failure], lang: Lang) -> Vec<&str> {
    let mut said: Vec<&str> = Vec::new();
    let mut todo_said = false;
    for failure in failures {
        let todo = failure
            .why
            .starts_with(lang.pick("not written yet", "还没写"));
        if said.contains(&failure.why.as_str()) || (todo && todo_said) {
            continue;
        }
        todo_said |= todo;
        said.push(&failure.why);
    }
    said
}

/// Grade `exercises`; true when all passed.
pub fn run(root: &Path, exercises: &[&Exercise], lang: Lang, verbose: bool) -> bool {
    let mut progress = Progress::load(root);
    let mut grader = Grader::new(root, lang);
    grader.on_step = Box::new(|line| outln!("{}", dim(line)));
    let mut passed = 0;
    for exercise in exercises {
        outln!(
            "{} {}  {}",
            bold(&exercise.id),
            dim(&exercise.shown_path(root)),
            exercise.task.get(lang)
        );
        let graded = grader.grade(exercise, Subject::Student);
        progress.record(exercise, graded.passed());
        match &graded.verdict {
            Verdict::Passed => {
                passed += 1;
                outln!("  {} {}", green("✓"), exercise.proves.get(lang));
                outln!(
                    "  {} {}",
                    lang.pick("compare with ours:", "对照参考答案："),
                    exercise.compare
                );
            }
            Verdict::Failed(failures) => {
                for why in reasons(failures, lang) {
                    show_failure(why);
                }
                show_hint(exercise, lang);
            }
            Verdict::DoesNotBuild(why) => {
                show_failure(why);
                show_hint(exercise, lang);
            }
        }
        if verbose {
            outln!("{}", dim(&graded.dump));
        }
        outln!();
    }
    let total = exercises.len();
    let summary = match lang {
        Lang::En => format!("{passed} of {total} passed"),
        Lang::Zh => format!("通过 {passed} / {total}"),
    };
    if passed == total {
        outln!("{}", green(&summary));
    } else {
        outln!("{}", red(&summary));
    }
    passed == total
}

fn show_failure(why: &str) {
    let mut lines = why.lines();
    outln!("  {} {}", red("✗"), lines.next().unwrap_or_default());
    for line in lines {
        outln!("    {line}");
    }
}

fn show_hint(exercise: &Exercise, lang: Lang) {
    outln!(
        "  {} cargo run -p course -- hint {}    {}",
        lang.pick("hint:", "提示："),
        exercise.id,
        dim(lang.pick(
            "(level 1 is a nudge; add 2 for the approach, 3 for code)",
            "（第 1 级只点拨思路；加 2 看做法，加 3 看代码）"
        ))
    );
}

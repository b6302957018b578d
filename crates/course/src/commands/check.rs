//! `course check TARGET`: grade a lab's exercises (or one), and say what to do next.

use crate::cargo::Subject;
use crate::catalog::Exercise;
use crate::grade::{Grader, Verdict};
use crate::lang::Lang;
use crate::progress::Progress;
use labkit::outln;
use labkit::style::{bold, dim, green, red};
use std::path::Path;

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
            }
            Verdict::Failed(why) | Verdict::DoesNotBuild(why) => {
                let mut lines = why.lines();
                outln!("  {} {}", red("✗"), lines.next().unwrap_or_default());
                for line in lines {
                    outln!("    {line}");
                }
                outln!(
                    "  {} {}",
                    lang.pick("next:", "下一步："),
                    exercise.next.get(lang)
                );
                outln!(
                    "  {} cargo run -p course -- hint {}",
                    lang.pick("hint:", "提示："),
                    exercise.id
                );
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

//! `course hint ID`: the task, a hint, and what passing proves.

use crate::catalog::Exercise;
use crate::lang::Lang;
use labkit::outln;
use labkit::style::bold;
use std::path::Path;

/// Print the hint for `exercise`.
pub fn run(root: &Path, exercise: &Exercise, lang: Lang) {
    outln!("{}  {}", bold(&exercise.id), exercise.shown_path(root));
    outln!();
    outln!(
        "{} {}",
        bold(lang.pick("Task:", "任务：")),
        exercise.task.get(lang)
    );
    outln!();
    outln!("{}", bold(lang.pick("Hint:", "提示：")));
    for line in exercise.hint.get(lang).lines() {
        outln!("  {line}");
    }
    outln!();
    outln!(
        "{} {}",
        bold(lang.pick("Passing proves:", "通过说明：")),
        exercise.proves.get(lang)
    );
    outln!(
        "{} cargo run -p course -- check {}",
        bold(lang.pick("Grade it:", "评分：")),
        exercise.id
    );
}

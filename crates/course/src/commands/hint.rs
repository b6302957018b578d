//! `course hint TARGET [LEVEL]`: hints that teach before they tell.
//!
//! Level 1 is a nudge: what to think about, no code. Level 2 is the approach, step by
//! step, still without code. Level 3 is code: a whole solution of the stub, which
//! `course dev verify` proves compiles against the stub and passes the grading.

use crate::catalog::Exercise;
use crate::lang::Lang;
use labkit::outln;
use labkit::style::{bold, dim};
use std::path::Path;

/// Print the hint at `level` for each of `exercises`.
pub fn run(root: &Path, exercises: &[&Exercise], level: u8, lang: Lang) -> Result<(), String> {
    for exercise in exercises {
        show(root, exercise, level, lang)?;
        outln!();
    }
    Ok(())
}

fn show(root: &Path, exercise: &Exercise, level: u8, lang: Lang) -> Result<(), String> {
    outln!("{}  {}", bold(&exercise.id), exercise.shown_path(root));
    outln!(
        "{} {}",
        bold(lang.pick("Task:", "任务：")),
        exercise.task.get(lang)
    );
    let title = match lang {
        Lang::En => format!("Hint, level {level} of 3:"),
        Lang::Zh => format!("提示（第 {level} 级，共 3 级）："),
    };
    outln!("{}", bold(&title));
    match level {
        1 => indent(exercise.nudge.get(lang)),
        2 => indent(exercise.approach.get(lang)),
        _ => {
            indent(lang.pick(
                "A whole solution of your stub (it compiles against it, and passes):",
                "下面是这份练习文件的完整答案（它能在你的文件上编译，并通过评分）：",
            ));
            outln!();
            indent(&solution(exercise)?);
        }
    }
    let more = match (level, lang) {
        (1, Lang::En) => format!(
            "stuck still? `cargo run -p course -- hint {} 2`",
            exercise.id
        ),
        (1, Lang::Zh) => format!("还是卡住？`cargo run -p course -- hint {} 2`", exercise.id),
        (2, Lang::En) => format!("the code: `cargo run -p course -- hint {} 3`", exercise.id),
        (2, Lang::Zh) => format!("看代码：`cargo run -p course -- hint {} 3`", exercise.id),
        (_, Lang::En) => "type it in yourself rather than pasting it: the grade is yours".into(),
        (_, Lang::Zh) => "建议自己敲一遍，不要直接粘贴：成绩是你自己的".into(),
    };
    outln!("{}", dim(&more));
    outln!(
        "{} cargo run -p course -- check {}",
        bold(lang.pick("Grade it:", "评分：")),
        exercise.id
    );
    Ok(())
}

/// The level-3 hint: the catalogue's solution, without its file-level doc comment.
fn solution(exercise: &Exercise) -> Result<String, String> {
    let path = exercise.solution();
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(text
        .lines()
        .skip_while(|l| l.starts_with("//!") || l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n"))
}

fn indent(text: &str) {
    for line in text.lines() {
        outln!("  {line}");
    }
}

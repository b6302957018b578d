//! `course` / `course list`: every exercise, its state, and a progress bar.

use crate::catalog::Exercise;
use crate::lang::Lang;
use crate::progress::{Progress, State};
use labkit::outln;
use labkit::style::{bold, dim, green, red, yellow};
use std::path::Path;

/// Print the list.
pub fn run(root: &Path, exercises: &[Exercise], lang: Lang) {
    let progress = Progress::load(root);
    let states: Vec<State> = exercises.iter().map(|e| progress.state(e)).collect();
    let done = states.iter().filter(|s| **s == State::Done).count();
    outln!(
        "{}",
        bold(lang.pick("concurrency-labs: exercises", "concurrency-labs：练习"))
    );
    outln!("{}", bar(done, exercises.len(), lang));
    outln!();
    let mut lab = "";
    for (exercise, state) in exercises.iter().zip(&states) {
        if exercise.lab != lab {
            lab = &exercise.lab;
            outln!("{}", bold(lab));
        }
        let label = format!("{:<12}", state.label(lang));
        let label = match state {
            State::Done => green(&label),
            State::Failing => red(&label),
            State::NotChecked => yellow(&label),
            State::NotStarted => dim(&label),
        };
        let challenge = if exercise.challenge {
            lang.pick("challenge: ", "挑战：")
        } else {
            ""
        };
        outln!(
            "  {:<26} {label} {challenge}{}",
            exercise.id,
            exercise.task.get(lang)
        );
    }
    outln!();
    let next = exercises
        .iter()
        .zip(&states)
        .find(|(_, s)| **s != State::Done)
        .map(|(e, _)| e);
    match next {
        Some(e) => outln!(
            "{} cargo run -p course -- check {}    ({} {})",
            lang.pick("Next:", "下一步："),
            e.id,
            lang.pick("open", "打开"),
            e.shown_path(root)
        ),
        None => outln!(
            "{}",
            green(lang.pick(
                "Every exercise is done. Well done!",
                "全部练习都完成了，干得漂亮！"
            ))
        ),
    }
}

/// `[#####---------] 5 of 14 done`
fn bar(done: usize, total: usize, lang: Lang) -> String {
    const WIDTH: usize = 28;
    let filled = (done * WIDTH).checked_div(total).unwrap_or(0);
    let text = match lang {
        Lang::En => format!("{done} of {total} done"),
        Lang::Zh => format!("已完成 {done} / {total}"),
    };
    format!(
        "[{}{}] {text}",
        green(&"#".repeat(filled)),
        "-".repeat(WIDTH - filled)
    )
}

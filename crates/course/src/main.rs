//! `cargo run -p course`: the students' exercise runner.
//!
//! Each lab has an `exercise/` package: stubs with `todo!()` where the student's code
//! goes, graded by the same outcome checks that prove the lab's reference code.
//!
//! # Layout
//! - [`catalog`]: the exercises, read from `labs/*/exercise/info.toml`, each with its
//!   catalogue of mistakes.
//! - [`cargo`]: the `cargo test` commands that build and grade them (normal and loom).
//! - [`run`]: run a command with a time limit, so a deadlock fails instead of hanging.
//! - [`libtest`]: what each grading test reported (an early `exit(0)` is not a pass).
//! - [`grade`]: grade one exercise, every failing check in the lesson's order.
//! - [`explain`]: a test's panic, turned into one or two sentences.
//! - [`progress`]: not started, not checked, failing, done (kept in `.course/`).
//! - [`lang`]: English or Simplified Chinese.
//! - [`commands`]: list, check, hint, watch, reset; and `dev verify` for maintainers.

mod cargo;
mod catalog;
mod commands;
mod explain;
mod grade;
mod lang;
mod libtest;
mod progress;
mod run;

use clap::{Parser, Subcommand};
use labkit::exit::or_fail;
use lang::Lang;

/// Exercises for concurrency-labs: write the pool, the lock, the accept loop; get graded.
#[derive(Parser)]
#[command(name = "course", version)]
struct Cli {
    /// Language for tasks, hints and messages (default: from LANG, else English).
    #[arg(long, global = true)]
    lang: Option<Lang>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Every exercise with its task and state, and your progress (the default).
    List,
    /// Grade a lab's exercises (`lab-03` or `03`), one exercise (`03-mutex`), or `all`.
    Check {
        /// A lab, an exercise id, or `all`.
        target: String,
        /// Show everything cargo and the tests printed.
        #[arg(long)]
        verbose: bool,
    },
    /// A hint: level 1 is a nudge, 2 the approach, 3 code.
    Hint {
        /// An exercise id (`03-mutex`), or a lab (`lab-03` or `03`) for each of its exercises.
        target: String,
        /// 1: what to think about; 2: the approach, step by step; 3: code.
        #[arg(default_value_t = 1, value_parser = clap::value_parser!(u8).range(1..=3))]
        level: u8,
    },
    /// Grade again every time you save (Ctrl-C to stop).
    Watch {
        /// A lab, an exercise id, or `all`.
        #[arg(default_value = "all")]
        target: String,
        /// Show everything cargo and the tests printed.
        #[arg(long)]
        verbose: bool,
    },
    /// Put the untouched stub back (your version is kept in .course/backup).
    Reset {
        /// An exercise id (`03-mutex`), or a lab (`lab-03` or `03`) for all of its exercises.
        target: String,
    },
    /// For maintainers and CI.
    #[command(hide = true, subcommand)]
    Dev(Dev),
}

/// Maintainers' commands, out of the students' list.
#[derive(Subcommand)]
enum Dev {
    /// Prove the grading is honest: each reference and solution passes; each stub and
    /// every catalogued mistake fails, through the check meant for it.
    Verify {
        /// A lab, an exercise id, or `all`.
        #[arg(default_value = "all")]
        target: String,
    },
}

fn main() {
    let cli = Cli::parse();
    let lang = Lang::detect(cli.lang);
    let root = or_fail(catalog::workspace_root());
    let exercises = or_fail(catalog::load(&root));
    let chosen = |target: &str| or_fail(catalog::select(&exercises, target));
    let ok = match cli.command.unwrap_or(Command::List) {
        Command::List => {
            commands::list::run(&root, &exercises, lang);
            true
        }
        Command::Check { target, verbose } => {
            commands::check::run(&root, &chosen(&target), lang, verbose)
        }
        Command::Hint { target, level } => {
            or_fail(commands::hint::run(&root, &chosen(&target), level, lang));
            true
        }
        Command::Watch { target, verbose } => {
            or_fail(commands::watch::run(&root, &chosen(&target), lang, verbose));
            true
        }
        Command::Reset { target } => {
            or_fail(commands::reset::run(&root, &chosen(&target), lang));
            true
        }
        Command::Dev(Dev::Verify { target }) => commands::verify::run(&root, &chosen(&target)),
    };
    std::process::exit(if ok { 0 } else { 1 });
}

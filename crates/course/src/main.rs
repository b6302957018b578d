//! `cargo run -p course`: the students' exercise runner.
//!
//! Each lab has an `exercise/` package: stubs with `todo!()` where the student's code
//! goes, graded by the same outcome checks that prove the lab's reference code.
//!
//! # Layout
//! - [`catalog`]: the exercises, read from `labs/*/exercise/info.toml`.
//! - [`cargo`]: the `cargo test` commands that build and grade them (normal and loom).
//! - [`run`]: run a command with a time limit, so a deadlock fails instead of hanging.
//! - [`grade`]: grade one exercise and explain a failure.
//! - [`explain`]: a test's panic, turned into one or two sentences.
//! - [`progress`]: not started, not checked, failing, done.
//! - [`lang`]: English or Simplified Chinese.
//! - [`commands`]: list, check, hint, watch, reset, verify.

mod cargo;
mod catalog;
mod commands;
mod explain;
mod grade;
mod lang;
mod progress;
mod run;

use clap::{Parser, Subcommand};
use labkit::exit::{fail, or_fail};
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
    /// A hint for one exercise.
    Hint {
        /// The exercise id, e.g. `03-mutex`.
        id: String,
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
    /// Put an exercise's untouched stub back (your version is kept in target/course/backup).
    Reset {
        /// The exercise id, e.g. `03-mutex`.
        id: String,
    },
    /// For maintainers and CI: prove each grading passes on the reference code and fails
    /// on the untouched stub and on the lab's wrong-on-purpose variant.
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
    let one = |id: &str| {
        exercises
            .iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| fail(catalog::select(&exercises, id).err().unwrap_or_default()))
    };
    let ok = match cli.command.unwrap_or(Command::List) {
        Command::List => {
            commands::list::run(&root, &exercises, lang);
            true
        }
        Command::Check { target, verbose } => {
            let chosen = or_fail(catalog::select(&exercises, &target));
            commands::check::run(&root, &chosen, lang, verbose)
        }
        Command::Hint { id } => {
            commands::hint::run(&root, one(&id), lang);
            true
        }
        Command::Watch { target, verbose } => {
            let chosen = or_fail(catalog::select(&exercises, &target));
            or_fail(commands::watch::run(&root, &chosen, lang, verbose));
            true
        }
        Command::Reset { id } => {
            or_fail(commands::reset::run(&root, one(&id), lang));
            true
        }
        Command::Verify { target } => {
            let chosen = or_fail(catalog::select(&exercises, &target));
            commands::verify::run(&root, &chosen, lang)
        }
    };
    std::process::exit(if ok { 0 } else { 1 });
}

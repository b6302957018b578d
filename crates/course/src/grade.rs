//! Grade an exercise: build it, run its grading tests under a time limit, explain a failure.

use crate::cargo::{Build, Subject, builds, test_command};
use crate::catalog::Exercise;
use crate::explain;
use crate::lang::Lang;
use crate::run::run;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long one exercise's grading tests may run (the build is not counted).
pub const TIME_LIMIT: Duration = Duration::from_secs(60);

/// How long a loom model may run: it explores thousands of interleavings.
pub const LOOM_TIME_LIMIT: Duration = Duration::from_secs(300);

/// A build has no time limit: the first one compiles the dependencies.
const NO_LIMIT: Duration = Duration::from_secs(24 * 3600);

/// The outcome of grading one exercise.
#[derive(Debug, Clone)]
pub enum Verdict {
    /// Every grading test passed.
    Passed,
    /// A grading test failed: the sentence to show.
    Failed(String),
    /// The code did not compile: the first errors.
    DoesNotBuild(String),
}

/// A verdict and the raw output behind it (for `--verbose`).
#[derive(Debug, Clone)]
pub struct Graded {
    /// Passed or failed, and why.
    pub verdict: Verdict,
    /// Everything cargo and the tests printed.
    pub dump: String,
}

impl Graded {
    /// True when every grading test passed.
    pub fn passed(&self) -> bool {
        matches!(self.verdict, Verdict::Passed)
    }
}

/// Grades exercises, building each (package, subject, build) only once.
pub struct Grader {
    root: PathBuf,
    lang: Lang,
    built: HashMap<(String, Subject, Build), Result<(), Graded>>,
    /// Called before a slow step, with a line to show (a loom build takes a minute).
    pub on_step: Box<dyn FnMut(&str)>,
}

impl Grader {
    /// A grader for the workspace at `root`, explaining in `lang`.
    pub fn new(root: &Path, lang: Lang) -> Self {
        Self {
            root: root.to_path_buf(),
            lang,
            built: HashMap::new(),
            on_step: Box::new(|_| {}),
        }
    }

    /// Grade `exercise` on `subject` in each build it has, each on its own (for `verify`,
    /// which needs to know that loom rejects a wrong variant, not only that something did).
    pub fn grade_each(&mut self, exercise: &Exercise, subject: Subject) -> Vec<(Build, Graded)> {
        builds(exercise)
            .iter()
            .map(|&build| (build, self.grade_one(exercise, subject, build)))
            .collect()
    }

    /// Grade `exercise` on `subject`: the normal build, then loom where it applies.
    pub fn grade(&mut self, exercise: &Exercise, subject: Subject) -> Graded {
        let mut dump = String::new();
        for &build in builds(exercise) {
            let graded = self.grade_one(exercise, subject, build);
            dump.push_str(&graded.dump);
            if !graded.passed() {
                return Graded { dump, ..graded };
            }
        }
        Graded {
            verdict: Verdict::Passed,
            dump,
        }
    }

    fn grade_one(&mut self, exercise: &Exercise, subject: Subject, build: Build) -> Graded {
        if let Err(failed) = self.build(&exercise.package, subject, build) {
            return failed;
        }
        if build == Build::Loom {
            (self.on_step)(self.lang.pick(
                "   loom: trying every interleaving...",
                "   loom：正在穷举所有交错执行……",
            ));
        }
        let limit = match build {
            Build::Normal => TIME_LIMIT,
            Build::Loom => LOOM_TIME_LIMIT,
        };
        let command = test_command(
            &self.root,
            &exercise.package,
            Some(&exercise.test),
            subject,
            build,
            true,
        );
        let finished = match run(command, &self.root, limit) {
            Ok(finished) => finished,
            Err(e) => return failed(e, String::new()),
        };
        let dump = format!("{}{}", finished.stderr, finished.stdout);
        if finished.timed_out {
            let why = match self.lang {
                Lang::En => format!(
                    "timed out after {} s: does a lock stay held, or does a worker never exit?",
                    limit.as_secs()
                ),
                Lang::Zh => format!(
                    "{} 秒后超时：是不是有锁一直没释放，或者某个工作线程永远不退出？",
                    limit.as_secs()
                ),
            };
            return failed(why, dump);
        }
        if finished.success {
            return Graded {
                verdict: Verdict::Passed,
                dump,
            };
        }
        let mut why = explain::failure(&finished.stdout, self.lang);
        if build == Build::Loom {
            why = format!("loom: {why}");
        }
        failed(why, dump)
    }

    /// Build the grading tests once; a build error fails every exercise of the package.
    fn build(&mut self, package: &str, subject: Subject, build: Build) -> Result<(), Graded> {
        let key = (package.to_string(), subject, build);
        if let Some(done) = self.built.get(&key) {
            return done.clone();
        }
        if build == Build::Loom {
            (self.on_step)(self.lang.pick(
                "   building for loom (the first time takes a minute or two)...",
                "   正在为 loom 构建（第一次需要一两分钟）……",
            ));
        }
        let command = test_command(&self.root, package, None, subject, build, false);
        let outcome = match run(command, &self.root, NO_LIMIT) {
            Ok(finished) if finished.success => Ok(()),
            Ok(finished) => {
                let first = explain::compile_errors(&finished.stderr);
                let why = match self.lang {
                    Lang::En => format!("does not compile yet:\n{first}"),
                    Lang::Zh => format!("还编译不过：\n{first}"),
                };
                Err(Graded {
                    verdict: Verdict::DoesNotBuild(why),
                    dump: finished.stderr,
                })
            }
            Err(e) => Err(failed(e, String::new())),
        };
        self.built.insert(key, outcome.clone());
        outcome
    }
}

fn failed(why: String, dump: String) -> Graded {
    Graded {
        verdict: Verdict::Failed(why),
        dump,
    }
}

//! Grade an exercise: build it, run its grading tests under a time limit, and read what
//! each test reported, so every failing check is explained, in the lesson's order.
//! Building is `grade/build.rs`; reading the run's failures is `grade/failures.rs`.

use crate::cargo::{Build, Subject, builds, test_command};
use crate::catalog::{Exercise, RAN_TO_THE_END};
use crate::lang::Lang;
use crate::libtest;
use crate::run::run;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

mod build;
mod failures;

/// How long one grading test may run (each check gives up after 30 s by itself).
pub const TIME_LIMIT_PER_CHECK: Duration = Duration::from_secs(40);

/// How long a loom model may run: it explores thousands of interleavings.
pub const LOOM_TIME_LIMIT: Duration = Duration::from_secs(300);

/// A build has no time limit: the first one compiles the dependencies.
const NO_LIMIT: Duration = Duration::from_secs(24 * 3600);

/// A build that is still going after this is really building, and says so.
const BUILD_NOTICE_AFTER: Duration = Duration::from_millis(1500);

/// One grading test that did not pass, and why, in the student's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The grading test (or [`RAN_TO_THE_END`] when the run stopped early).
    pub check: String,
    /// The sentence to show.
    pub why: String,
}

/// The outcome of grading one exercise.
#[derive(Debug, Clone)]
pub enum Verdict {
    /// Every grading test passed.
    Passed,
    /// These grading tests failed, in the lesson's order.
    Failed(Vec<Failure>),
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

    /// The failure of `check`, if it failed.
    pub fn failure_of(&self, check: &str) -> Option<&Failure> {
        match &self.verdict {
            Verdict::Failed(failures) => failures.iter().find(|f| f.check == check),
            _ => None,
        }
    }
}

/// Grades exercises, building each student package only once.
pub struct Grader {
    root: PathBuf,
    lang: Lang,
    built: HashMap<(String, Build), Result<(), Graded>>,
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

    /// Grade `exercise` on `subject`: the normal build, then loom where it applies. Every
    /// failing check of the normal build is reported; loom runs once those pass.
    pub fn grade(&mut self, exercise: &Exercise, subject: Subject) -> Graded {
        let mut dump = String::new();
        for &build in builds(exercise) {
            let graded = self.grade_in(exercise, subject, build);
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

    /// Grade `exercise` on `subject` in one build only.
    pub fn grade_in(&mut self, exercise: &Exercise, subject: Subject, build: Build) -> Graded {
        self.grade_checks(exercise, subject, build, None)
    }

    /// Grade `exercise` on `subject` in one build, running only `check` (verify proves a
    /// mistake fails through the check named for it; the other checks need not run).
    pub fn grade_one(
        &mut self,
        exercise: &Exercise,
        subject: Subject,
        build: Build,
        check: &str,
    ) -> Graded {
        self.grade_checks(exercise, subject, build, Some(check))
    }

    fn grade_checks(
        &mut self,
        exercise: &Exercise,
        subject: Subject,
        build: Build,
        only: Option<&str>,
    ) -> Graded {
        // A catalogue file changes between gradings: build its one test target each time.
        let built = match subject {
            Subject::Student => self.build_student(&exercise.package, build),
            Subject::Catalogue => {
                self.build(&exercise.package, Some(&exercise.test), subject, build)
            }
        };
        if let Err(failed) = built {
            return failed;
        }
        let expected = expected_checks(exercise, build, only);
        if build == Build::Loom {
            (self.on_step)(self.lang.pick(
                "   loom: trying every interleaving...",
                "   loom：正在穷举所有交错执行……",
            ));
        }
        let limit = time_limit(build, expected.len());
        let mut command = test_command(
            &self.root,
            &exercise.package,
            Some(&exercise.test),
            subject,
            build,
            true,
        );
        if let Some(check) = only {
            command.args([check, "--exact"]);
        }
        let finished = match run(command, &self.root, limit) {
            Ok(finished) => finished,
            Err(e) => return failed(e, String::new()),
        };
        let dump = format!("{}{}", finished.stderr, finished.stdout);
        let run = libtest::parse(&finished.stdout);
        let mut failures = self.failures(&run, &expected, build, limit, finished.timed_out);
        if failures.is_empty() && !finished.success {
            failures.push(self.failed_after_every_check());
        }
        let verdict = if failures.is_empty() {
            Verdict::Passed
        } else {
            Verdict::Failed(failures)
        };
        Graded { verdict, dump }
    }
}

/// The checks a grading run must report: `only`, or every check of `build`.
fn expected_checks(exercise: &Exercise, build: Build, only: Option<&str>) -> Vec<String> {
    match (only, build) {
        (Some(check), _) => vec![check.to_string()],
        (None, Build::Normal) => exercise.checks.clone(),
        (None, Build::Loom) => exercise.loom_checks.clone(),
    }
}

/// How long a run of `checks` checks may take.
fn time_limit(build: Build, checks: usize) -> Duration {
    match build {
        Build::Normal => TIME_LIMIT_PER_CHECK * checks.max(1) as u32,
        Build::Loom => LOOM_TIME_LIMIT,
    }
}

/// A failure that is no one check's: the run could not start, or the build could not.
fn failed(why: String, dump: String) -> Graded {
    Graded {
        verdict: Verdict::Failed(vec![Failure {
            check: RAN_TO_THE_END.into(),
            why,
        }]),
        dump,
    }
}

//! Building what is graded: the student's package once per grader, a catalogue file's
//! one test target each time; a build error fails every exercise it covers.

use super::{BUILD_NOTICE_AFTER, Graded, Grader, NO_LIMIT, Verdict, failed};
use crate::cargo::{Build, Subject, test_command};
use crate::explain;
use crate::lang::Lang;
use crate::run::run_with_notice;

impl Grader {
    /// The student's package is built once per grader (every exercise of it at once).
    pub(super) fn build_student(&mut self, package: &str, build: Build) -> Result<(), Graded> {
        let key = (package.to_string(), build);
        if let Some(done) = self.built.get(&key) {
            return done.clone();
        }
        let outcome = self.build(package, None, Subject::Student, build);
        self.built.insert(key, outcome.clone());
        outcome
    }

    /// Build the grading tests; a build error fails every exercise it covers.
    pub(super) fn build(
        &mut self,
        package: &str,
        test: Option<&str>,
        subject: Subject,
        build: Build,
    ) -> Result<(), Graded> {
        let command = test_command(&self.root, package, test, subject, build, false);
        let notice = match build {
            Build::Loom => self.lang.pick(
                "   building for loom (the first time takes a minute or two)...",
                "   正在为 loom 构建（第一次需要一两分钟）……",
            ),
            Build::Normal => self.lang.pick("   building...", "   正在构建……"),
        };
        let on_step = &mut self.on_step;
        let finished = run_with_notice(command, &self.root, NO_LIMIT, BUILD_NOTICE_AFTER, || {
            on_step(notice)
        })
        .map_err(|e| failed(e, String::new()))?;
        if finished.success {
            return Ok(());
        }
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
}

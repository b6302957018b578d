//! Reading a test run: which expected checks failed, each explained in the student's
//! words, and a run that hung or stopped before its end.

use super::{Failure, Grader};
use crate::cargo::Build;
use crate::catalog::RAN_TO_THE_END;
use crate::explain;
use crate::lang::Lang;
use crate::libtest::{Outcome, TestRun};
use std::time::Duration;

impl Grader {
    /// Every grading test passed, yet the test process failed.
    pub(super) fn failed_after_every_check(&self) -> Failure {
        Failure {
            check: RAN_TO_THE_END.into(),
            why: self
                .lang
                .pick(
                    "every grading test passed, but the test run still failed; run with --verbose to see why",
                    "每个评分测试都通过了，但测试进程仍然失败了；加上 --verbose 看原因",
                )
                .into(),
        }
    }

    /// Each expected check that did not report `ok`, in the catalogue's (the lesson's)
    /// order; a run that stopped early is a failure of its own.
    pub(super) fn failures(
        &self,
        run: &TestRun,
        expected: &[String],
        build: Build,
        limit: Duration,
        timed_out: bool,
    ) -> Vec<Failure> {
        let mut failures = Vec::new();
        let mut missing = Vec::new();
        for check in expected {
            match run.outcome(check) {
                Some(Outcome::Passed) => {}
                Some(Outcome::Failed) => {
                    let output = run.output.get(check).map_or("", String::as_str);
                    let mut why = explain::failure(output, self.lang);
                    if build == Build::Loom && !why.starts_with("loom") {
                        why = format!("loom: {why}");
                    }
                    failures.push(Failure {
                        check: check.clone(),
                        why,
                    });
                }
                Some(Outcome::Ignored) | None => missing.push(check.clone()),
            }
        }
        if timed_out {
            let hung = run.unfinished.clone().unwrap_or_default();
            let why = match self.lang {
                Lang::En => format!(
                    "`{hung}` was still running after {} s: does a lock stay held, or does a worker never exit?",
                    limit.as_secs()
                ),
                Lang::Zh => format!(
                    "`{hung}` 跑了 {} 秒还没结束：是不是有锁一直没释放，或者某个工作线程永远不退出？",
                    limit.as_secs()
                ),
            };
            failures.push(Failure { check: hung, why });
        } else if !missing.is_empty() || !run.finished {
            let first = missing.first().cloned().unwrap_or_default();
            let why = match self.lang {
                Lang::En => format!(
                    "the grading tests did not run to the end (`{first}` never reported a result): \
                     does your code call std::process::exit or abort? A grade needs every test to finish"
                ),
                Lang::Zh => format!(
                    "评分测试没有跑完（`{first}` 一直没有给出结果）：你的代码是不是调用了 \
                     std::process::exit 或 abort？每个测试都跑完，才能评分"
                ),
            };
            failures.push(Failure {
                check: RAN_TO_THE_END.into(),
                why,
            });
        }
        failures
    }
}

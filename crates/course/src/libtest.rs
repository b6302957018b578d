//! What a grading run really did, read from libtest's output, test by test.
//!
//! The grader never trusts the exit status alone: a student's `std::process::exit(0)`
//! ends the test binary with status 0 before its tests have run. Each grading test must
//! report its own `ok`, and the run must reach its `test result:` summary.

use std::collections::HashMap;

/// How one test ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// It passed.
    Passed,
    /// It failed (its captured output says why).
    Failed,
    /// It was not run.
    Ignored,
}

/// One run of a test binary (`--test-threads=1`, libtest's pretty format).
#[derive(Debug, Default)]
pub struct TestRun {
    /// Each test that reported, in the order it did.
    pub outcomes: Vec<(String, Outcome)>,
    /// What each failed test printed (its panics), by name.
    pub output: HashMap<String, String>,
    /// A test that started and never reported (it hung, or the process ended in it).
    pub unfinished: Option<String>,
    /// The run reached its `test result:` line.
    pub finished: bool,
}

impl TestRun {
    /// How `test` ended, if it reported at all.
    pub fn outcome(&self, test: &str) -> Option<Outcome> {
        self.outcomes
            .iter()
            .find(|(name, _)| name == test)
            .map(|&(_, outcome)| outcome)
    }
}

/// Read libtest's stdout.
pub fn parse(stdout: &str) -> TestRun {
    let mut run = TestRun::default();
    let mut section: Option<(String, String)> = None;
    for line in stdout.lines() {
        if let Some(rest) = line.strip_prefix("test ") {
            if let Some((name, result)) = rest.split_once(" ... ") {
                let outcome = match result.trim() {
                    "ok" => Some(Outcome::Passed),
                    "FAILED" => Some(Outcome::Failed),
                    r if r.starts_with("ignored") => Some(Outcome::Ignored),
                    _ => None,
                };
                match outcome {
                    Some(outcome) => run.outcomes.push((name.to_string(), outcome)),
                    None => run.unfinished = Some(name.to_string()),
                }
                continue;
            }
            if let Some(name) = rest.strip_suffix(" ...") {
                run.unfinished = Some(name.to_string());
                continue;
            }
        }
        if line.starts_with("test result: ") {
            run.finished = true;
        }
        if let Some(name) = line
            .strip_prefix("---- ")
            .and_then(|l| l.strip_suffix(" stdout ----"))
        {
            if let Some((done, text)) = section.take() {
                run.output.insert(done, text);
            }
            section = Some((name.to_string(), String::new()));
            continue;
        }
        if line == "failures:" || line.starts_with("test result: ") {
            if let Some((done, text)) = section.take() {
                run.output.insert(done, text);
            }
            continue;
        }
        if let Some((_, text)) = section.as_mut() {
            text.push_str(line);
            text.push('\n');
        }
    }
    if let Some((done, text)) = section.take() {
        run.output.insert(done, text);
    }
    if run
        .unfinished
        .as_ref()
        .is_some_and(|name| run.outcome(name).is_some())
    {
        run.unfinished = None;
    }
    run
}

#[cfg(test)]
mod tests {
    use super::*;

    const FAILED: &str = "\nrunning 2 tests\ntest first ... ok\ntest second ... FAILED\n\nfailures:\n\n---- second stdout ----\n\nthread '<unnamed>' panicked at labs/x/src/checks.rs:9:9:\nnever all ran at once\nnote: run with `RUST_BACKTRACE=1`\n\n\nfailures:\n    second\n\ntest result: FAILED. 1 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.10s\n";

    #[test]
    fn each_test_s_outcome_and_a_failure_s_panic_are_read() {
        let run = parse(FAILED);
        assert!(run.finished);
        assert_eq!(run.outcome("first"), Some(Outcome::Passed));
        assert_eq!(run.outcome("second"), Some(Outcome::Failed));
        assert!(run.output["second"].contains("never all ran at once"));
        assert_eq!(run.unfinished, None);
    }

    /// `process::exit(0)` inside the second test: no result for it, no summary.
    #[test]
    fn a_run_that_ends_early_is_not_finished() {
        let run = parse("\nrunning 2 tests\ntest first ... ok\ntest second ... ");
        assert!(!run.finished);
        assert_eq!(run.outcome("second"), None);
        assert_eq!(run.unfinished.as_deref(), Some("second"));
    }
}

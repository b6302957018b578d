//! Turn a failed test run into one or two sentences a student can act on.

use crate::lang::Lang;

/// The panic messages in libtest's output, first to last, with the file:line each came from.
pub fn panics(output: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut lines = output.lines();
    while let Some(line) = lines.next() {
        let Some(at) = line.split(" panicked at ").nth(1) else {
            continue;
        };
        let place = at.trim_end_matches(':').to_string();
        let message: Vec<&str> = lines
            .by_ref()
            .take_while(|l| {
                !(l.is_empty()
                    || l.starts_with("note: ")
                    || l.starts_with("stack backtrace:")
                    || l.starts_with("failures:"))
            })
            .collect();
        found.push((place, message.join(" ")));
    }
    found
}

/// What went wrong, in one or two lines: a `todo!()` still in the stub first, else the
/// sentence of the lab's check (tasks may panic on purpose, and those are not the
/// reason), else the last panic.
pub fn failure(output: &str, lang: Lang) -> String {
    let found = panics(output);
    let todo = found
        .iter()
        .find(|(_, message)| message.starts_with("not yet implemented"));
    if let Some((place, message)) = todo {
        let what = message["not yet implemented".len()..]
            .trim_start_matches(':')
            .trim();
        let file = place
            .rsplit_once("exercise/")
            .map_or(place.as_str(), |p| p.1);
        return match lang {
            Lang::En => format!("not written yet: the todo!() at {file} is still there ({what})"),
            Lang::Zh => format!("还没写：{file} 处的 todo!() 还在（{what}）"),
        };
    }
    let from_a_check = found
        .iter()
        .rev()
        .find(|(place, _)| place.contains("checks"));
    match from_a_check.or(found.last()) {
        Some((_, message)) => message.clone(),
        None => lang
            .pick(
                "the grading tests failed without saying why; run with --verbose for the full output",
                "评分测试失败了，但没有给出原因；加上 --verbose 看完整输出",
            )
            .to_string(),
    }
}

/// The first compiler errors, for a stub that does not build.
pub fn compile_errors(stderr: &str) -> String {
    let errors: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("error") && !l.starts_with("error: could not compile"))
        .take(3)
        .collect();
    if errors.is_empty() {
        stderr.lines().rev().take(3).collect::<Vec<_>>().join("\n")
    } else {
        errors.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODO: &str = "running 1 test\ntest t ... FAILED\n\nfailures:\n\n---- t stdout ----\n\nthread 't' panicked at labs/lab-03-counter-race/exercise/src/mutex.rs:38:9:\nnot yet implemented: lock self.value\nnote: run with `RUST_BACKTRACE=1`\n";

    #[test]
    fn a_todo_left_in_the_stub_is_named_with_its_place() {
        assert_eq!(
            failure(TODO, Lang::En),
            "not written yet: the todo!() at src/mutex.rs:38:9 is still there (lock self.value)"
        );
    }

    #[test]
    fn a_check_s_sentence_is_passed_on_whole() {
        let out = "thread '<unnamed>' panicked at labs/x/src/checks.rs:47:21:\nwith 2 threads the counter ended at 5,\nnot 0.\nstack backtrace:\n";
        assert_eq!(
            failure(out, Lang::En),
            "with 2 threads the counter ended at 5, not 0."
        );
    }

    #[test]
    fn a_check_s_sentence_wins_over_a_task_that_panics_on_purpose() {
        let out = "thread 'w' panicked at labs/x/exercise/src/pool.rs:3:1:\non purpose\n\nthread 't' panicked at labs/x/src/checks.rs:9:9:\nnever all ran at once\n";
        assert_eq!(failure(out, Lang::En), "never all ran at once");
    }

    #[test]
    fn output_without_a_panic_says_to_look_at_the_full_output() {
        assert!(failure("error: test failed", Lang::En).contains("--verbose"));
    }
}

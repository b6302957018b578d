//! Unit tests of `explain.rs`.

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
fn a_panic_in_the_student_s_code_names_its_file_and_line() {
    let out = "thread 'w' panicked at labs/lab-06-processes/exercise/src/scope.rs:20:31:\nchunk size must be non-zero\n";
    assert_eq!(
        failure(out, Lang::En),
        "your code panicked at src/scope.rs:20:31: chunk size must be non-zero"
    );
}

#[test]
fn a_loom_finding_comes_with_a_sentence() {
    let out = "thread 't' panicked at /root/.cargo/registry/src/x/loom-0.7.2/src/rt/location.rs:115:9:\nCausality violation: Concurrent read and write accesses.\n";
    let said = failure(out, Lang::En);
    assert!(said.starts_with("loom found two threads"), "{said}");
    assert!(said.contains("Causality violation"), "{said}");
}

#[test]
fn compile_errors_keep_their_place_and_the_compiler_s_help() {
    let stderr = "warning: unused\n  --> src/a.rs:1:1\nerror[E0596]: cannot borrow `self.queue` as mutable\n  --> src/bounded_pool.rs:40:14\n   |\n40 |         drop(self.queue.take());\n   |\nhelp: consider changing this to be mutable\n   |\nerror: could not compile `x`\n";
    assert_eq!(
        compile_errors(stderr),
        "error[E0596]: cannot borrow `self.queue` as mutable\n  --> src/bounded_pool.rs:40:14\nhelp: consider changing this to be mutable"
    );
}

#[test]
fn output_without_a_panic_says_to_look_at_the_full_output() {
    assert!(failure("error: test failed", Lang::En).contains("--verbose"));
}

//! Grades challenge `05-cache` with the lab's own checks (`singleton::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 05-cache`, or
//! `cargo test -p lab-05-exercise --test cache -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(cache, "../.verify/cache.rs", singleton_exercise::cache);

use cache::OnceCache as Subject;

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 05-cache`"]
fn each_key_is_built_once() {
    singleton::checks::each_key_is_built_once(Subject::new, Subject::get);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 05-cache`"]
fn one_key_never_waits_for_another() {
    singleton::checks::one_key_never_waits_for_another(Subject::new, Subject::get);
}

//! `course dev verify`: prove the grading is honest, for every exercise (maintainers, CI).
//!
//! Each exercise's catalogue (`labs/*/exercise/catalogue/<id>/`) holds the files the
//! grading must tell apart. One at a time, each is placed in `.verify/` where the
//! grading test picks it up (`--features verify`), and graded:
//! - `reference.rs` (the lab's answer) and `solution.rs` (hint level 3) must pass;
//! - `stub.rs`, the untouched stub, must fail by its `todo!()`, not by a build error;
//! - every mistake must fail through the check the catalogue names for it (under loom
//!   where that check is loom's), with a sentence that names the mistake. Only that
//!   check runs for a mistake: it is the proof, and the others' time limits would only
//!   make CI slower (a hanging mistake would wait out every check's limit).
//!
//! A grading test that passes on a mistake is a defect; this command is how CI finds it.
//! It never touches the student's own files.

use crate::cargo::{Build, Subject};
use crate::catalog::{Exercise, Mistake};
use crate::grade::{Graded, Grader, Verdict};
use crate::lang::Lang;
use labkit::outln;
use labkit::style::{bold, dim, green, red};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Verify `exercises`; true when every expectation held.
pub fn run(root: &Path, exercises: &[&Exercise]) -> bool {
    let started = Instant::now();
    // The `says` words are English: verify reads the sentences in English.
    let mut grader = Grader::new(root, Lang::En);
    grader.on_step = Box::new(|line| outln!("{}", dim(line)));
    let (mut broken, mut mistakes) = (0, 0);
    for exercise in exercises {
        outln!("{}", bold(&exercise.id));
        broken += verify_exercise(&mut grader, exercise);
        mistakes += exercise.mistakes.len();
        let _ = std::fs::remove_dir_all(verify_dir(exercise));
    }
    let secs = started.elapsed().as_secs();
    let n = exercises.len();
    if broken == 0 {
        outln!(
            "{}",
            green(&format!(
                "✓ {n} exercises: every reference and solution passes; every stub and all {mistakes} \
                 mistakes fail, each through its own check ({secs} s)"
            ))
        );
    } else {
        outln!(
            "{}",
            red(&format!(
                "✗ {broken} grading expectation(s) did not hold ({secs} s)"
            ))
        );
    }
    broken == 0
}

/// Grade each file of `exercise`'s catalogue, a line for each; how many expectations
/// did not hold.
fn verify_exercise(grader: &mut Grader, exercise: &Exercise) -> usize {
    let mut broken = 0;
    let mut expect = |name: &str, (ok, text): (bool, String)| {
        broken += usize::from(!ok);
        let mark = if ok { green("✓") } else { red("✗") };
        outln!("  {mark} {name:<28} {text}");
    };
    // A challenge's hint level 3 is its reference: one file, graded once.
    let passing: &[&str] = if exercise.challenge {
        &["reference.rs"]
    } else {
        &["reference.rs", "solution.rs"]
    };
    for &file in passing {
        let graded = place(exercise, file).map(|()| grader.grade(exercise, Subject::Catalogue));
        expect(file, graded.map_or_else(|e| (false, e), |g| must_pass(&g)));
    }
    // The stub as it ships is the student's file in a fresh clone: graded as the
    // student's, it needs no build of its own (the workspace's tests built it).
    let graded = if ships_untouched(exercise) {
        Ok(grader.grade_in(exercise, Subject::Student, Build::Normal))
    } else {
        place(exercise, "stub.rs")
            .map(|()| grader.grade_in(exercise, Subject::Catalogue, Build::Normal))
    };
    expect(
        "stub.rs",
        graded.map_or_else(|e| (false, e), |g| stub_must_fail(&g)),
    );
    for mistake in &exercise.mistakes {
        let build = if exercise.loom_checks.contains(&mistake.caught_by) {
            Build::Loom
        } else {
            Build::Normal
        };
        // Only the check named for it runs: that it fails, with the words, is the proof.
        let graded = place(exercise, &mistake.file)
            .map(|()| grader.grade_one(exercise, Subject::Catalogue, build, &mistake.caught_by));
        expect(
            &mistake.file,
            graded.map_or_else(|e| (false, e), |g| caught(&g, mistake)),
        );
    }
    broken
}

/// Where the grading test of `exercise` reads its subject under `--features verify`.
fn verify_dir(exercise: &Exercise) -> PathBuf {
    exercise.dir.join(".verify")
}

/// Put the catalogue's `file` where the grading test will compile it.
fn place(exercise: &Exercise, file: &str) -> Result<(), String> {
    let from = exercise.catalogue().join(file);
    let name = Path::new(&exercise.file)
        .file_name()
        .expect("a stub is a file");
    let to = verify_dir(exercise).join(name);
    std::fs::create_dir_all(verify_dir(exercise))
        .and_then(|()| std::fs::copy(&from, &to))
        .map(|_| ())
        .map_err(|e| format!("cannot place {}: {e}", from.display()))
}

fn must_pass(graded: &Graded) -> (bool, String) {
    match &graded.verdict {
        Verdict::Passed => (true, "passed".into()),
        Verdict::Failed(failures) => (
            false,
            failures
                .iter()
                .map(|f| format!("{}: {}", f.check, one_line(&f.why)))
                .collect::<Vec<_>>()
                .join(" | "),
        ),
        Verdict::DoesNotBuild(why) => (false, format!("does not build: {}", one_line(why))),
    }
}

fn stub_must_fail(graded: &Graded) -> (bool, String) {
    match &graded.verdict {
        Verdict::Failed(failures) => {
            let by_todo = failures
                .iter()
                .all(|f| f.why.starts_with("not written yet"));
            let first = failures.first().map_or(String::new(), |f| one_line(&f.why));
            (by_todo, format!("failed: {first}"))
        }
        Verdict::Passed => (
            false,
            "PASSED: the grading cannot tell the stub from a solution".into(),
        ),
        Verdict::DoesNotBuild(why) => (false, format!("does not build: {}", one_line(why))),
    }
}

/// The mistake failed through its own check, in a sentence that names it.
fn caught(graded: &Graded, mistake: &Mistake) -> (bool, String) {
    if let Verdict::DoesNotBuild(why) = &graded.verdict {
        return (false, format!("does not build: {}", one_line(why)));
    }
    match graded.failure_of(&mistake.caught_by) {
        Some(failure) => {
            let names_it = failure
                .why
                .to_lowercase()
                .contains(&mistake.says.to_lowercase());
            let text = format!("{}: \"{}\"", mistake.caught_by, one_line(&failure.why));
            if names_it {
                (true, text)
            } else {
                (false, format!("{text} does not say \"{}\"", mistake.says))
            }
        }
        None => (
            false,
            format!(
                "NOT CAUGHT by {} ({}): {}",
                mistake.caught_by,
                mistake.what,
                must_pass(graded).1
            ),
        ),
    }
}

/// True when the exercise's file is still the stub it ships as (`catalogue/<id>/stub.rs`).
fn ships_untouched(exercise: &Exercise) -> bool {
    let read = |path: PathBuf| std::fs::read_to_string(path).ok();
    read(exercise.path()).is_some_and(|now| read(exercise.pristine()) == Some(now))
}

fn one_line(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    joined.chars().take(150).collect()
}

//! Unit tests of `catalog.rs`.

use super::*;

/// Every exercise in the real catalogue points at a stub with `todo!()`s and at a
/// grading test that exist, and no two share an id.
#[test]
fn the_catalogue_names_stubs_and_tests_that_exist() {
    let root = workspace_root().expect("the workspace");
    let exercises = load(&root).expect("every info.toml parses");
    assert!(exercises.len() >= 14, "{} exercises", exercises.len());
    let mut ids = std::collections::BTreeSet::new();
    for e in &exercises {
        assert!(ids.insert(e.id.clone()), "{} twice", e.id);
        assert!(e.path().is_file(), "{}: no {}", e.id, e.path().display());
        let test = e.dir.join("tests").join(format!("{}.rs", e.test));
        assert!(test.is_file(), "{}: no {}", e.id, test.display());
        assert!(e.todos >= 1, "{}: a stub has at least one todo!()", e.id);
        assert!(
            e.id.starts_with(&e.lab["lab-".len()..]),
            "{} is not in {}",
            e.id,
            e.lab
        );
        assert!(
            root.join(&e.compare).is_file(),
            "{}: nothing to compare at {}",
            e.id,
            e.compare
        );
    }
}

/// Each grading test the catalogue lists is a test in its file, and each mistake
/// (three at least, in a file of its own) names a check that exists.
#[test]
fn every_mistake_names_a_check_that_exists() {
    let root = workspace_root().expect("the workspace");
    for e in load(&root).expect("every info.toml parses") {
        let test = e.dir.join("tests").join(format!("{}.rs", e.test));
        let source = std::fs::read_to_string(&test).expect("the grading test reads");
        for check in e.checks.iter().chain(&e.loom_checks) {
            assert!(
                source.contains(&format!("fn {check}()")),
                "{}: no test `{check}` in {}",
                e.id,
                test.display()
            );
        }
        assert!(
            e.mistakes.len() >= 3,
            "{}: {} mistakes",
            e.id,
            e.mistakes.len()
        );
        for m in &e.mistakes {
            let known = e.checks.contains(&m.caught_by)
                || e.loom_checks.contains(&m.caught_by)
                || m.caught_by == RAN_TO_THE_END;
            assert!(known, "{}/{}: no check `{}`", e.id, m.file, m.caught_by);
            assert!(e.catalogue().join(&m.file).is_file(), "{}/{}", e.id, m.file);
        }
        for file in ["stub.rs", "reference.rs"] {
            assert!(e.catalogue().join(file).is_file(), "{}: no {file}", e.id);
        }
        assert!(e.solution().is_file(), "{}: no hint level 3", e.id);
    }
}

/// The pristine copy that `reset` restores is the stub as it ships: while the
/// student's file is untouched (as in a fresh clone), the two are the same text.
#[test]
fn an_untouched_stub_is_its_pristine_copy() {
    let root = workspace_root().expect("the workspace");
    for e in load(&root).expect("every info.toml parses") {
        let current = std::fs::read_to_string(e.path()).expect("the stub reads");
        if crate::progress::todo_count(&current) < e.todos {
            continue; // being worked on: the student's, not ours
        }
        let pristine = std::fs::read_to_string(e.pristine()).expect("the copy reads");
        assert!(
            current == pristine,
            "{}: {} differs from its pristine copy",
            e.id,
            e.file
        );
    }
}

#[test]
fn a_lab_is_chosen_by_its_name_or_its_number_and_a_typo_says_what_exists() {
    let root = workspace_root().expect("the workspace");
    let exercises = load(&root).expect("every info.toml parses");
    let by_name = select(&exercises, "lab-03").expect("lab-03 exists");
    let by_number = select(&exercises, "03").expect("03 exists");
    assert_eq!(by_name.len(), by_number.len());
    assert!(by_name.iter().all(|e| e.lab == "lab-03"));
    let err = select(&exercises, "03-mutx").expect_err("a typo");
    assert!(err.contains("03-mutex"), "{err}");
}

//! `course reset TARGET`: put the untouched stub back, keeping the student's version.
//!
//! The stub comes from the exercise's catalogue (`catalogue/<id>/stub.rs`), which ships
//! with the course, so reset needs no git. The student's version goes to
//! `.course/backup/<id>.rs` at the workspace root, outside `target/`: `cargo clean`
//! never deletes it.

use crate::catalog::{Exercise, state_dir};
use crate::lang::Lang;
use labkit::outln;
use std::path::Path;

/// Restore the stub of each of `exercises`.
pub fn run(root: &Path, exercises: &[&Exercise], lang: Lang) -> Result<(), String> {
    for exercise in exercises {
        restore(root, exercise, lang)?;
    }
    Ok(())
}

fn restore(root: &Path, exercise: &Exercise, lang: Lang) -> Result<(), String> {
    let shown = exercise.shown_path(root);
    let stub = std::fs::read_to_string(exercise.pristine()).map_err(|e| {
        format!(
            "{}: {} ({e})",
            lang.pick("cannot read the untouched stub", "读不到原始的练习文件"),
            exercise.pristine().display()
        )
    })?;
    let current = std::fs::read_to_string(exercise.path()).ok();
    if current.as_deref() == Some(stub.as_str()) {
        match lang {
            Lang::En => outln!("{shown}: already the untouched stub"),
            Lang::Zh => outln!("{shown}：已经是原始的练习文件"),
        }
        return Ok(());
    }
    let backup = state_dir(root)
        .join("backup")
        .join(format!("{}.rs", exercise.id));
    if let Some(current) = current {
        let folder = backup.parent().expect("a backup file sits in a folder");
        std::fs::create_dir_all(folder)
            .and_then(|()| std::fs::write(&backup, current))
            .map_err(|e| format!("cannot keep your version in {}: {e}", backup.display()))?;
    }
    std::fs::write(exercise.path(), stub).map_err(|e| format!("cannot write {shown}: {e}"))?;
    let kept = backup.strip_prefix(root).unwrap_or(&backup).display();
    match lang {
        Lang::En => outln!("restored {shown} to its stub; your version is in {kept}"),
        Lang::Zh => outln!("{shown} 已恢复为原始练习；你的版本保存在 {kept}"),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Text;

    fn text() -> Text {
        Text {
            en: String::new(),
            zh: String::new(),
        }
    }

    /// In a copy of the tree without `.git`: reset puts the pristine stub back, and the
    /// student's version is kept in `.course/backup/`, outside `target/`.
    #[test]
    fn reset_needs_no_git_and_keeps_the_student_s_version() {
        let root = std::env::temp_dir().join(format!("course-reset-{}", std::process::id()));
        let dir = root.join("labs/lab-09/exercise");
        std::fs::create_dir_all(dir.join("src")).expect("a temp tree");
        std::fs::create_dir_all(dir.join("catalogue/09-x")).expect("a temp tree");
        std::fs::write(dir.join("catalogue/09-x/stub.rs"), "todo!()\n").expect("write");
        std::fs::write(dir.join("src/x.rs"), "my work\n").expect("write");
        let exercise = Exercise {
            id: "09-x".into(),
            lab: "lab-09".into(),
            package: "lab-09-exercise".into(),
            dir: dir.clone(),
            file: "src/x.rs".into(),
            test: "x".into(),
            todos: 1,
            challenge: false,
            checks: Vec::new(),
            loom_checks: Vec::new(),
            compare: String::new(),
            task: text(),
            proves: text(),
            nudge: text(),
            approach: text(),
            mistakes: Vec::new(),
        };
        run(&root, &[&exercise], Lang::En).expect("reset works");
        let restored = std::fs::read_to_string(dir.join("src/x.rs")).expect("read");
        let kept = std::fs::read_to_string(root.join(".course/backup/09-x.rs")).expect("read");
        let _ = std::fs::remove_dir_all(&root);
        assert_eq!(restored, "todo!()\n");
        assert_eq!(kept, "my work\n");
    }
}

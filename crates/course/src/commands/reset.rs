//! `course reset ID`: put the untouched stub back (your version is kept in target/course/).
//!
//! The stub comes from git: the upstream branch you cloned (`origin/HEAD`, which your own
//! commits do not move), else `HEAD`; whichever still has all of the stub's `todo!()`.

use crate::catalog::Exercise;
use crate::lang::Lang;
use crate::progress::todo_count;
use labkit::outln;
use std::path::Path;
use std::process::Command;

/// Restore the stub of `exercise`.
pub fn run(root: &Path, exercise: &Exercise, lang: Lang) -> Result<(), String> {
    let shown = exercise.shown_path(root);
    let stub = ["origin/HEAD", "origin/main", "HEAD"]
        .iter()
        .filter_map(|rev| git_show(root, rev, &shown))
        .find(|text| todo_count(text) >= exercise.todos)
        .ok_or_else(|| {
            lang.pick(
                "cannot find the untouched stub in git; reset needs the git clone of the course",
                "在 git 里找不到原始的练习文件；reset 需要课程的 git 克隆",
            )
            .to_string()
        })?;
    let backup = root
        .join("target/course/backup")
        .join(format!("{}.rs", exercise.id));
    if let Ok(current) = std::fs::read_to_string(exercise.path()) {
        if current == stub {
            outln!(
                "{}",
                lang.pick("already the untouched stub", "已经是原始的练习文件")
            );
            return Ok(());
        }
        let _ = std::fs::create_dir_all(backup.parent().expect("a folder"));
        std::fs::write(&backup, current).map_err(|e| e.to_string())?;
    }
    std::fs::write(exercise.path(), stub).map_err(|e| format!("cannot write {shown}: {e}"))?;
    match lang {
        Lang::En => outln!(
            "restored {shown} to its stub; your version is in {}",
            backup.display()
        ),
        Lang::Zh => outln!(
            "{shown} 已恢复为原始练习；你的版本保存在 {}",
            backup.display()
        ),
    }
    Ok(())
}

fn git_show(root: &Path, rev: &str, path: &str) -> Option<String> {
    let out = Command::new("git")
        .args(["show", &format!("{rev}:{path}")])
        .current_dir(root)
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

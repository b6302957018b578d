//! `course watch [TARGET]`: grade again on every save, as rustlings does.

use crate::catalog::Exercise;
use crate::lang::Lang;
use labkit::outln;
use labkit::style::dim;
use notify::{RecursiveMode, Watcher};
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

/// Saves closer together than this are one save (editors write a file in several steps).
const SETTLE: Duration = Duration::from_millis(300);

/// Grade `exercises` now and after every change to their files, until Ctrl-C.
pub fn run(root: &Path, exercises: &[&Exercise], lang: Lang, verbose: bool) -> Result<(), String> {
    let (changed, changes) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event
            && (event.kind.is_modify() || event.kind.is_create())
        {
            let _ = changed.send(event.paths);
        }
    })
    .map_err(|e| format!("cannot watch files: {e}"))?;
    let dirs: BTreeSet<_> = exercises.iter().map(|e| e.dir.join("src")).collect();
    for dir in &dirs {
        watcher
            .watch(dir, RecursiveMode::Recursive)
            .map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
    }
    loop {
        crate::commands::check::run(root, exercises, lang, verbose);
        outln!(
            "{}",
            dim(lang.pick(
                "watching your files: save to grade again, Ctrl-C to stop",
                "正在监视你的文件：保存即重新评分，Ctrl-C 退出"
            ))
        );
        wait_for_save(&changes)?;
        outln!("\n{}", "=".repeat(60));
    }
}

/// Block until a `.rs` file changes, then let the burst of events settle.
fn wait_for_save(changes: &mpsc::Receiver<Vec<std::path::PathBuf>>) -> Result<(), String> {
    loop {
        let paths = changes
            .recv()
            .map_err(|_| "the file watcher stopped".to_string())?;
        if paths
            .iter()
            .any(|p| p.extension().is_some_and(|x| x == "rs"))
        {
            while changes.recv_timeout(SETTLE).is_ok() {}
            return Ok(());
        }
    }
}

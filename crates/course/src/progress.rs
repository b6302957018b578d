//! Where a student stands on each exercise: not started, failing, done.
//!
//! "Not started" is read from the stub itself (every `todo!()` still there); "failing"
//! and "done" are the last grading of the file as it is now, kept in
//! `.course/progress.json` at the workspace root (see [`crate::catalog::state_dir`]), so
//! an edit after a pass shows as "not checked", and `cargo clean` forgets nothing.

use crate::catalog::Exercise;
use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// An exercise's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Every `todo!()` of the stub is still there.
    NotStarted,
    /// Changed since it was last graded (or never graded).
    NotChecked,
    /// The last grading of this very file failed.
    Failing,
    /// The last grading of this very file passed.
    Done,
}

impl State {
    /// The state in a few words.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Self::NotStarted => lang.pick("not started", "未开始"),
            Self::NotChecked => lang.pick("not checked", "未评分"),
            Self::Failing => lang.pick("failing", "未通过"),
            Self::Done => lang.pick("done", "完成"),
        }
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Saved {
    /// Exercise id -> (hash of the graded file, passed).
    graded: BTreeMap<String, (u64, bool)>,
}

/// The saved gradings of one workspace.
pub struct Progress {
    file: PathBuf,
    saved: Saved,
}

impl Progress {
    /// Read the saved gradings (none yet is fine).
    pub fn load(root: &Path) -> Self {
        let file = crate::catalog::state_dir(root).join("progress.json");
        let saved = std::fs::read(&file)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        Self { file, saved }
    }

    /// Where `exercise` stands now.
    pub fn state(&self, exercise: &Exercise) -> State {
        let Ok(text) = std::fs::read_to_string(exercise.path()) else {
            return State::NotChecked;
        };
        if todo_count(&text) >= exercise.todos {
            return State::NotStarted;
        }
        match self.saved.graded.get(&exercise.id) {
            Some(&(hash, passed)) if hash == hash_of(&text) => {
                if passed {
                    State::Done
                } else {
                    State::Failing
                }
            }
            _ => State::NotChecked,
        }
    }

    /// Remember a grading of the file as it is now, and save.
    pub fn record(&mut self, exercise: &Exercise, passed: bool) {
        let text = std::fs::read_to_string(exercise.path()).unwrap_or_default();
        self.saved
            .graded
            .insert(exercise.id.clone(), (hash_of(&text), passed));
        if let Some(dir) = self.file.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        if let Ok(json) = serde_json::to_vec_pretty(&self.saved) {
            // Progress is a convenience: a read-only target dir only loses the memory.
            let _ = std::fs::write(&self.file, json);
        }
    }
}

/// `todo!(` calls in a stub's code (doc comments that mention it do not count).
pub fn todo_count(text: &str) -> usize {
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .map(|l| l.matches("todo!(").count())
        .sum()
}

fn hash_of(text: &str) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

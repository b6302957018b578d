//! The exercises: read from each lab's `exercise/info.toml`.

use crate::lang::Text;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// One lab's `exercise/info.toml`.
#[derive(Debug, Deserialize)]
struct LabFile {
    /// The lab's package, e.g. `lab-03`.
    lab: String,
    /// The exercise package, e.g. `lab-03-exercise`.
    package: String,
    /// The exercises, in the order a student does them.
    exercise: Vec<ExerciseEntry>,
}

#[derive(Debug, Deserialize)]
struct ExerciseEntry {
    id: String,
    file: String,
    test: String,
    todos: usize,
    #[serde(default)]
    loom: bool,
    wrong: Option<String>,
    task: Text,
    proves: Text,
    hint: Text,
    next: Text,
}

/// One exercise: where the stub is, how it is graded, and what to tell the student.
#[derive(Debug)]
pub struct Exercise {
    /// Short id, e.g. `03-mutex`.
    pub id: String,
    /// The lab's package, e.g. `lab-03`.
    pub lab: String,
    /// The exercise package, e.g. `lab-03-exercise`.
    pub package: String,
    /// The exercise package's folder.
    pub dir: PathBuf,
    /// The stub, relative to `dir`.
    pub file: String,
    /// The grading test target (`tests/<test>.rs`).
    pub test: String,
    /// How many `todo!()` the untouched stub has.
    pub todos: usize,
    /// Graded by a loom model too (`--cfg loom`).
    pub loom: bool,
    /// The lab's wrong-on-purpose variant that `verify` proves the grading rejects.
    pub wrong: Option<String>,
    /// The task in one line.
    pub task: Text,
    /// What passing proves.
    pub proves: Text,
    /// A hint.
    pub hint: Text,
    /// What to try next after a failure.
    pub next: Text,
}

impl Exercise {
    /// The stub's full path.
    pub fn path(&self) -> PathBuf {
        self.dir.join(&self.file)
    }

    /// The stub's path from the workspace root, for messages and git.
    pub fn shown_path(&self, root: &Path) -> String {
        let path = self.path();
        path.strip_prefix(root)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/")
    }
}

/// The workspace root: where the course crate was built from, else the current folder's
/// nearest ancestor with a `labs/` folder.
pub fn workspace_root() -> Result<PathBuf, String> {
    let built_in = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    if built_in.join("labs").is_dir() {
        return built_in.canonicalize().map_err(|e| e.to_string());
    }
    let here = std::env::current_dir().map_err(|e| e.to_string())?;
    here.ancestors()
        .find(|dir| dir.join("labs").is_dir() && dir.join("Cargo.toml").is_file())
        .map(Path::to_path_buf)
        .ok_or_else(|| "cannot find the course: run this inside the concurrency-labs folder".into())
}

/// Every exercise of every lab, in lab order.
pub fn load(root: &Path) -> Result<Vec<Exercise>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("labs"))
        .map_err(|e| format!("cannot read {}: {e}", root.join("labs").display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path().join("exercise/info.toml")))
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    let mut exercises = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let lab: LabFile =
            toml::from_str(&text).map_err(|e| format!("{} is not valid: {e}", file.display()))?;
        let dir = file
            .parent()
            .expect("info.toml sits in a folder")
            .to_path_buf();
        exercises.extend(lab.exercise.into_iter().map(|e| Exercise {
            id: e.id,
            lab: lab.lab.clone(),
            package: lab.package.clone(),
            dir: dir.clone(),
            file: e.file,
            test: e.test,
            todos: e.todos,
            loom: e.loom,
            wrong: e.wrong,
            task: e.task,
            proves: e.proves,
            hint: e.hint,
            next: e.next,
        }));
    }
    Ok(exercises)
}

/// The exercises `target` names: an id (`03-mutex`), a lab (`lab-03` or `03`), or `all`.
pub fn select<'a>(exercises: &'a [Exercise], target: &str) -> Result<Vec<&'a Exercise>, String> {
    let lab = if target.len() == 2 {
        format!("lab-{target}")
    } else {
        target.to_string()
    };
    let chosen: Vec<&Exercise> = exercises
        .iter()
        .filter(|e| target == "all" || e.id == target || e.lab == lab)
        .collect();
    if chosen.is_empty() {
        let ids: Vec<&str> = exercises.iter().map(|e| e.id.as_str()).collect();
        return Err(format!(
            "no exercise or lab called `{target}`; try a lab (lab-03) or one of: {}",
            ids.join(", ")
        ));
    }
    Ok(chosen)
}

#[cfg(test)]
mod tests {
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
}

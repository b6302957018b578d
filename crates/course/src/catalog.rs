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
    challenge: bool,
    checks: Vec<String>,
    #[serde(default)]
    loom_checks: Vec<String>,
    compare: String,
    task: Text,
    proves: Text,
    nudge: Text,
    approach: Text,
    #[serde(default)]
    mistake: Vec<Mistake>,
}

/// A mistake students make, kept as a file in the exercise's catalogue: `verify` proves
/// the grading rejects it, through the check meant for it, in a sentence that names it.
#[derive(Debug, Clone, Deserialize)]
pub struct Mistake {
    /// The file in `catalogue/<id>/`, named after the mistake (`thread_per_job.rs`).
    pub file: String,
    /// The grading test that must fail on it, or [`RAN_TO_THE_END`].
    pub caught_by: String,
    /// Words the failure's sentence must contain: the sentence names the mistake.
    pub says: String,
    /// The mistake in one line, for the catalogue's listing.
    pub what: String,
}

/// The pseudo-check a mistake names when what catches it is the grader itself: the
/// grading tests must all report a result (a `process::exit(0)` stops them early).
pub const RAN_TO_THE_END: &str = "ran_to_the_end";

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
    /// A challenge: its answer is not in the lab's lesson files.
    pub challenge: bool,
    /// The grading tests of a normal build, in the lesson's order.
    pub checks: Vec<String>,
    /// The grading tests of a loom build (`--cfg loom`); empty if loom does not grade it.
    pub loom_checks: Vec<String>,
    /// Where the reference answer is, from the workspace root, to compare after a pass.
    pub compare: String,
    /// The task in one line.
    pub task: Text,
    /// What passing proves.
    pub proves: Text,
    /// Hint level 1: what to think about, no code.
    pub nudge: Text,
    /// Hint level 2: the approach, step by step, still no code.
    pub approach: Text,
    /// The catalogue of mistakes this exercise's grading must reject.
    pub mistakes: Vec<Mistake>,
}

impl Exercise {
    /// The stub's full path.
    pub fn path(&self) -> PathBuf {
        self.dir.join(&self.file)
    }

    /// The exercise's catalogue: `stub.rs` (the untouched stub), `reference.rs`,
    /// `solution.rs` (hint level 3) and one file per mistake.
    pub fn catalogue(&self) -> PathBuf {
        self.dir.join("catalogue").join(&self.id)
    }

    /// Hint level 3, a whole solution: `solution.rs`, or for a challenge (whose answer
    /// is not in the lab's lesson) its `reference.rs`.
    pub fn solution(&self) -> PathBuf {
        let file = if self.challenge {
            "reference.rs"
        } else {
            "solution.rs"
        };
        self.catalogue().join(file)
    }

    /// The untouched stub, as it shipped (what `reset` puts back).
    pub fn pristine(&self) -> PathBuf {
        self.catalogue().join("stub.rs")
    }

    /// Graded by a loom model too (`--cfg loom`).
    pub fn loom(&self) -> bool {
        !self.loom_checks.is_empty()
    }

    /// The stub's path from the workspace root, for messages.
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

/// Where the course keeps a student's progress and backups: a gitignored folder at the
/// workspace root, outside `target/`, so `cargo clean` never deletes a student's code.
pub fn state_dir(root: &Path) -> PathBuf {
    root.join(".course")
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
            challenge: e.challenge,
            checks: e.checks,
            loom_checks: e.loom_checks,
            compare: e.compare,
            task: e.task,
            proves: e.proves,
            nudge: e.nudge,
            approach: e.approach,
            mistakes: e.mistake,
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
mod tests;

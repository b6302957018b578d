//! The docs that cannot rot: find every command and code block the handouts quote.
//!
//! Each lab's tests run every `cargo run -p lab-NN -- ...` line found in any handout or
//! book page (both languages) through that lab's real argument parser; the book's tests
//! check that each Chinese page has its English page's sections and code blocks.
//!
//! `handouts/commands.rs` finds and parses the quoted commands, `handouts/outputs.rs`
//! compares quoted outputs with the runner's, and `handouts/skeletons.rs` reads a page's
//! headings and code blocks.

use std::path::{Path, PathBuf};

mod commands;
mod outputs;
mod skeletons;
pub use commands::*;
pub use outputs::*;
pub use skeletons::*;

/// The workspace root: the first ancestor of `start` whose Cargo.toml has `[workspace]`.
pub fn repo_root(start: &Path) -> PathBuf {
    start
        .ancestors()
        .find(|dir| {
            std::fs::read_to_string(dir.join("Cargo.toml")).is_ok_and(|t| t.contains("[workspace]"))
        })
        .unwrap_or(start)
        .to_path_buf()
}

/// Every Markdown file a reader may copy a command from: the README, every handout
/// (English and Chinese), and every page of the book.
pub fn markdown_files(root: &Path) -> Vec<PathBuf> {
    let mut files = vec![root.join("README.md")];
    let mut dirs = vec![
        root.join("labs"),
        root.join("docs/src"),
        root.join("docs/zh-CN/src"),
    ];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.flatten().map(|e| e.path()) {
            // `docs/zh-CN/src/img` links to the English pictures: no pages there.
            if path.is_dir() && !path.ends_with("target") && !path.is_symlink() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[cfg(test)]
mod tests;

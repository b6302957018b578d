//! The docs that cannot rot: find every command and code block the handouts quote.
//!
//! Each lab's tests run every `cargo run -p lab-NN -- ...` line found in any handout or
//! book page (both languages) through that lab's real argument parser; the book's tests
//! check that each Chinese page has its English page's sections and code blocks.

use std::path::{Path, PathBuf};

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

/// The arguments after `--` of every `cargo run -p <package>` in `text` (none when the
/// command has no `--`). Shell comments and pipes end a command.
pub fn commands_for(package: &str, text: &str) -> Vec<Vec<String>> {
    let needle = format!("cargo run -p {package}");
    let mut commands = Vec::new();
    for line in text.lines() {
        let mut rest = line;
        while let Some(at) = rest.find(&needle) {
            let after = &rest[at + needle.len()..];
            // `lab-0` must not match `lab-01`.
            if after.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-') {
                rest = after;
                continue;
            }
            let end = after
                .find(['`', '#', '|', ';', '&', ')'])
                .unwrap_or(after.len());
            let words = shlex::split(&after[..end]).unwrap_or_default();
            let args = match words.iter().position(|w| w == "--") {
                Some(dash) => words[dash + 1..].to_vec(),
                None => Vec::new(),
            };
            commands.push(args);
            rest = &after[end..];
        }
    }
    commands
}

/// Every quoted command for `package` across the repository, with the file it came from.
pub fn quoted_commands(root: &Path, package: &str) -> Vec<(PathBuf, Vec<String>)> {
    markdown_files(root)
        .into_iter()
        .flat_map(|file| {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            commands_for(package, &text)
                .into_iter()
                .map(move |args| (file.clone(), args))
        })
        .collect()
}

/// Check every quoted `cargo run -p <package>` command against the lab's binary `exe`:
/// the arguments plus `--help` must parse (exit 0). A renamed or removed flag, subcommand
/// or value fails with the command and the parser's complaint. Returns how many were checked.
pub fn check_quoted_commands(manifest_dir: &str, package: &str, exe: &str) -> usize {
    let root = repo_root(Path::new(manifest_dir));
    let commands = quoted_commands(&root, package);
    for (file, args) in &commands {
        let out = std::process::Command::new(exe)
            .args(args)
            .arg("--help")
            .output()
            .expect("the lab's binary runs");
        assert!(
            out.status.success(),
            "{}: `cargo run -p {package} -- {}` does not parse: {}",
            file.display(),
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    commands.len()
}

/// The test every runner has: each `cargo run -p <package>` command quoted in a handout
/// or book page (either language) parses with the binary's real flags, so a renamed flag
/// fails a test, not a classroom. Use it as the whole of `tests/handout_commands.rs`:
/// `labkit::quoted_commands_parse!("lab-03");`
#[macro_export]
macro_rules! quoted_commands_parse {
    ($package:literal) => {
        #[test]
        fn every_quoted_command_parses_with_the_real_flags() {
            let checked = $crate::handouts::check_quoted_commands(
                env!("CARGO_MANIFEST_DIR"),
                $package,
                env!(concat!("CARGO_BIN_EXE_", $package)),
            );
            assert!(
                checked > 0,
                "the handouts quote at least one command for {}",
                $package
            );
        }
    };
}

/// The section headings of a runner's plain-text output: every line that follows a blank
/// line and is not a verdict (`✓`/`✗`), a note in brackets or the debug-build note. A
/// heading's figures and its bracketed tail are dropped ("the same with all 2 CPUs reading
/// (ns)" reads "the same with all # CPUs reading"), so a quote from another machine or build
/// compares equal when the runner prints the same sections.
pub fn section_headings(output: &str) -> Vec<String> {
    // The first line counts as following a blank line: a quote starts at the title.
    let lines: Vec<&str> = std::iter::once("").chain(output.lines()).collect();
    lines
        .windows(2)
        .filter(|pair| pair[0].trim().is_empty())
        .map(|pair| pair[1].trim())
        .filter(|line| {
            !line.is_empty()
                && !line.starts_with(['✓', '✗', '(', '['])
                && !line.starts_with("note:")
        })
        .map(normalise_heading)
        .collect()
}

/// A heading without its figures or its bracketed tail.
fn normalise_heading(line: &str) -> String {
    let line = line.split(" (").next().unwrap_or(line);
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        // A separator inside a number ("30,000", "1.5") is part of the number.
        let inside_number = matches!(c, ',' | '.')
            && out.ends_with('#')
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() || inside_number {
            if !out.ends_with('#') {
                out.push('#');
            }
        } else {
            out.push(c);
        }
    }
    out.trim().to_string()
}

/// Every quoted runner output in `text`: a fenced `text` block whose first line is a
/// runner's title (`lab-NN: ...`).
pub fn quoted_outputs(text: &str) -> Vec<String> {
    skeleton(text)
        .code_blocks
        .into_iter()
        .filter(|block| block.trim_start().starts_with("lab-"))
        .collect()
}

/// Check the quoted output of a runner against its real output: run `exe args` (plain
/// text, no colour), find every quoted output in the lab's handouts and the instructor
/// guide (both languages) with the same title, and require the same section headings, so a quote that leaves out a
/// section (or shows one the runner no longer prints) fails. Returns how many were checked.
pub fn check_quoted_output(manifest_dir: &str, exe: &str, args: &[&str]) -> usize {
    let out = std::process::Command::new(exe)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the lab's binary runs");
    let real = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{exe} {args:?} failed: {real}");
    let title = real.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let title = normalise_heading(title);
    let expected = section_headings(&real);
    let lab = Path::new(manifest_dir);
    let root = repo_root(lab);
    let pages = [
        lab.join("README.md"),
        lab.join("README.zh-CN.md"),
        root.join("docs/src/instructor-guide.md"),
        root.join("docs/zh-CN/src/instructor-guide.md"),
    ];
    let mut checked = 0;
    for path in pages {
        let page = std::fs::read_to_string(&path).unwrap_or_default();
        for quote in quoted_outputs(&page) {
            let quoted_title = quote.lines().next().map(normalise_heading);
            if quoted_title.as_deref() != Some(title.as_str()) {
                continue;
            }
            assert_eq!(
                section_headings(&quote),
                expected,
                "{}: the quoted output of `{}` shows other sections than the runner prints",
                path.display(),
                args.join(" ")
            );
            checked += 1;
        }
    }
    checked
}

/// A test that a handout's quoted output shows every section the runner prints: the
/// runner is run with `args` (a quick version of the quoted command) and its section
/// headings compared with the quote's, in both languages.
/// `labkit::quoted_output_matches!("lab-03", ["--runs", "1"]);`, or with a test name
/// first when a lab quotes more than one output.
#[macro_export]
macro_rules! quoted_output_matches {
    ($package:literal, [$($arg:expr),* $(,)?]) => {
        $crate::quoted_output_matches!(
            the_quoted_output_shows_every_section_the_runner_prints,
            $package,
            [$($arg),*]
        );
    };
    ($test:ident, $package:literal, [$($arg:expr),* $(,)?]) => {
        #[test]
        fn $test() {
            let checked = $crate::handouts::check_quoted_output(
                env!("CARGO_MANIFEST_DIR"),
                env!(concat!("CARGO_BIN_EXE_", $package)),
                &[$($arg),*],
            );
            assert!(
                checked >= 2,
                "both editions of {} quote the runner's output",
                $package
            );
        }
    };
}

/// A code block as both editions must share it: commands and output verbatim, comments
/// (`# ...` in shell and Python, `//` and `///` in Rust) left out, since each edition explains in its own
/// language. A `#` inside quotes or a URL is not a comment only when it is not preceded by
/// whitespace, which is all a quoted command needs.
pub fn without_comments(block: &str) -> String {
    block
        .lines()
        .map(|line| {
            let cut = [" # ", " // "]
                .iter()
                .filter_map(|marker| line.find(marker))
                .min()
                .unwrap_or(line.len());
            let code = &line[..cut];
            let trimmed = code.trim_start();
            if trimmed.starts_with("# ") || trimmed.starts_with("//") || trimmed == "#" {
                ""
            } else {
                code.trim_end()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A Markdown page's skeleton: its heading levels in order, and its fenced code blocks.
#[derive(Debug, PartialEq, Eq)]
pub struct Skeleton {
    /// `2` for `##`, `3` for `###`, in order.
    pub heading_levels: Vec<usize>,
    /// The contents of every fenced code block, in order.
    pub code_blocks: Vec<String>,
}

/// Read the skeleton of a Markdown text.
pub fn skeleton(text: &str) -> Skeleton {
    let (mut heading_levels, mut code_blocks) = (Vec::new(), Vec::new());
    let mut block: Option<String> = None;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            match block.take() {
                Some(done) => code_blocks.push(done),
                None => block = Some(String::new()),
            }
        } else if let Some(open) = block.as_mut() {
            open.push_str(line);
            open.push('\n');
        } else if line.starts_with('#') {
            heading_levels.push(line.chars().take_while(|&c| c == '#').count());
        }
    }
    Skeleton {
        heading_levels,
        code_blocks,
    }
}

#[cfg(test)]
mod tests;

//! Quoted outputs: a runner's output quoted in a handout shows the sections the runner
//! really prints.

use super::{repo_root, skeleton};
use std::path::Path;

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

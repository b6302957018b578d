//! Quoted commands: every `cargo run -p lab-NN -- ...` in the handouts and the book,
//! run through the lab's real argument parser.

use super::{markdown_files, repo_root};
use std::path::{Path, PathBuf};

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

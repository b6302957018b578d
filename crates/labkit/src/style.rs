//! Colour, only where it helps: a terminal that has not opted out with `NO_COLOR`.
//!
//! A projector terminal, a pipe into `less`, or a CI log all get plain text.

use std::io::IsTerminal;
use std::sync::OnceLock;

/// True when stdout is a terminal and the `NO_COLOR` convention (<https://no-color.org>) is not set.
pub fn colour_enabled() -> bool {
    static ENABLED: OnceLock<bool> = OnceLock::new();
    *ENABLED.get_or_init(|| {
        std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
    })
}

fn paint(code: &str, text: &str) -> String {
    if colour_enabled() {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// Green text (a passing verdict).
pub fn green(text: &str) -> String {
    paint("32", text)
}

/// Red text (a failing verdict, a lost update).
pub fn red(text: &str) -> String {
    paint("31", text)
}

/// Yellow text (a warning the reader should not miss).
pub fn yellow(text: &str) -> String {
    paint("33", text)
}

/// Bold text (titles).
pub fn bold(text: &str) -> String {
    paint("1", text)
}

/// Dim text (notes and asides).
pub fn dim(text: &str) -> String {
    paint("2", text)
}

//! The terminal report every runner prints: a title, tables, bar charts, verdicts.
//!
//! A runner builds one [`Report`] in order and prints it once. The `--json` path skips
//! all of this and prints [`crate::json`] instead, with the same verdicts as data.

use crate::style;
use crate::verdict::Verdict;

mod figures;
mod table;
pub use figures::*;
pub use table::*;

/// How every report shows a figure that could not be measured here.
pub const MISSING: &str = "n/a";

/// A figure, or [`MISSING`] where the OS or the run could not give one.
pub fn or_missing<T>(value: Option<T>, show: impl FnOnce(T) -> String) -> String {
    value.map_or_else(|| MISSING.to_string(), show)
}

/// A report, built up in order and printed once: a title, then sections, lines, tables,
/// bar charts and notes, then the debug-build note and the verdicts.
#[derive(Debug, Clone, Default)]
pub struct Report {
    out: String,
}

impl Report {
    /// A report under a big title, underlined.
    pub fn new(title: &str) -> Self {
        let mut report = Self::default();
        report.push(&format!("\n{}", style::bold(title)));
        report.push(&"=".repeat(title.chars().count()));
        report
    }

    fn push(&mut self, line: &str) -> &mut Self {
        self.out.push_str(line);
        self.out.push('\n');
        self
    }

    /// A section heading.
    pub fn section(&mut self, text: &str) -> &mut Self {
        self.push(&format!("\n{}", style::bold(text)))
    }

    /// A plain line.
    pub fn line(&mut self, text: impl AsRef<str>) -> &mut Self {
        self.push(text.as_ref())
    }

    /// A dimmed aside (how to read the figures, a caveat).
    pub fn note(&mut self, text: &str) -> &mut Self {
        self.push(&style::dim(text))
    }

    /// A yellow warning the reader must not miss (one CPU, a debug build).
    pub fn warn(&mut self, text: &str) -> &mut Self {
        self.push(&style::yellow(text))
    }

    /// A table.
    pub fn table(&mut self, table: &Table) -> &mut Self {
        self.push(&table.render())
    }

    /// A bar chart under a heading.
    pub fn bars(&mut self, heading: &str, bars: &[(String, f64)], unit: &str) -> &mut Self {
        self.section(heading);
        self.push(&render_bar_chart(bars, unit))
    }

    /// The speed goals, each with this run's ratio, under one heading (none when there
    /// are no goals). In a debug build the goals are not judged
    /// ([`crate::verdict::speed_goal`]), and the section says so instead.
    pub fn goals(&mut self, goals: &[Verdict]) -> &mut Self {
        if !crate::verdict::SPEED_GOALS_JUDGED {
            self.section("goals");
            return self.line(crate::verdict::SPEED_GOALS_NOT_JUDGED);
        }
        if !goals.is_empty() {
            self.section("goals (ratios from this run)");
        }
        for goal in goals {
            let text = &goal.text;
            let ratio = goal
                .figure
                .map_or(String::new(), |r| format!("  (ratio {r:.2})"));
            self.line(format!("   {} {text}{ratio}", mark(goal.ok)));
        }
        self
    }

    /// A run's goals ([`Report::goals`]), then its closing verdict ([`Report::verdicts`]).
    pub fn judged(&mut self, verdicts: &crate::verdict::Verdicts) -> &mut Self {
        self.goals(&verdicts.goals);
        self.verdicts(std::slice::from_ref(&verdicts.closing))
    }

    /// The debug-build note (in a debug build), then one `✓`/`✗` line per verdict.
    pub fn verdicts(&mut self, verdicts: &[Verdict]) -> &mut Self {
        if let Some(text) = crate::timing::debug_build_note() {
            self.warn(text);
        }
        for v in verdicts {
            self.push(&format!("\n{} {}", mark(v.ok), style::bold(&v.text)));
        }
        self
    }

    /// The report as text.
    pub fn render(&self) -> &str {
        &self.out
    }

    /// Print the report to stdout (quietly stopping if stdout is closed).
    pub fn print(&self) {
        crate::exit::print_all(&self.out);
    }
}

/// `✓` in green or `✗` in red.
pub fn mark(ok: bool) -> String {
    if ok {
        style::green("✓")
    } else {
        style::red("✗")
    }
}

#[cfg(test)]
mod tests;

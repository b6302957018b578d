//! The terminal report every runner prints: a title, tables, bar charts, verdicts.
//!
//! A runner builds one [`Report`] in order and prints it once. The `--json` path skips
//! all of this and prints [`crate::json`] instead, with the same verdicts as data.

use crate::style;
use crate::verdict::Verdict;

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

/// A plain text table: the first column left-aligned, the others right-aligned (numbers).
#[derive(Debug, Clone)]
pub struct Table {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with these column headers.
    pub fn new<S: ToString>(headers: &[S]) -> Self {
        Self {
            headers: headers.iter().map(ToString::to_string).collect(),
            rows: Vec::new(),
        }
    }

    /// Add one row; missing cells print empty, extra cells are kept.
    pub fn row<S: ToString>(&mut self, cells: &[S]) -> &mut Self {
        self.rows
            .push(cells.iter().map(ToString::to_string).collect());
        self
    }

    /// The table as lines of text, without colour codes in the layout.
    pub fn render(&self) -> String {
        let columns = self
            .rows
            .iter()
            .map(Vec::len)
            .chain([self.headers.len()])
            .max()
            .unwrap_or(0);
        let width = |c: usize| {
            let cells = self
                .rows
                .iter()
                .chain([&self.headers])
                .filter_map(|r| r.get(c));
            cells.map(|s| visible_len(s)).max().unwrap_or(0)
        };
        let widths: Vec<usize> = (0..columns).map(width).collect();
        let line = |cells: &Vec<String>| {
            let padded = widths.iter().enumerate().map(|(c, &w)| {
                let cell = cells.get(c).map_or("", String::as_str);
                let pad = " ".repeat(w - visible_len(cell));
                if c == 0 {
                    format!("{cell}{pad}")
                } else {
                    format!("{pad}{cell}")
                }
            });
            padded.collect::<Vec<_>>().join("  ").trim_end().to_string()
        };
        let rule = widths
            .iter()
            .map(|&w| "-".repeat(w))
            .collect::<Vec<_>>()
            .join("  ");
        let mut out = vec![line(&self.headers), rule];
        out.extend(self.rows.iter().map(line));
        out.join("\n")
    }
}

/// Characters a cell takes on screen: ANSI colour codes take none.
fn visible_len(text: &str) -> usize {
    let mut len = 0;
    let mut in_escape = false;
    for ch in text.chars() {
        match (in_escape, ch) {
            (false, '\x1b') => in_escape = true,
            (true, 'm') => in_escape = false,
            (false, _) => len += 1,
            _ => {}
        }
    }
    len
}

/// Width in characters of the longest bar in a [`Report::bars`] chart.
pub const BAR_WIDTH: usize = 40;

/// A horizontal bar chart as text: one line per `(label, value)`, scaled to the largest value.
pub fn render_bar_chart(bars: &[(String, f64)], unit: &str) -> String {
    let max = bars.iter().map(|(_, v)| *v).fold(0.0_f64, f64::max);
    let label_width = bars
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    let lines = bars.iter().map(|(label, value)| {
        let cells = if max > 0.0 {
            (value / max * BAR_WIDTH as f64).round() as usize
        } else {
            0
        };
        // A non-zero value always gets a sliver, so "tiny" never reads as "nothing".
        let bar = if cells == 0 && *value > 0.0 {
            "▏".to_string()
        } else {
            "█".repeat(cells)
        };
        let pad = " ".repeat(label_width - label.chars().count());
        format!("{label}{pad}  {bar} {} {unit}", format_figure(*value))
    });
    lines.collect::<Vec<_>>().join("\n")
}

/// A figure with sensible precision: 3 significant digits below 100, whole numbers above,
/// with thousands separators.
pub fn format_figure(value: f64) -> String {
    if value.abs() >= 100.0 {
        group_thousands(value.round() as i64)
    } else if value.abs() >= 10.0 {
        format!("{value:.1}")
    } else {
        format!("{value:.2}")
    }
}

/// An integer with thousands separators and an explicit sign when asked: `+2,318,004`.
pub fn group_thousands(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    if value < 0 { format!("-{out}") } else { out }
}

/// Like [`group_thousands`], with a `+` on positive values (for signed results).
pub fn signed_thousands(value: i64) -> String {
    if value > 0 {
        format!("+{}", group_thousands(value))
    } else {
        group_thousands(value)
    }
}

#[cfg(test)]
mod tests;

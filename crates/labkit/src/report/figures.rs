//! Figures as a report shows them: bars scaled to the largest, sensible precision,
//! thousands grouped.

/// Width in characters of the longest bar in a [`Report::bars`](super::Report::bars) chart.
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

//! Grouped bar charts: each label with its measured figure beside its limit.

use super::{LABEL_FONT, SIZE, TITLE_FONT, draw_legend, tick, with_machine};
use plotters::prelude::*;
use std::path::Path;

/// Grouped bars: for each label, one bar per value name (`measured`, `limit`).
#[derive(Debug, Clone)]
pub struct BarChart {
    /// The title (the machine is added to it).
    pub title: String,
    /// The y axis, with its unit.
    pub y_label: String,
    /// The name of each bar in a group, for the legend.
    pub value_names: Vec<String>,
    /// `(label, values)`, one value per name; a missing value draws no bar.
    pub groups: Vec<(String, Vec<Option<f64>>)>,
}

/// Draw `chart` to an SVG file at `path`; one sentence on failure.
pub fn bar_chart(path: &Path, chart: &BarChart) -> Result<(), String> {
    let why = |e: &dyn std::fmt::Display| format!("could not draw {}: {e}", path.display());
    let top = tallest(chart);
    if top <= 0.0 {
        return Err("nothing to plot: no figures".into());
    }
    let root = SVGBackend::new(path, SIZE).into_drawing_area();
    root.fill(&WHITE).map_err(|e| why(&e))?;
    let n = chart.groups.len() as f64;
    let label_at = group_labels(chart);
    let mut plot = ChartBuilder::on(&root)
        .caption(with_machine(&chart.title), ("sans-serif", TITLE_FONT))
        .margin(24)
        .x_label_area_size(70)
        .y_label_area_size(110)
        .build_cartesian_2d(-0.6..n - 0.4, 0.0..top * 1.3)
        .map_err(|e| why(&e))?;
    plot.configure_mesh()
        .disable_x_mesh()
        .x_labels(chart.groups.len() * 4 + 1)
        .x_label_formatter(&label_at)
        .y_label_formatter(&|v| tick(*v))
        .y_desc(chart.y_label.as_str())
        .label_style(("sans-serif", LABEL_FONT))
        .axis_desc_style(("sans-serif", LABEL_FONT))
        .draw()
        .map_err(|e| why(&e))?;
    let width = 0.8 / chart.value_names.len().max(1) as f64;
    for (k, name) in chart.value_names.iter().enumerate() {
        let colour = Palette99::pick(k).to_rgba();
        let bars = chart
            .groups
            .iter()
            .enumerate()
            .filter_map(|(i, (_, values))| {
                let value = values.get(k).copied().flatten()?;
                let left = i as f64 - 0.4 + k as f64 * width;
                Some(Rectangle::new(
                    [(left, 0.0), (left + width * 0.9, value)],
                    colour.filled(),
                ))
            });
        plot.draw_series(bars)
            .map_err(|e| why(&e))?
            .label(name.as_str())
            .legend(move |(x, y)| Rectangle::new([(x, y - 8), (x + 24, y + 8)], colour.filled()));
    }
    draw_legend(&mut plot, SeriesLabelPosition::UpperRight, LABEL_FONT).map_err(|e| why(&e))?;
    root.present().map_err(|e| why(&e))
}

/// The tallest finite figure in `chart`.
fn tallest(chart: &BarChart) -> f64 {
    chart
        .groups
        .iter()
        .flat_map(|(_, v)| v.iter().flatten())
        .copied()
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max)
}

/// The x axis's labels: group i's name at x = i, nothing between the groups.
fn group_labels(chart: &BarChart) -> impl Fn(&f64) -> String + use<> {
    let labels: Vec<String> = chart.groups.iter().map(|(l, _)| l.clone()).collect();
    move |x: &f64| {
        let i = x.round();
        let near = (x - i).abs() < 0.01 && i >= 0.0;
        labels
            .get(i as usize)
            .filter(|_| near)
            .cloned()
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plot::is_svg;

    #[test]
    fn a_bar_chart_is_well_formed_svg_with_its_labels() {
        let chart = BarChart {
            title: "bars".into(),
            y_label: "requests per second".into(),
            value_names: vec!["measured".into(), "Little's-law limit".into()],
            groups: vec![
                ("sequential".into(), vec![Some(19.8), Some(20.0)]),
                ("pool(16)".into(), vec![Some(317.0), None]),
            ],
        };
        let path = std::env::temp_dir().join(format!("labkit-bars-{}.svg", std::process::id()));
        bar_chart(&path, &chart).expect("drawn");
        let text = std::fs::read_to_string(&path).expect("written");
        let _ = std::fs::remove_file(&path);
        assert!(is_svg(&text));
        for words in [
            "bars",
            "sequential",
            "pool(16)",
            "requests per second",
            "limit",
        ] {
            assert!(text.contains(words), "{words} missing");
        }
    }
}

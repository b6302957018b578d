//! `--plot FILE.svg`: a runner's figures as a picture for a projector or the book.
//!
//! Large type, thick lines, axes labelled with their units, and a title that names the
//! machine (CPUs, build), since a figure without its machine says little.

use plotters::coord::ranged1d::{AsRangedCoord, ValueFormatter};
use plotters::prelude::*;
use std::path::Path;

mod bars;
pub use bars::{BarChart, bar_chart};

/// One line of a line chart.
#[derive(Debug, Clone)]
pub struct Series {
    /// The legend's name for it.
    pub name: String,
    /// `(x, y)` points, in x order.
    pub points: Vec<(f64, f64)>,
}

/// What a line chart shows.
#[derive(Debug, Clone)]
pub struct LineChart {
    /// The title (the machine is added to it).
    pub title: String,
    /// The x axis, with its unit: `threads`.
    pub x_label: String,
    /// The y axis, with its unit: `ns per step`.
    pub y_label: String,
    /// The lines.
    pub series: Vec<Series>,
    /// Log scales, for figures that span decades.
    pub log_x: bool,
    /// Log scale on y.
    pub log_y: bool,
}

/// `title (N CPUs, release build)`.
pub fn with_machine(title: &str) -> String {
    format!(
        "{title} ({} CPUs, {} build)",
        crate::probe::cpu_count(),
        crate::timing::build_profile()
    )
}

const SIZE: (u32, u32) = (1280, 720);
const TITLE_FONT: u32 = 34;
const LABEL_FONT: u32 = 24;

/// Draw `chart` to an SVG file at `path`; one sentence on failure.
pub fn line_chart(path: &Path, chart: &LineChart) -> Result<(), String> {
    line_charts(path, std::slice::from_ref(chart))
}

/// Draw `charts` one above the other in one SVG file at `path` (two quantities, two
/// axes), so each keeps a projector's width.
pub fn line_charts(path: &Path, charts: &[LineChart]) -> Result<(), String> {
    let why = |e: &dyn std::fmt::Display| format!("could not draw {}: {e}", path.display());
    let height = SIZE.1 * charts.len().max(1) as u32;
    let root = SVGBackend::new(path, (SIZE.0, height)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| why(&e))?;
    let panels = root.split_evenly((charts.len().max(1), 1));
    for (panel, chart) in panels.iter().zip(charts) {
        panel_chart(panel, chart).map_err(|e| why(&e))?;
    }
    root.present().map_err(|e| why(&e))
}

/// One chart on one panel.
fn panel_chart(root: &Area<'_>, chart: &LineChart) -> Result<(), String> {
    let points = chart.series.iter().flat_map(|s| s.points.iter());
    let usable = |v: f64, log: bool| v.is_finite() && (!log || v > 0.0);
    let (xs, ys): (Vec<f64>, Vec<f64>) = points
        .filter(|(x, y)| usable(*x, chart.log_x) && usable(*y, chart.log_y))
        .copied()
        .unzip();
    let x = span(&xs, chart.log_x).ok_or("nothing to plot: no figures")?;
    let y = span(&ys, chart.log_y).ok_or("nothing to plot: no figures")?;
    match (chart.log_x, chart.log_y) {
        (true, true) => draw(root, chart, x.log_scale(), y.log_scale()),
        (true, false) => draw(root, chart, x.log_scale(), y),
        (false, true) => draw(root, chart, x, y.log_scale()),
        (false, false) => draw(root, chart, x, y),
    }
}

/// The data's range, padded a little (by a factor on a log scale).
fn span(values: &[f64], log: bool) -> Option<std::ops::Range<f64>> {
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if !lo.is_finite() || !hi.is_finite() {
        return None;
    }
    Some(if log {
        lo / 1.5..hi * 1.5
    } else {
        let pad = ((hi - lo) * 0.08).max(hi.abs() * 0.05).max(1e-9);
        lo - pad..hi + pad
    })
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;

fn draw<X, Y>(root: &Area<'_>, chart: &LineChart, x: X, y: Y) -> Result<(), String>
where
    X: AsRangedCoord<Value = f64>,
    Y: AsRangedCoord<Value = f64>,
    X::CoordDescType: ValueFormatter<f64>,
    Y::CoordDescType: ValueFormatter<f64>,
{
    let err = |e: &dyn std::fmt::Display| e.to_string();
    let mut plot = ChartBuilder::on(root)
        .caption(with_machine(&chart.title), ("sans-serif", TITLE_FONT))
        .margin(24)
        .x_label_area_size(70)
        .y_label_area_size(110)
        .build_cartesian_2d(x, y)
        .map_err(|e| err(&e))?;
    plot.configure_mesh()
        .x_desc(chart.x_label.as_str())
        .y_desc(chart.y_label.as_str())
        .x_label_formatter(&|v| tick(*v))
        .y_label_formatter(&|v| tick(*v))
        .label_style(("sans-serif", LABEL_FONT))
        .axis_desc_style(("sans-serif", LABEL_FONT))
        .draw()
        .map_err(|e| err(&e))?;
    for (i, series) in chart.series.iter().enumerate() {
        let colour = Palette99::pick(i).to_rgba();
        plot.draw_series(LineSeries::new(
            series.points.iter().copied(),
            colour.stroke_width(4),
        ))
        .map_err(|e| err(&e))?
        .label(series.name.as_str())
        .legend(move |(x, y)| PathElement::new([(x, y), (x + 30, y)], colour.stroke_width(4)));
    }
    draw_legend(&mut plot, SeriesLabelPosition::UpperLeft, LABEL_FONT)
}

/// The legend every picture has: a framed box in `corner`, on a faint white, naming
/// each series in `font`.
pub(crate) fn draw_legend<'a, 'b: 'a, CT: plotters::coord::CoordTranslate>(
    chart: &mut ChartContext<'a, SVGBackend<'b>, CT>,
    corner: SeriesLabelPosition,
    font: u32,
) -> Result<(), String> {
    chart
        .configure_series_labels()
        .position(corner)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .label_font(("sans-serif", font))
        .draw()
        .map_err(|e| e.to_string())
}

/// A tick label as a reader writes it: `4`, `0.5`, `12,000`.
pub(crate) fn tick(value: f64) -> String {
    if value.fract().abs() < 1e-9 || value.abs() >= 100.0 {
        crate::report::group_thousands(value.round() as i64)
    } else {
        crate::report::format_figure(value)
    }
}

/// True when `text` is a well-formed SVG document (for tests of `--plot`).
pub fn is_svg(text: &str) -> bool {
    roxmltree::Document::parse(text).is_ok_and(|doc| doc.root_element().tag_name().name() == "svg")
}

#[cfg(test)]
mod tests;

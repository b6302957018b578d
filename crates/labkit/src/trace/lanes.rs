//! `--timeline FILE.svg`: a trace drawn as one lane per track, for a projector or the book.
//!
//! Spans closer together than a pixel are drawn as one bar (30,000 tasks would
//! otherwise be 30,000 rectangles no eye can tell apart); the JSON keeps every one.

use super::file::{Lane, Trace};
use crate::plot::with_machine;
use plotters::prelude::*;
use std::path::Path;

/// More lanes than this are left out of the picture (the JSON has them all).
pub const MAX_LANES: usize = 40;

const WIDTH: u32 = 1600;
const LANE_PX: u32 = 34;
const NAME_AREA: u32 = 480;
const FONT: u32 = 22;

/// What [`draw`] drew.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Drawn {
    /// Lanes in the picture.
    pub lanes: usize,
    /// Tracks with spans that did not fit ([`MAX_LANES`]).
    pub left_out: usize,
}

/// Draw `trace` to an SVG file at `path`, titled `title` (the machine is added).
pub fn draw(path: &Path, trace: &Trace, title: &str) -> Result<Drawn, String> {
    let mut lanes = trace.lanes();
    if lanes.is_empty() {
        return Err("nothing to draw: the trace has no spans".into());
    }
    let left_out = lanes.len().saturating_sub(MAX_LANES);
    lanes.truncate(MAX_LANES);
    let why = |e: &dyn std::fmt::Display| format!("could not draw {}: {e}", path.display());
    let names = span_names(&lanes);
    let legend = legend_rows(&names);
    let height = 190 + LANE_PX * (lanes.len() as u32 + legend as u32);
    let root = SVGBackend::new(path, (WIDTH, height)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| why(&e))?;
    draw_lanes(&root, &lanes, &names, title).map_err(|e| why(&e))?;
    root.present().map_err(|e| why(&e))?;
    Ok(Drawn {
        lanes: lanes.len(),
        left_out,
    })
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;

/// Empty rows on top hold the legend (an entry is about 0.8 of a lane), clear of the bars.
fn legend_rows(names: &[String]) -> f64 {
    (names.len() as f64 * 0.8 + 0.4).ceil()
}

/// Each lane's name, right-aligned just left of where its row starts (`starts`, in
/// pixels).
fn draw_lane_names(root: &Area<'_>, lanes: &[Lane], starts: &[(i32, i32)]) -> Result<(), String> {
    for (lane, &(x, y)) in lanes.iter().zip(starts) {
        let name = shorten(&lane.name, 40);
        let style = ("sans-serif", FONT).into_font().color(&BLACK);
        let width = root
            .estimate_text_size(&name, &style)
            .map_or(0, |s| s.0 as i32);
        root.draw(&Text::new(
            name,
            (x - width - 12, y - FONT as i32 / 2),
            style,
        ))
        .map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn draw_lanes(
    root: &Area<'_>,
    lanes: &[Lane],
    names: &[String],
    title: &str,
) -> Result<(), String> {
    let err = |e: &dyn std::fmt::Display| e.to_string();
    let end_ms = lanes
        .iter()
        .flat_map(|l| l.spans.iter().map(|s| s.1 / 1e3))
        .fold(0.0_f64, f64::max)
        .max(1e-3);
    let rows = lanes.len() as f64;
    let legend_row = legend_rows(names);
    let mut chart = ChartBuilder::on(root)
        .caption(with_machine(title), ("sans-serif", 30))
        .margin(20)
        .x_label_area_size(60)
        .y_label_area_size(NAME_AREA)
        .build_cartesian_2d(0.0..end_ms * 1.02, 0.0..rows + legend_row)
        .map_err(|e| err(&e))?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .x_desc("ms since the run began")
        .x_label_formatter(&|v| crate::plot::tick(*v))
        .label_style(("sans-serif", FONT))
        .axis_desc_style(("sans-serif", FONT))
        .draw()
        .map_err(|e| err(&e))?;
    // Lane i is the i-th row from the top.
    let row = |i: usize| rows - i as f64 - 0.5;
    let starts: Vec<(i32, i32)> = (0..lanes.len())
        .map(|i| chart.backend_coord(&(0.0, row(i))))
        .collect();
    draw_lane_names(root, lanes, &starts)?;
    let pixel_us = end_ms * 1e3 / f64::from(WIDTH - NAME_AREA);
    for (colour, name) in names.iter().enumerate() {
        let fill = Palette99::pick(colour).to_rgba().filled();
        let bars = lanes.iter().enumerate().flat_map(|(i, lane)| {
            coalesce(lane, name, pixel_us)
                .into_iter()
                .map(move |(from, to)| {
                    let y = row(i);
                    Rectangle::new([(from / 1e3, y - 0.35), (to / 1e3, y + 0.35)], fill)
                })
        });
        chart
            .draw_series(bars)
            .map_err(|e| err(&e))?
            .label(name.as_str())
            .legend(move |(x, y)| Rectangle::new([(x, y - 8), (x + 24, y + 8)], fill));
    }
    crate::plot::draw_legend(&mut chart, SeriesLabelPosition::UpperRight, FONT)
}

/// Every span name, in the order first seen.
fn span_names(lanes: &[Lane]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for span in lanes.iter().flat_map(|l| &l.spans) {
        if !names.contains(&span.2) {
            names.push(span.2.clone());
        }
    }
    names
}

/// The spans named `name` on `lane`, with gaps under `gap` microseconds closed.
fn coalesce(lane: &Lane, name: &str, gap: f64) -> Vec<(f64, f64)> {
    let mut bars: Vec<(f64, f64)> = Vec::new();
    for (from, to, _) in lane.spans.iter().filter(|s| s.2 == name) {
        // A bar at least a pixel wide, so a 1 us span still shows.
        let to = to.max(from + gap);
        match bars.last_mut() {
            Some(last) if *from <= last.1 + gap => last.1 = last.1.max(to),
            _ => bars.push((*from, to)),
        }
    }
    bars
}

/// `text` cut to `most` characters, with an ellipsis if cut.
fn shorten(text: &str, most: usize) -> String {
    if text.chars().count() <= most {
        text.to_owned()
    } else {
        text.chars().take(most - 1).chain(['…']).collect()
    }
}

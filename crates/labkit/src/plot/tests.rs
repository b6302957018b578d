//! Unit tests of `plot.rs`.

use super::*;

fn sample(log: bool) -> LineChart {
    LineChart {
        title: "a test".into(),
        x_label: "threads".into(),
        y_label: "ns per step".into(),
        series: vec![Series {
            name: "mutex".into(),
            points: vec![(1.0, 10.0), (2.0, 50.0), (4.0, 90.0)],
        }],
        log_x: log,
        log_y: log,
    }
}

#[test]
fn a_line_chart_is_well_formed_svg_with_its_title_and_units() {
    for log in [false, true] {
        let path =
            std::env::temp_dir().join(format!("labkit-plot-{log}-{}.svg", std::process::id()));
        line_chart(&path, &sample(log)).expect("drawn");
        let text = std::fs::read_to_string(&path).expect("written");
        let _ = std::fs::remove_file(&path);
        assert!(is_svg(&text));
        for words in ["a test", "CPUs", "threads", "ns per step", "mutex"] {
            assert!(text.contains(words), "{words} missing");
        }
    }
}

#[test]
fn nothing_to_plot_is_one_sentence_not_a_panic() {
    let mut chart = sample(true);
    chart.series[0].points = vec![(1.0, f64::NAN)];
    let err = line_chart(Path::new("/nonexistent/x.svg"), &chart).unwrap_err();
    assert!(err.contains("nothing to plot"));
}

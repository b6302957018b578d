//! The runner's contract: --json rows for each model, bad flags exit 2.

use labkit::testkit::{run_json, run_usage_error};

const LAB_07: &str = env!("CARGO_BIN_EXE_lab-07");

#[test]
fn json_reports_each_model_holding_the_idle_connections() {
    let doc = run_json(
        LAB_07,
        &[
            "--connections",
            "200",
            "--clients",
            "4",
            "--duration-ms",
            "200",
            "--json",
        ],
    );
    let rows = doc["results"].as_array().unwrap();
    assert_eq!(rows.len(), 4);
    let event_loop = &rows[0];
    assert_eq!(
        (
            event_loop["connections"].as_u64(),
            event_loop["errors"].as_u64()
        ),
        (Some(200), Some(0))
    );
    assert!(event_loop["requests_per_sec"].as_f64().unwrap() > 0.0);
    for key in ["model", "threads", "rss_kib", "p99_ms"] {
        assert!(event_loop.get(key).is_some(), "{key}");
    }
    assert_eq!(
        rows[1]["connections"].as_u64(),
        Some(200),
        "thread-per-connection held them too"
    );
    let verdict = &doc["verdicts"][0];
    assert_eq!(verdict["ok"], true, "{verdict}");
    assert_eq!(
        (verdict["figure"].as_f64(), verdict["threshold"].as_f64()),
        (Some(200.0), Some(200.0))
    );
    assert!(
        verdict["text"]
            .as_str()
            .unwrap()
            .starts_with("one thread held 200 idle connections")
    );
    // The kept-alive rows: 4 persistent clients fit the pool of 16, the loop, and (where
    // a port can be shared) 2 loops.
    let kept = doc["keep_alive"].as_array().unwrap();
    assert_eq!(kept.len(), if cfg!(unix) { 3 } else { 2 });
    assert_eq!(kept[0]["model"], "pool(16), keep-alive");
    assert_eq!(kept[1]["clients_served"].as_u64(), Some(4));
    if cfg!(unix) {
        assert_eq!(kept[2]["model"], "2 event loops, keep-alive");
        assert_eq!(kept[2]["clients_served"].as_u64(), Some(4));
    }
    assert_eq!(doc["verdicts"][1]["ok"], true, "{}", doc["verdicts"][1]);
}

#[test]
fn zero_connections_is_a_usage_error_with_exit_2() {
    assert!(run_usage_error(LAB_07, &["--connections", "0"]).contains("--connections"));
}

#[test]
fn sweep_doubles_the_connections_and_plots_memory_and_threads() {
    let path = std::env::temp_dir().join(format!("lab-07-sweep-{}.svg", std::process::id()));
    let path_text = path.to_string_lossy().into_owned();
    let doc = run_json(
        LAB_07,
        &["sweep", "--max", "500", "--plot", &path_text, "--json"],
    );
    let counts: Vec<u64> = doc["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["connections"].as_u64().unwrap())
        .collect();
    assert_eq!(counts, [250, 500]);
    for point in doc["results"].as_array().unwrap() {
        assert_eq!(point["event_loop"]["connections"], point["connections"]);
        assert_eq!(point["threads"]["connections"], point["connections"]);
    }
    // Memory per connection is the slope through both points, for each server.
    #[cfg(target_os = "linux")]
    for server in ["event_loop_kib", "threads_kib"] {
        let kib = &doc["per_connection_kib"][server];
        assert!(kib.as_f64().is_some(), "{server}: {kib}");
    }
    let svg = std::fs::read_to_string(&path).expect("the picture was written");
    let _ = std::fs::remove_file(&path);
    assert!(labkit::plot::is_svg(&svg));
    for words in [
        "idle connections",
        "MiB",
        "threads alive",
        "event loop",
        "CPUs",
    ] {
        assert!(svg.contains(words), "{words} missing from the picture");
    }
}

//! The runner's contract: --json figures from `compare`, port problems exit 2.

use labkit::testkit::{run_json, run_usage_error};

const LAB_02: &str = env!("CARGO_BIN_EXE_lab-02");

#[test]
fn compare_json_reports_each_model_with_its_limit() {
    let doc = run_json(
        LAB_02,
        &[
            "compare",
            "--clients",
            "4",
            "--delay-ms",
            "10",
            "--duration-ms",
            "300",
            "--workers",
            "2",
            "--json",
        ],
    );
    let models: Vec<&str> = doc["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["model"].as_str().unwrap())
        .collect();
    assert_eq!(models, ["sequential", "thread-per-connection", "pool"]);
    let pool = &doc["results"][2];
    assert_eq!(
        pool["limit_per_sec"].as_f64(),
        Some(200.0),
        "2 workers / 10 ms"
    );
    for key in ["requests_per_sec", "p50_ms", "p99_ms", "peak_threads"] {
        assert!(pool[key].as_f64().unwrap() > 0.0, "{key}");
    }
}

#[test]
fn serve_on_a_port_in_use_exits_2_with_one_sentence() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let stderr = run_usage_error(
        LAB_02,
        &["serve", "--addr", &taken.local_addr().unwrap().to_string()],
    );
    assert!(stderr.contains("already in use"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
}

#[test]
fn an_unknown_model_exits_2_listing_the_choices() {
    assert!(
        run_usage_error(LAB_02, &["serve", "--model", "forking"]).contains("thread-per-connection")
    );
}

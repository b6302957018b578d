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
    // One expectation per model (each has a limit at 10 ms), and the closing verdict;
    // each expectation's figure is that model's share of its limit.
    assert_eq!(doc["verdicts"].as_array().unwrap().len(), 1);
    let expectations = doc["goals"].as_array().unwrap();
    assert_eq!(expectations.len(), 3, "{expectations:?}");
    for (verdict, result) in expectations.iter().zip(doc["results"].as_array().unwrap()) {
        assert_eq!(verdict["figure"], result["percent_of_limit"]);
        assert_eq!(verdict["threshold"].as_f64(), Some(90.0));
    }
}

#[test]
fn at_0_ms_there_is_no_limit_so_no_model_is_ticked_against_one() {
    let doc = run_json(
        LAB_02,
        &[
            "--clients",
            "2",
            "--delay-ms",
            "0",
            "--duration-ms",
            "200",
            "--workers",
            "2",
            "--json",
        ],
    );
    assert_eq!(
        doc["goals"],
        serde_json::json!([]),
        "no expectation without a limit"
    );
    let verdicts = doc["verdicts"].as_array().unwrap();
    assert_eq!(verdicts.len(), 1, "only the closing verdict: {verdicts:?}");
    assert!(
        verdicts[0]["text"]
            .as_str()
            .unwrap()
            .contains("no Little's-law limit")
    );
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

#[test]
fn a_zero_read_timeout_or_a_huge_delay_is_refused_with_one_sentence() {
    let zero = run_usage_error(LAB_02, &["serve", "--read-timeout-ms", "0"]);
    assert!(zero.contains("0 is not in 1..=600000"), "{zero}");
    let huge = run_usage_error(LAB_02, &["serve", "--delay-ms", "18446744073709551615"]);
    assert!(huge.contains("is not in 0..=10000"), "{huge}");
}

#[test]
fn compare_plot_writes_a_well_formed_svg_of_each_model_against_its_limit() {
    labkit::testkit::assert_plot(
        LAB_02,
        &[
            "--clients",
            "4",
            "--delay-ms",
            "10",
            "--duration-ms",
            "200",
            "--workers",
            "2",
        ],
        &[
            "requests per second",
            "sequential",
            "pool(2)",
            "Little",
            "CPUs",
        ],
    );
}

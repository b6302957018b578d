//! The runner's contract: --json figures from `compare`, port problems exit 2.

use std::process::Command;

fn lab_02(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_lab-02"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn compare_json_reports_each_model_with_its_limit() {
    let out = lab_02(&[
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
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
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
    let out = lab_02(&["serve", "--addr", &taken.local_addr().unwrap().to_string()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr.contains("already in use"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
}

#[test]
fn an_unknown_model_exits_2_listing_the_choices() {
    let out = lab_02(&["serve", "--model", "forking"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("thread-per-connection"));
}

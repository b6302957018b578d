//! The runner's contract: --json figures, bad flags exit 2.

use std::process::Command;

fn lab_03(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_lab-03"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn json_mode_reports_every_run_with_its_figures() {
    let out = lab_03(&[
        "--mode",
        "atomic",
        "--threads",
        "4",
        "--loops",
        "1000",
        "--runs",
        "2",
        "--json",
    ]);
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = doc["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    for r in results {
        assert_eq!(r["strategy"], "atomic");
        assert_eq!(
            (r["threads"].as_u64(), r["loops"].as_u64()),
            (Some(4), Some(1000))
        );
        assert_eq!(
            (
                r["expected"].as_i64(),
                r["result"].as_i64(),
                r["lost_updates"].as_u64()
            ),
            (Some(0), Some(0), Some(0))
        );
        assert!(r["nanos_per_op"].as_f64().unwrap() > 0.0);
    }
}

#[test]
fn zero_threads_is_a_usage_error_with_exit_2() {
    let out = lab_03(&["--threads", "0"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--threads"));
}

#[test]
fn unknown_strategy_is_a_usage_error_listing_the_choices() {
    let out = lab_03(&["--mode", "spinlock"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("parking-lot"));
}

//! The runner's contract: --json figures for each strategy, http tasks really fetched,
//! bad flags exit 2.

use std::process::Command;

fn lab_04(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_lab-04"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn json_reports_each_strategy_with_its_bound() {
    let out = lab_04(&[
        "--tasks",
        "200",
        "--workers",
        "4",
        "--strategy",
        "pool,rayon",
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = doc["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    for r in results {
        assert_eq!(
            (
                r["tasks"].as_u64(),
                r["completed"].as_u64(),
                r["workers"].as_u64()
            ),
            (Some(200), Some(200), Some(4))
        );
        assert!(
            r["bound_ms"].as_f64().unwrap() >= 50.0,
            "200 x ~1 ms / 4 workers"
        );
        assert!(
            r["wall_ms"].as_f64().unwrap() >= r["bound_ms"].as_f64().unwrap() * 0.9,
            "no pool beats Little's law"
        );
        assert!(r.get("peak_threads").is_some() && r.get("peak_rss_kib").is_some());
    }
}

#[test]
fn http_tasks_fetch_real_urls_from_lab_02_s_server() {
    let out = lab_04(&[
        "--tasks",
        "100",
        "--workers",
        "8",
        "--work",
        "http",
        "--strategy",
        "pool",
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let pool = &doc["results"][0];
    assert_eq!(
        (pool["completed"].as_u64(), pool["failed"].as_u64()),
        (Some(100), Some(0))
    );
}

#[test]
fn zero_workers_is_a_usage_error_with_exit_2() {
    let out = lab_04(&["--workers", "0"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--workers"));
}

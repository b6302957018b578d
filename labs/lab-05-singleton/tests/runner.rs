//! The runner's contract: --json figures, bad flags exit 2.

use std::process::Command;

fn lab_05(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_lab-05"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn json_reports_each_way_with_its_figures() {
    let out = lab_05(&[
        "--way",
        "once-lock,naive",
        "--threads",
        "8",
        "--accesses",
        "1000",
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
    assert_eq!(results[0]["way"], "once-lock");
    assert_eq!(
        (
            results[0]["constructions"].as_u64(),
            results[0]["distinct_instances"].as_u64()
        ),
        (Some(1), Some(1))
    );
    assert_eq!(results[1]["threads"].as_u64(), Some(8));
    assert!(results[1]["access_ns"].as_f64().unwrap() > 0.0);
}

#[test]
fn unknown_way_is_a_usage_error_with_exit_2() {
    let out = lab_05(&["--way", "metaclass"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("once-lock"));
}

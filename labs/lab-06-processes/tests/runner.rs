//! The runner's contract: --json carries each demo's figures and its verdicts.

use labkit::testkit::{run_json, run_usage_error};

const LAB_06: &str = env!("CARGO_BIN_EXE_lab-06");

#[test]
fn join_vs_lock_json_carries_three_verdicts_that_hold() {
    let doc = run_json(LAB_06, &["join-vs-lock", "--json"]);
    let verdicts = doc["verdicts"].as_array().unwrap();
    assert_eq!(verdicts.len(), 3);
    assert!(verdicts.iter().all(|v| v["ok"] == true), "{verdicts:?}");
    assert_eq!(doc["join"][0], "A step 0");
}

#[test]
fn results_json_carries_the_verdict_for_every_way() {
    let doc = run_json(LAB_06, &["results", "--json"]);
    assert_eq!(doc["verdicts"][0]["ok"], true);
    let ways: Vec<&str> = doc["succeeding"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["way"].as_str().unwrap())
        .collect();
    assert_eq!(ways, ["join", "channel", "scope"]);
}

#[test]
fn isolation_json_carries_the_figures_and_two_verdicts() {
    let doc = run_json(LAB_06, &["isolation", "--json"]);
    assert_eq!(doc["parent_list_after_child"], serde_json::json!([1, 2, 3]));
    let verdicts = doc["verdicts"].as_array().unwrap();
    assert_eq!(verdicts.len(), 2);
    assert!(verdicts.iter().all(|v| v["ok"] == true), "{verdicts:?}");
}

#[test]
fn an_unknown_demo_is_a_usage_error_with_exit_2() {
    assert!(run_usage_error(LAB_06, &["fork-bomb"]).contains("unrecognized subcommand"));
}

/// Each subcommand's report closes on what that demo showed, not on all four demos.
#[test]
fn each_demo_alone_closes_on_its_own_outcome_only() {
    let outcomes = [
        ("join-vs-lock", "join ordered the tasks"),
        ("results", "every result came back"),
        ("isolation", "the child's memory stayed its own"),
    ];
    for (demo, own) in outcomes {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_lab-06"))
            .arg(demo)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let last = stdout.lines().rfind(|l| !l.trim().is_empty()).unwrap();
        assert!(last.contains(own), "{demo}: {last}");
        for (_, other) in outcomes.iter().filter(|(d, _)| *d != demo) {
            assert!(
                !last.contains(other),
                "{demo} claims another demo's outcome: {last}"
            );
        }
    }
}

/// `results` alone prints each panic as one line, even with RUST_BACKTRACE set.
#[test]
fn results_alone_prints_one_line_panics_without_backtraces() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_lab-06"))
        .arg("results")
        .env("RUST_BACKTRACE", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success());
    assert!(!stderr.contains("stack backtrace"), "{stderr}");
    assert!(
        !stderr.contains("panicked at"),
        "one line, not std's default: {stderr}"
    );
}

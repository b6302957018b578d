//! The runner's contract: --json figures, bad flags exit 2.

use labkit::testkit::{run_json, run_usage_error};

const LAB_03: &str = env!("CARGO_BIN_EXE_lab-03");

#[test]
fn json_mode_reports_every_run_with_its_figures() {
    let doc = run_json(
        LAB_03,
        &[
            "--mode",
            "atomic",
            "--threads",
            "4",
            "--loops",
            "1000",
            "--runs",
            "2",
            "--json",
        ],
    );
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
    let verdicts = doc["verdicts"].as_array().unwrap();
    assert_eq!(verdicts.len(), 1);
    assert_eq!(verdicts[0]["ok"], true, "atomic is exact every run");
    assert_eq!(verdicts[0]["text"], "2 of 2 runs gave exactly 0");
}

#[test]
fn the_demo_s_json_carries_its_verdicts_and_they_agree_with_its_runs() {
    let doc = run_json(LAB_03, &["--loops", "20000", "--runs", "3", "--json"]);
    let results = doc["results"].as_array().unwrap();
    let racy_lost = results[1..4]
        .iter()
        .filter(|r| r["lost_updates"].as_u64() != Some(0))
        .count();
    let verdicts = doc["verdicts"].as_array().unwrap();
    let closing = verdicts.last().unwrap();
    assert_eq!(closing["figure"].as_f64(), Some(racy_lost as f64));
    assert_eq!(closing["ok"], racy_lost > 0, "{closing}");
    assert!(
        closing["text"]
            .as_str()
            .unwrap()
            .contains(&format!("lost updates in {racy_lost} of 3 runs"))
    );
    for goal in &verdicts[..verdicts.len() - 1] {
        assert!(goal["text"].as_str().unwrap().starts_with("goal: "));
        assert!(goal["figure"].as_f64().unwrap().is_finite());
    }
}

#[test]
fn zero_threads_is_a_usage_error_with_exit_2() {
    assert!(run_usage_error(LAB_03, &["--threads", "0"]).contains("--threads"));
}

#[test]
fn unknown_strategy_is_a_usage_error_listing_the_choices() {
    assert!(run_usage_error(LAB_03, &["--mode", "spinlock"]).contains("parking-lot"));
}

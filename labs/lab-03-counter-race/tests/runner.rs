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
    // The closing verdict is the only one in `verdicts`; speed goals, in `goals`, are
    // judged in release builds only (the runner under test has this test's profile).
    assert_eq!(verdicts.len(), 1, "{verdicts:?}");
    if cfg!(debug_assertions) {
        assert_eq!(
            doc["goals"],
            serde_json::json!([]),
            "no speed goal in a debug build"
        );
    }
    for goal in doc["goals"].as_array().unwrap() {
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

#[test]
fn the_race_runs_pinned_and_the_fixes_unpinned_unless_asked() {
    let pinning = |args: &[&str]| -> Vec<String> {
        let doc = run_json(LAB_03, args);
        doc["results"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["schedule"] == "concurrent")
            .map(|r| {
                format!(
                    "{} {}",
                    r["strategy"].as_str().unwrap(),
                    r["pinning"].as_str().unwrap()
                )
            })
            .collect()
    };
    let default = pinning(&["--loops", "1000", "--runs", "1", "--json"]);
    assert!(default.contains(&"racy pinned".to_string()), "{default:?}");
    assert!(
        default.contains(&"mutex unpinned".to_string()),
        "{default:?}"
    );
    let all = pinning(&["--loops", "1000", "--runs", "1", "--pin", "--json"]);
    assert!(all.iter().all(|r| r.ends_with(" pinned")), "{all:?}");
    let none = pinning(&["--loops", "1000", "--runs", "1", "--no-pin", "--json"]);
    assert!(none.iter().all(|r| r.ends_with("unpinned")), "{none:?}");
}

#[test]
fn a_16_cpu_sweep_doubles_its_points_and_keeps_to_its_budget() {
    let budget_ms = 3_000.0;
    let doc = run_json(
        LAB_03,
        &["sweep", "--cpus", "16", "--budget-ms", "3000", "--json"],
    );
    let counts: Vec<u64> = doc["plan"]["thread_counts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_u64().unwrap())
        .collect();
    assert_eq!(counts, [1, 2, 4, 8, 16, 32]);
    let points = doc["results"].as_array().unwrap();
    assert_eq!(points.len(), 6 * 8);
    let per_point = doc["plan"]["budget_per_point"].as_f64().unwrap();
    assert!(per_point * 48.0 <= budget_ms);
    // A wide margin: the budget is planned from a probe, on a machine shared with CI.
    let spent: f64 = points.iter().map(|p| p["point_ms"].as_f64().unwrap()).sum();
    assert!(spent <= 3.0 * budget_ms, "the sweep took {spent:.0} ms");
    assert_eq!(doc["verdicts"][0]["ok"], true);
}

#[test]
fn sweep_plot_writes_a_well_formed_svg_with_its_axes_and_machine() {
    labkit::testkit::assert_plot(
        LAB_03,
        &["sweep", "--budget-ms", "500"],
        &["threads", "ns per step", "CPUs", "mutex", "padded"],
    );
}

/// `replay --json` is one JSON document (it once printed the text report): both replays,
/// the racy one losing an update, and the verdict.
#[test]
fn replay_json_is_json_with_both_replays_and_the_verdict() {
    let doc = run_json(LAB_03, &["replay", "--json"]);
    let (racy, fixed) = (&doc["racy"], &doc["fixed"]);
    assert_ne!(
        racy["result"], racy["expected"],
        "the racy replay loses an update"
    );
    assert_eq!(fixed["result"], fixed["expected"]);
    assert_eq!(doc["verdicts"][0]["ok"], true, "{doc}");
}

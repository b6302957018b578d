//! The runner's contract: --json figures, bad flags exit 2.

use labkit::testkit::{run_json, run_usage_error};

const LAB_05: &str = env!("CARGO_BIN_EXE_lab-05");

#[test]
fn json_reports_each_way_with_its_figures() {
    let doc = run_json(
        LAB_05,
        &[
            "--way",
            "once-lock,naive",
            "--threads",
            "8",
            "--accesses",
            "1000",
            "--json",
        ],
    );
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
    // Without a plain static to compare with, no goal has its figure: only the closing
    // verdict is given, and it names the naive way's constructions.
    assert_eq!(
        doc["goals"],
        serde_json::json!([]),
        "no goal without its figure"
    );
    let verdicts = doc["verdicts"].as_array().unwrap();
    assert_eq!(verdicts.len(), 1, "{verdicts:?}");
    assert_eq!(
        verdicts[0]["figure"].as_f64(),
        results[1]["constructions"].as_f64()
    );
    assert!(
        verdicts[0]["text"]
            .as_str()
            .unwrap()
            .contains("every other way gave what it promises")
    );
}

/// With one thread, naive has no race to lose: one build is the expected outcome, not a ✗.
#[test]
fn naive_with_one_thread_is_expected_to_build_once() {
    let doc = run_json(
        LAB_05,
        &[
            "--way",
            "naive",
            "--threads",
            "1",
            "--accesses",
            "1000",
            "--json",
        ],
    );
    assert_eq!(doc["results"][0]["constructions"].as_u64(), Some(1));
    let closing = doc["verdicts"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(closing["ok"], true, "{closing}");
    assert!(
        closing["text"].as_str().unwrap().contains("no race"),
        "{closing}"
    );
    let raced = run_json(
        LAB_05,
        &[
            "--way",
            "naive",
            "--threads",
            "8",
            "--accesses",
            "1000",
            "--json",
        ],
    );
    let closing = raced["verdicts"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(
        closing["ok"],
        raced["results"][0]["constructions"].as_u64() > Some(1),
        "with 8 threads naive is expected to build more than once: {closing}"
    );
}

#[test]
fn unknown_way_is_a_usage_error_with_exit_2() {
    assert!(run_usage_error(LAB_05, &["--way", "metaclass"]).contains("once-lock"));
}

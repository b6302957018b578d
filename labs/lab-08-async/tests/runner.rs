//! The runner: `--json` is the demo's typed outcome, every section present and every
//! task run; bad flags get one sentence and exit 2.

use std::process::Command;

const EXE: &str = env!("CARGO_BIN_EXE_lab-08");

#[test]
fn the_json_document_has_every_section_and_every_task_ran() {
    let args = [
        "--block-ms",
        "200",
        "--tasks",
        "300",
        "--idle",
        "100",
        "--clients",
        "20",
        "--kept-alive-ms",
        "300",
        "--json",
    ];
    let out = Command::new(EXE).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["freeze"].as_array().unwrap().len(), 4);
    assert_eq!(doc["waiting"].as_array().unwrap().len(), 2);
    assert_eq!(doc["idle"].as_array().unwrap().len(), 3);
    // Two tokio rows, lab-02's pool and lab-07's loop, and two loops where ports are shared.
    let kept = doc["kept_alive"].as_array().unwrap();
    assert!((4..=5).contains(&kept.len()), "{kept:?}");
    let one_thread = &kept[0];
    assert_eq!(one_thread["server"], "tokio current_thread, keep-alive");
    assert_eq!(
        (&one_thread["clients_served"], &one_thread["errors"]),
        (&20.into(), &0.into()),
        "{one_thread}"
    );
    let tasks = doc["tasks"].as_array().unwrap();
    assert_eq!(tasks.len(), 4);
    for run in tasks {
        assert_eq!(run["completed"], 300, "{run}");
        assert_eq!(run["failed"], 0, "{run}");
    }
    // On one thread, a task blocked for 200 ms holds every other client for it.
    assert_eq!(doc["verdicts"]["freeze"][0]["ok"], true);
    assert!(doc["verdicts"]["closing"]["text"].is_string());
}

#[test]
fn a_zero_task_count_is_one_sentence_and_exit_2() {
    let out = Command::new(EXE).args(["--tasks", "0"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("0 is not in 1..=1000000"), "{said}");
    assert!(!said.contains("panicked"), "{said}");
}

#[test]
fn a_port_in_use_is_one_sentence_and_exit_2() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let out = Command::new(EXE)
        .args(["serve", "--addr", &addr])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("already in use"), "{said}");
}

#[test]
fn block_runs_the_freeze_alone_and_urls_the_tasks_alone() {
    let json = |args: &[&str]| -> serde_json::Value {
        let out = Command::new(EXE).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let block = json(&["block", "--block-ms", "200", "--json"]);
    assert_eq!(block["freeze"].as_array().unwrap().len(), 4);
    assert!(block["tasks"].as_array().unwrap().is_empty());
    assert!(block["kept_alive"].as_array().unwrap().is_empty());
    assert_eq!(block["verdicts"]["freeze"][0]["ok"], true);

    let urls = json(&["urls", "--tasks", "200", "--json"]);
    assert!(urls["freeze"].as_array().unwrap().is_empty());
    let tasks = urls["tasks"].as_array().unwrap();
    assert_eq!(tasks.len(), 4);
    assert!(tasks.iter().all(|t| t["completed"] == 200), "{tasks:?}");
    assert_eq!(urls["verdicts"]["closing"]["ok"], true);
}

#[test]
fn urls_refuses_a_trace_in_one_sentence() {
    let file = std::env::temp_dir().join(format!("lab-08-urls-{}.json", std::process::id()));
    let out = Command::new(EXE)
        .arg("--trace")
        .arg(&file)
        .arg("urls")
        .output()
        .unwrap();
    assert!(!file.exists(), "a refused trace leaves no file");
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("not `urls`"), "{said}");
}

//! The recorder, the format and the picture, on spans whose shape we know.

use labkit::trace::{self, Trace, Track};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The recorder is one per process: these tests take turns.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn three_workers_two_tasks_each(process: &str) -> Trace {
    trace::start();
    std::thread::scope(|s| {
        for w in 0..3 {
            std::thread::Builder::new()
                .name(format!("worker-{w}"))
                .spawn_scoped(s, move || {
                    for t in 0..2 {
                        let _task = trace::span("task")
                            .with_args(|| serde_json::json!({ "task": w * 2 + t }));
                        let _inner = trace::span("step");
                        std::thread::sleep(Duration::from_millis(1));
                    }
                })
                .unwrap();
        }
    });
    trace::counter("queued", 0.0);
    trace::finish(process)
}

#[test]
fn every_event_has_the_fields_viewers_need_and_each_thread_one_named_track() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let trace = three_workers_two_tasks_each("test");
    let json: serde_json::Value = serde_json::from_str(&trace.to_json()).expect("the JSON parses");
    let events = json["traceEvents"].as_array().expect("a traceEvents array");
    for event in events {
        for field in ["ph", "ts", "pid", "tid", "name"] {
            assert!(event.get(field).is_some(), "{event} has no {field}");
        }
    }
    let lanes = trace.lanes();
    let mut names: Vec<_> = lanes.iter().map(|l| l.name.as_str()).collect();
    names.sort();
    assert_eq!(names, ["worker-0", "worker-1", "worker-2"]);
    let mut tasks: Vec<u64> = trace
        .spans("task")
        .map(|e| e.args["task"].as_u64().unwrap())
        .collect();
    tasks.sort();
    assert_eq!(tasks, [0, 1, 2, 3, 4, 5], "every task once");
    trace.check_nesting().expect("spans on a thread nest");
    assert!(trace.other.cost_per_event_ns > 0.0, "the cost is measured");
    let read_back = Trace::parse(&trace.to_json()).expect("reads back");
    assert_eq!(read_back.events.len(), trace.events.len());
    assert_eq!(read_back.lanes().len(), 3);
}

#[test]
fn spans_that_partly_overlap_on_one_track_are_caught() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    trace::start();
    let track = Track::named("conn 1").expect("recording");
    let t0 = Instant::now();
    let ms = |n| t0 + Duration::from_millis(n);
    trace::complete(track, "a", ms(0), ms(10), serde_json::Value::Null);
    trace::complete(track, "inside a", ms(2), ms(5), serde_json::Value::Null);
    trace::complete(track, "after a", ms(10), ms(12), serde_json::Value::Null);
    assert_eq!(trace::finish("nested").check_nesting(), Ok(()));

    trace::start();
    let track = Track::named("conn 1").expect("recording");
    trace::complete(track, "a", ms(0), ms(10), serde_json::Value::Null);
    trace::complete(track, "b", ms(5), ms(15), serde_json::Value::Null);
    let err = trace::finish("overlapping").check_nesting().unwrap_err();
    assert!(err.contains("\"b\"") && err.contains("\"a\""), "{err}");
}

#[test]
fn off_nothing_is_recorded_and_sampling_keeps_every_nth_thread() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    assert!(!trace::enabled());
    drop(trace::span("unseen"));
    assert!(Track::named("unseen").is_none());

    trace::start_sampled(10);
    for _ in 0..50 {
        std::thread::spawn(|| drop(trace::span("task")))
            .join()
            .unwrap();
    }
    let trace = trace::finish("sampled");
    assert_eq!(trace.lanes().len(), 5, "every 10th of 50 threads");
    assert_eq!(trace.other.threads_seen, 50);
}

#[test]
fn the_timeline_has_one_lane_per_track_and_merged_processes_keep_theirs() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let merged = Trace::merge(vec![
        three_workers_two_tasks_each("pool"),
        three_workers_two_tasks_each("stealing"),
    ]);
    assert_eq!(merged.lanes().len(), 6);
    let path = std::env::temp_dir().join(format!("labkit-timeline-{}.svg", std::process::id()));
    let drawn = trace::lanes::draw(&path, &merged, "six workers").expect("drawn");
    let svg = std::fs::read_to_string(&path).expect("written");
    let _ = std::fs::remove_file(&path);
    assert_eq!(drawn.lanes, 6);
    let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .map(str::trim)
        .collect();
    for lane in merged.lanes() {
        assert_eq!(
            texts.iter().filter(|t| **t == lane.name).count(),
            1,
            "{} labels one lane",
            lane.name
        );
    }
    assert!(
        texts.iter().any(|t| t.starts_with("stealing: worker-")),
        "{texts:?}"
    );
}

/// A browser draws the timeline as the SVG says: where Chromium is installed (as on
/// the machine that wrote the book's pictures), a headless screenshot of one has the
/// picture's size and is far from blank. Elsewhere it says it did not run.
#[test]
fn a_timeline_renders_in_headless_chromium_where_it_is_installed() {
    let Some(browser) = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| {
            std::process::Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
    else {
        eprintln!("skipped: no chromium on PATH (apt-get install chromium to run this check)");
        return;
    };
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let trace = Trace::merge(vec![three_workers_two_tasks_each("pool")]);
    let dir = std::env::temp_dir().join(format!("labkit-chromium-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    let (svg, png) = (dir.join("timeline.svg"), dir.join("timeline.png"));
    trace::lanes::draw(&svg, &trace, "three workers").expect("drawn");
    let text = std::fs::read_to_string(&svg).expect("written");
    let height: u32 = text
        .split("height=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|h| h.parse().ok())
        .expect("the SVG's height");
    let shot = std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
        ])
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("--window-size=1600,{height}"))
        .arg(format!("file://{}", svg.display()))
        .output()
        .expect("chromium runs");
    let bytes = std::fs::read(&png)
        .unwrap_or_else(|_| panic!("no screenshot: {}", String::from_utf8_lossy(&shot.stderr)));
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    let be = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().expect("four bytes"));
    assert_eq!((be(16), be(20)), (1600, height), "the picture's own size");
    // A white page of that size compresses to a few KB; lanes, labels and axes do not.
    assert!(
        bytes.len() > 20_000,
        "the screenshot is nearly blank ({} bytes)",
        bytes.len()
    );
}

//! Regenerate the book's "Measured results" page, in both editions, from one reference
//! run of every runner: `cargo run -p lab-benches --release --bin measured-results`.
//!
//! Each lab's runner is run in release with `--json` (and `--plot` for the pictures); the
//! figures become tables and the SVGs go beside the pages, so the page is regenerated,
//! never retyped. It writes `docs/src/measured-results.md`,
//! `docs/zh-CN/src/measured-results.md` and `docs/src/img/*.svg`, and names the machine
//! and the date.

#[path = "measured_results/timelines.rs"]
mod timelines;

use labkit::report::{Table, format_figure};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Run `cargo run --release -q -p <lab> -- <args> --json` and parse the JSON.
fn run(lab: &str, args: &[&str]) -> Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cargo_args = vec!["run", "--release", "-q", "-p", lab, "--"];
    cargo_args.extend_from_slice(args);
    cargo_args.push("--json");
    labkit::testkit::run_json(&cargo, &cargo_args)
}

/// A cell from a JSON value: numbers formatted like the runners do.
fn cell(v: &Value) -> String {
    match v {
        Value::Number(n) => match n.as_i64() {
            Some(whole) => labkit::report::group_thousands(whole),
            None => n.as_f64().map_or_else(|| n.to_string(), format_figure),
        },
        Value::String(s) => s.clone(),
        Value::Null => "n/a".into(),
        other => other.to_string(),
    }
}

/// A Markdown table of the `(JSON key, column heading)` columns of each object in `rows`.
fn table(rows: &Value, columns: &[(&str, &str)]) -> String {
    let headings: Vec<&str> = columns.iter().map(|c| c.1).collect();
    let mut t = Table::new(&headings);
    for row in rows.as_array().into_iter().flatten() {
        t.row(
            &columns
                .iter()
                .map(|(k, _)| cell(&row[*k]))
                .collect::<Vec<_>>(),
        );
    }
    // labkit renders aligned text; turn its header rule into a Markdown table.
    let text = t.render();
    text.lines()
        .enumerate()
        .map(|(i, line)| {
            if i == 1 {
                format!(
                    "|{}|",
                    columns.iter().map(|_| "---").collect::<Vec<_>>().join("|")
                )
            } else {
                let cells: Vec<&str> = line
                    .split("  ")
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .collect();
                format!("| {} |", cells.join(" | "))
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// One line naming the machine: CPU model, CPUs, kernel.
fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo").ok().and_then(|c| {
        c.lines()
            .find(|l| l.starts_with("model name"))
            .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
    });
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    format!(
        "{} CPUs ({}), Linux {}",
        labkit::probe::cpu_count(),
        cpu.unwrap_or_else(|| "unknown CPU".into()),
        kernel.trim()
    )
}

/// Lab 03's sequential run, its first racy run, and every fix (the other racy runs only repeat the point).
fn first_racy_run_and_fixes(rows: &Value) -> Value {
    let all = rows.as_array().cloned().unwrap_or_default();
    let (racy, fixes): (Vec<Value>, Vec<Value>) =
        all.into_iter().partition(|r| r["strategy"] == "racy");
    Value::Array(racy.into_iter().take(2).chain(fixes).collect())
}

/// One section of the page: a runner's table in both languages.
struct Section {
    title: [&'static str; 2],
    lab: &'static str,
    args: Vec<&'static str>,
    /// Where the rows are in the runner's JSON: `results` for most labs; lab-08's demo
    /// has one array per section of its report (`freeze`, `tasks`, `idle`).
    rows: &'static str,
    /// `(JSON key, English heading, Chinese heading)`.
    columns: Vec<(&'static str, &'static str, &'static str)>,
}

/// One picture: the command that draws it, and its caption in both languages.
struct Picture {
    file: &'static str,
    lab: &'static str,
    args: Vec<&'static str>,
    caption: [&'static str; 2],
}

fn sections() -> Vec<Section> {
    vec![
        Section {
            title: [
                "Lab 02: the threaded server (64 clients, 50 ms handler)",
                "实验 02：多线程服务器（64 个客户端，处理函数 50 毫秒）",
            ],
            lab: "lab-02",
            args: vec![],
            rows: "results",
            columns: vec![
                ("label", "model", "模型"),
                ("requests_per_sec", "requests/s", "请求/秒"),
                ("p50_ms", "p50 ms", "p50 毫秒"),
                ("p99_ms", "p99 ms", "p99 毫秒"),
                ("limit_per_sec", "Little's-law limit/s", "利特尔法则上限/秒"),
                ("percent_of_limit", "% of limit", "占上限 %"),
                ("peak_threads", "peak threads", "线程峰值"),
            ],
        },
        Section {
            title: [
                "Lab 03: the shared-counter race (2 threads x 10,000,000 steps)",
                "实验 03：共享计数器的竞争（2 个线程 x 10,000,000 步）",
            ],
            lab: "lab-03",
            args: vec![],
            rows: "results",
            columns: vec![
                ("strategy", "strategy", "策略"),
                ("schedule", "schedule", "调度"),
                ("pinning", "threads", "线程"),
                ("result", "result", "结果"),
                ("lost_updates", "updates lost", "丢失的更新"),
                ("nanos_per_op", "ns per step", "每步纳秒"),
            ],
        },
        Section {
            title: [
                "Lab 04: 30,000 tasks of 1 ms",
                "实验 04：三万个 1 毫秒的任务",
            ],
            lab: "lab-04",
            args: vec![],
            rows: "results",
            columns: vec![
                ("strategy", "strategy", "策略"),
                ("completed", "tasks run once", "恰好运行一次的任务"),
                ("workers", "workers", "工作线程"),
                ("wall_ms", "wall ms", "耗时 毫秒"),
                ("peak_threads", "peak threads", "线程峰值"),
                ("peak_rss_kib", "peak memory KiB", "内存峰值 KiB"),
                ("bound_ms", "Little's-law bound ms", "利特尔法则下限 毫秒"),
            ],
        },
        Section {
            title: [
                "Lab 05: singletons (50 threads)",
                "实验 05：单例（50 个线程）",
            ],
            lab: "lab-05",
            args: vec![],
            rows: "results",
            columns: vec![
                ("way", "way", "方式"),
                ("constructions", "built", "构建次数"),
                ("distinct_instances", "instances", "实例数"),
                ("access_ns", "ns per access", "每次访问纳秒"),
                (
                    "access_ns_all_cpus",
                    "ns per access, all CPUs",
                    "所有 CPU 同时读 纳秒",
                ),
            ],
        },
        Section {
            title: ["Lab 06: a thread vs a process", "实验 06：线程与进程"],
            lab: "lab-06",
            args: vec!["cost"],
            rows: "results",
            columns: vec![
                (
                    "thread_spawn_us",
                    "thread start+join µs",
                    "线程启动+结束 微秒",
                ),
                (
                    "process_spawn_us",
                    "process start+wait µs",
                    "进程启动+结束 微秒",
                ),
                ("thread_rss_kib", "memory per thread KiB", "每线程内存 KiB"),
                (
                    "process_rss_kib",
                    "memory per process KiB",
                    "每进程内存 KiB",
                ),
            ],
        },
        Section {
            title: [
                "Lab 07: idle connections (1,000) and 64 active clients",
                "实验 07：1,000 个空闲连接与 64 个活跃客户端",
            ],
            lab: "lab-07",
            args: vec!["--connections", "1000"],
            rows: "results",
            columns: vec![
                ("model", "model", "模型"),
                ("connections", "connections held", "持有的连接"),
                ("threads", "threads", "线程"),
                ("rss_kib", "memory added KiB", "增加的内存 KiB"),
                ("requests_per_sec", "requests/s", "请求/秒"),
                ("p99_ms", "p99 ms", "p99 毫秒"),
                ("errors", "errors", "错误"),
            ],
        },
        Section {
            title: [
                "Lab 08: a 1,000 ms /block, and other clients' wait",
                "实验 08：一个 1,000 毫秒的 /block，其他客户端等了多久",
            ],
            lab: "lab-08",
            args: vec![],
            rows: "freeze",
            columns: vec![
                ("flavor", "runtime", "运行时"),
                ("blocking", "/block runs", "/block 在哪里运行"),
                ("blocked", "blocked at once", "同时阻塞"),
                (
                    "probe_max_ms",
                    "others' worst ms",
                    "其他客户端最长等待 毫秒",
                ),
            ],
        },
        Section {
            title: [
                "Lab 08: 30,000 tasks of 1 ms, tokio beside lab-04",
                "实验 08：30,000 个 1 毫秒的任务，tokio 与实验 04 对比",
            ],
            lab: "lab-08",
            args: vec![],
            rows: "tasks",
            columns: vec![
                ("strategy", "strategy", "策略"),
                ("wall_ms", "wall ms", "耗时 毫秒"),
                ("max_running", "most at once", "最多同时运行"),
                ("peak_threads", "peak threads", "线程峰值"),
                ("peak_rss_kib", "peak RSS KiB", "内存峰值 KiB"),
            ],
        },
        Section {
            title: [
                "Lab 08: 2,000 idle connections: tokio, lab-07's loop, a thread each",
                "实验 08：2,000 个空闲连接：tokio、实验 07 的循环、每连接一个线程",
            ],
            lab: "lab-08",
            args: vec![],
            rows: "idle",
            columns: vec![
                ("server", "server", "服务器"),
                ("connections", "idle held", "持有的空闲连接"),
                ("threads", "threads", "线程"),
                ("rss_kib", "memory added KiB", "增加的内存 KiB"),
            ],
        },
        Section {
            title: [
                "Lab 08: 64 kept-alive clients: tokio, lab-02's pool, lab-07's loops",
                "实验 08：64 个长连接客户端：tokio、实验 02 的线程池、实验 07 的循环",
            ],
            lab: "lab-08",
            args: vec![],
            rows: "kept_alive",
            columns: vec![
                ("server", "server", "服务器"),
                ("clients_served", "clients served", "服务到的客户端"),
                ("requests_per_sec", "requests/s", "请求/秒"),
                ("errors", "failed", "失败"),
            ],
        },
    ]
}

fn pictures() -> Vec<Picture> {
    vec![
        Picture {
            file: "lab-02-compare.svg",
            lab: "lab-02",
            args: vec!["compare"],
            caption: [
                "Lab 02: each model's requests per second beside its Little's-law limit",
                "实验 02：每个模型的每秒请求数与它的利特尔法则上限",
            ],
        },
        Picture {
            file: "lab-03-sweep.svg",
            lab: "lab-03",
            args: vec!["sweep"],
            caption: [
                "Lab 03: ns per step as threads double, one line per strategy",
                "实验 03：线程数翻倍时每步的纳秒数，每种策略一条线",
            ],
        },
        Picture {
            file: "lab-04-sweep.svg",
            lab: "lab-04",
            args: vec!["sweep"],
            caption: [
                "Lab 04: tasks per second against pool size, with the Little's-law line",
                "实验 04：每秒任务数与线程池大小，以及利特尔法则的那条线",
            ],
        },
        Picture {
            file: "lab-07-sweep.svg",
            lab: "lab-07",
            args: vec!["sweep"],
            caption: [
                "Lab 07: memory and threads as idle connections double",
                "实验 07：空闲连接翻倍时的内存与线程数",
            ],
        },
    ]
}

/// `cargo run -p lab --release -- args`, as the page quotes it.
fn command(lab: &str, args: &[&str]) -> String {
    if args.is_empty() {
        format!("cargo run -p {lab} --release")
    } else {
        format!("cargo run -p {lab} --release -- {}", args.join(" "))
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let docs = root.join("docs");
    let date = Command::new("date")
        .arg("+%Y-%m-%d")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let machine = machine();
    let mut pages = [
        format!(
            "# Measured results\n\nOne reference run of every runner, release build, on {date}: {machine}.\nGenerated by `cargo run -p lab-benches --release --bin measured-results`; do not edit by hand.\nFigures from a shared machine vary from run to run; compare ratios within a table.\n\n"
        ),
        format!(
            "# 测量结果\n\n每个实验的演示程序各跑一次作为参考，release 构建，{date}：{machine}。\n由 `cargo run -p lab-benches --release --bin measured-results` 生成；请勿手工修改。\n在共享机器上，数字每次运行都会有所不同；请在同一张表内比较比例。\n\n"
        ),
    ];
    // One run per command: lab-08's four sections come from one demo.
    let mut runs: std::collections::HashMap<String, Value> = Default::default();
    for section in sections() {
        let doc = runs
            .entry(command(section.lab, &section.args))
            .or_insert_with(|| run(section.lab, &section.args));
        let rows = match doc.get(section.rows) {
            Some(rows) => rows.clone(),
            None => Value::Array(vec![doc.clone()]),
        };
        let rows = if section.lab == "lab-03" {
            first_racy_run_and_fixes(&rows)
        } else {
            rows
        };
        for (lang, page) in pages.iter_mut().enumerate() {
            let columns: Vec<(&str, &str)> = section
                .columns
                .iter()
                .map(|c| (c.0, if lang == 0 { c.1 } else { c.2 }))
                .collect();
            page.push_str(&format!(
                "## {}\n\n`{}`\n\n{}\n\n",
                section.title[lang],
                command(section.lab, &section.args),
                table(&rows, &columns)
            ));
        }
    }
    let images = docs.join("src/img");
    if let Err(e) = std::fs::create_dir_all(&images) {
        labkit::exit::fail(format!("cannot create {}: {e}", images.display()));
    }
    let headings = ["## Pictures\n\n", "## 图\n\n"];
    for (page, heading) in pages.iter_mut().zip(headings) {
        page.push_str(heading);
    }
    for picture in pictures() {
        let file: PathBuf = images.join(picture.file);
        let mut args = picture.args.clone();
        let path_text = file.to_string_lossy().into_owned();
        args.extend(["--plot", path_text.as_str()]);
        run(picture.lab, &args);
        let shown: Vec<&str> = picture
            .args
            .iter()
            .copied()
            .chain(["--plot", "FILE.svg"])
            .collect();
        for (lang, page) in pages.iter_mut().enumerate() {
            // The Chinese book's `img` is a link to the English book's pictures.
            page.push_str(&format!(
                "`{}`\n\n![{}](img/{})\n\n",
                command(picture.lab, &shown),
                picture.caption[lang],
                picture.file
            ));
        }
    }
    let headings = [
        "## Timelines\n\nOpen the same run's `--trace FILE.json` in ui.perfetto.dev to zoom in.\n\n",
        "## 时间线\n\n把同一次运行的 `--trace FILE.json` 拖进 ui.perfetto.dev，可以放大来看。\n\n",
    ];
    for (page, heading) in pages.iter_mut().zip(headings) {
        page.push_str(heading);
    }
    for timeline in timelines::timelines() {
        timelines::draw(&timeline, &images.join(timeline.file), |lab, args| {
            run(lab, args);
        });
        let shown: Vec<&str> = timeline
            .args
            .iter()
            .copied()
            .chain(["--timeline", "FILE.svg"])
            .collect();
        let requests = timeline
            .requests
            .iter()
            .map(|r| format!("`{r}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let then = ["then the requests", "然后依次请求"];
        for (lang, page) in pages.iter_mut().enumerate() {
            let driven = if requests.is_empty() {
                String::new()
            } else {
                format!(", {} {requests}, and Ctrl-C", then[lang])
            };
            page.push_str(&format!(
                "`{}`{driven}\n\n![{}](img/{})\n\n",
                command(timeline.lab, &shown),
                timeline.caption[lang],
                timeline.file
            ));
        }
    }
    for (page, path) in pages
        .iter()
        .zip(["src/measured-results.md", "zh-CN/src/measured-results.md"])
    {
        let path = docs.join(path);
        if let Err(e) = std::fs::write(&path, page.trim_end().to_string() + "\n") {
            labkit::exit::fail(format!("cannot write {}: {e}", path.display()));
        }
        labkit::outln!("wrote {}", path.display());
    }
}

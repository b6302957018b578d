//! Regenerate the book's "Measured results" page, in both editions, from one reference
//! run of every runner: `cargo run -p lab-benches --release --bin measured-results`.
//!
//! Each lab's runner is run in release with `--json` (and `--plot` for the pictures); the
//! figures become tables and the SVGs go beside the pages, so the page is regenerated,
//! never retyped. It writes `docs/src/measured-results.md`,
//! `docs/zh-CN/src/measured-results.md` and `docs/src/img/*.svg`, and names the machine
//! and the date.

#[path = "measured_results/pictures.rs"]
mod pictures;
#[path = "measured_results/sections.rs"]
mod sections;
#[path = "measured_results/timelines.rs"]
mod timelines;

use sections::sections;

use labkit::report::{Table, format_figure};
use serde_json::Value;
use std::path::Path;
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

/// Append `texts[0]` to the English page and `texts[1]` to the Chinese one.
fn push_each(pages: &mut [String; 2], texts: [&str; 2]) {
    for (page, text) in pages.iter_mut().zip(texts) {
        page.push_str(text);
    }
}

/// A picture's arguments as the page shows them: its own, then `flag FILE.svg`.
fn shown_with<'a>(args: &[&'a str], flag: &'a str) -> Vec<&'a str> {
    args.iter().copied().chain([flag, "FILE.svg"]).collect()
}

/// `cargo run -p lab --release -- args`, as the page quotes it.
fn command(lab: &str, args: &[&str]) -> String {
    if args.is_empty() {
        format!("cargo run -p {lab} --release")
    } else {
        format!("cargo run -p {lab} --release -- {}", args.join(" "))
    }
}

/// Each section's table, from one run per command (lab-08's four come from one demo).
fn add_tables(pages: &mut [String; 2]) {
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
    add_tables(&mut pages);
    let images = docs.join("src/img");
    if let Err(e) = std::fs::create_dir_all(&images) {
        labkit::exit::fail(format!("cannot create {}: {e}", images.display()));
    }
    pictures::add_pictures(&mut pages, &images);
    timelines::add_timelines(&mut pages, &images);
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

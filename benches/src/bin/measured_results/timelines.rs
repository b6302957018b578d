//! The book's timelines: `--timeline` pictures of three labs, drawn by their runners.
//!
//! lab-02 and lab-04 draw theirs from a run of their own; lab-07's shows a server, so
//! this drives it the way a student does with curl: a `/sleep`, then a `/block`, then
//! three `/`, and Ctrl-C.

use crate::{command, push_each, run, shown_with};
use labkit::testkit::RunningServer;
use std::path::Path;
use std::time::Duration;

/// One timeline: the command that draws it, its caption in both languages, and for a
/// server the requests made while it runs.
pub struct Timeline {
    /// The file under `docs/src/img`.
    pub file: &'static str,
    /// The lab's package.
    pub lab: &'static str,
    /// The runner's arguments, before `--timeline FILE.svg`.
    pub args: Vec<&'static str>,
    /// What it shows, in English and Chinese.
    pub caption: [&'static str; 2],
    /// For `serve`: the requests, as a student would make them with curl.
    pub requests: &'static [&'static str],
}

/// The three the book shows.
pub fn timelines() -> Vec<Timeline> {
    vec![
        Timeline {
            file: "lab-02-timeline.svg",
            lab: "lab-02",
            args: vec![
                "compare",
                "--duration-ms",
                "500",
                "--clients",
                "16",
                "--workers",
                "4",
            ],
            caption: [
                "Lab 02 timeline: one lane per thread. Sequential: one thread, busy end to end; a thread per connection: one short-lived thread each; pool(4): four threads, busy throughout",
                "实验 02 时间线：每个线程一条泳道。sequential 只有一个线程，从头忙到尾；每连接一个线程：每个线程只活一个连接那么久；pool(4)：四个线程，一直在忙",
            ],
            requests: &[],
        },
        Timeline {
            file: "lab-04-timeline.svg",
            lab: "lab-04",
            args: vec![
                "--tasks",
                "2000",
                "--strategy",
                "thread-per-task,pool,rayon",
            ],
            caption: [
                "Lab 04 timeline: ten pool workers and ten rayon threads, busy until the tasks run out, beside a thread per task, each alive for one task (16 of 2,000 drawn)",
                "实验 04 时间线：线程池的十个工作线程和 rayon 的十个线程一直忙到任务做完；旁边是每任务一个线程，每个线程只活一个任务（2,000 个里画出 16 个）",
            ],
            requests: &[],
        },
        Timeline {
            file: "lab-07-timeline.svg",
            lab: "lab-07",
            args: vec!["serve"],
            caption: [
                "Lab 07 timeline: the loop waits in poll until /block holds it for a second; the /sleep?ms=300 sent before it ends with it, and three / wait behind it",
                "实验 07 时间线：事件循环一直在 poll 里等待，直到 /block 把它占住整整一秒；在它之前发出的 /sleep?ms=300 跟着它一起结束，三个 / 也排在它后面",
            ],
            requests: &["/sleep?ms=300", "/block?ms=1000", "/", "/", "/"],
        },
    ]
}

/// Draw `timeline` at `path` with the lab's release runner.
pub fn draw(timeline: &Timeline, path: &Path, run: impl Fn(&str, &[&str])) {
    let path = path.to_string_lossy().into_owned();
    let mut args = timeline.args.clone();
    if timeline.requests.is_empty() {
        args.extend(["--timeline", path.as_str()]);
        return run(timeline.lab, &args);
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cargo_args = vec!["run", "--release", "-q", "-p", timeline.lab, "--"];
    cargo_args.extend(args);
    cargo_args.extend(["--addr", "127.0.0.1:0", "--timeline", path.as_str()]);
    // `cargo run` execs the runner on Unix: the signal below reaches the server itself.
    let server = RunningServer::start(&cargo, &cargo_args);
    let clients: Vec<_> = timeline
        .requests
        .iter()
        .map(|&request| {
            let addr = server.addr;
            // One after another, 50 ms apart, as from a student's terminals.
            std::thread::sleep(Duration::from_millis(50));
            std::thread::spawn(move || netkit::client::get(addr, request))
        })
        .collect();
    for client in clients {
        let _ = client.join();
    }
    server.signal("INT");
    let (code, _) = server.finish();
    if code != Some(0) {
        labkit::exit::fail(format!(
            "{} serve did not stop cleanly: {code:?}",
            timeline.lab
        ));
    }
}

/// Each timeline, drawn from its runner's trace into `images`, with the requests that
/// drove it.
pub fn add_timelines(pages: &mut [String; 2], images: &Path) {
    let headings = [
        "## Timelines\n\nOpen the same run's `--trace FILE.json` in ui.perfetto.dev to zoom in.\n\n",
        "## 时间线\n\n把同一次运行的 `--trace FILE.json` 拖进 ui.perfetto.dev，可以放大来看。\n\n",
    ];
    push_each(pages, headings);
    for timeline in timelines() {
        draw(&timeline, &images.join(timeline.file), |lab, args| {
            run(lab, args);
        });
        let shown = shown_with(&timeline.args, "--timeline");
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
}

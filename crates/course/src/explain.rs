//! Turn a failed test run into one or two sentences a student can act on.

use crate::lang::Lang;

/// The panic messages in libtest's output, first to last, with the file:line each came from.
pub fn panics(output: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut lines = output.lines();
    while let Some(line) = lines.next() {
        let Some(at) = line.split(" panicked at ").nth(1) else {
            continue;
        };
        let place = at.trim_end_matches(':').to_string();
        let message: Vec<&str> = lines
            .by_ref()
            .take_while(|l| {
                !(l.is_empty()
                    || l.starts_with("note: ")
                    || l.starts_with("stack backtrace:")
                    || l.starts_with("failures:"))
            })
            .collect();
        found.push((place, message.join(" ")));
    }
    found
}

/// Where a panic came from, which decides whose words the student reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    /// A `todo!()` still in the stub.
    Todo,
    /// A lab's check (or its time limit): the sentence written for the student.
    Check,
    /// loom itself: what the model checker found, in loom's words.
    Loom,
    /// The student's own code (or a task that panics on purpose).
    Code,
}

fn source(place: &str, message: &str) -> Source {
    if message.starts_with("not yet implemented") {
        Source::Todo
    } else if place.contains("checks") || place.contains("testkit.rs") {
        Source::Check
    } else if place.contains("/loom-") || place.contains("\\loom-") {
        Source::Loom
    } else {
        Source::Code
    }
}

/// What went wrong in one failed grading test, in one or two lines: a `todo!()` still
/// in the stub first, else the sentence of the lab's check (tasks may panic on purpose,
/// and those are not the reason), else what loom found, else the student's own panic
/// with its file and line.
pub fn failure(output: &str, lang: Lang) -> String {
    let found: Vec<(Source, String, String)> = panics(output)
        .into_iter()
        .map(|(place, message)| (source(&place, &message), place, message))
        .collect();
    let first = |wanted: Source| found.iter().find(|(s, _, _)| *s == wanted);
    if let Some((_, place, message)) = first(Source::Todo) {
        let what = message["not yet implemented".len()..]
            .trim_start_matches(':')
            .trim();
        let file = short_place(place);
        return match lang {
            Lang::En => format!("not written yet: the todo!() at {file} is still there ({what})"),
            Lang::Zh => format!("还没写：{file} 处的 todo!() 还在（{what}）"),
        };
    }
    if let Some((_, _, message)) = found.iter().rev().find(|(s, _, _)| *s == Source::Check) {
        return message.clone();
    }
    if let Some((_, _, message)) = first(Source::Loom) {
        return loom_finding(message, lang);
    }
    if let Some((_, place, message)) = first(Source::Code) {
        let file = short_place(place);
        return match lang {
            Lang::En => format!("your code panicked at {file}: {message}"),
            Lang::Zh => format!("你的代码在 {file} 处 panic 了：{message}"),
        };
    }
    lang.pick(
        "the grading test failed without saying why; run with --verbose for the full output",
        "评分测试失败了，但没有给出原因；加上 --verbose 看完整输出",
    )
    .to_string()
}

/// A panic's place from the exercise's folder on (`src/pool.rs:38:9`).
fn short_place(place: &str) -> &str {
    place
        .rsplit_once("exercise/")
        .map_or(place, |p| p.1)
        .trim_start_matches("tests/../")
        .trim_start_matches(".verify/")
}

/// What loom's own panic means, in the lesson's terms.
fn loom_finding(message: &str, lang: Lang) -> String {
    let (en, zh) = if message.contains("Causality violation") {
        (
            "loom found two threads touching the same memory with nothing ordering them (a \
             data race): every shared access must go through the lab's sync types (a Mutex, \
             or an atomic)",
            "loom 发现两个线程在没有任何同步的情况下访问同一块内存（数据竞争）：\
             所有共享访问都要通过本实验 sync 模块里的类型（Mutex 或原子类型）",
        )
    } else if message.contains("maximum number of branches") {
        (
            "loom could not finish: a thread kept retrying without ever letting the other \
             run. In a spin loop, wait with plain loads (and spin_loop()) until the lock looks \
             free, then try again: loom sees a thread that only reads as waiting, and runs the other",
            "loom 没能跑完：某个线程一直在重试，始终不让另一个线程运行。自旋时请先用普通的 load（并调用 spin_loop()）\
             等到锁看起来空闲，再去尝试：只读不写的线程在 loom 看来是在等待，它就会去运行另一个线程",
        )
    } else if message.contains("deadlock") {
        (
            "loom found an interleaving in which every thread waits for another (a deadlock): \
             is a lock taken twice, or never released?",
            "loom 找到了一种交错执行，所有线程都在互相等待（死锁）：是不是同一把锁加了两次，或者一直没释放？",
        )
    } else {
        ("loom stopped the model:", "loom 中止了模型检查：")
    };
    format!("{} ({message})", lang.pick(en, zh))
}

/// The first compiler errors, for a stub that does not build: each error's line, where
/// it is (`--> src/pool.rs:12:5`), and the compiler's `help:`.
pub fn compile_errors(stderr: &str) -> String {
    let mut kept: Vec<&str> = Vec::new();
    let mut errors = 0;
    let mut inside = false;
    for line in stderr.lines() {
        let trimmed = line.trim_start();
        if line.starts_with("error") {
            inside = !line.starts_with("error: could not compile");
            if inside {
                errors += 1;
                if errors > 3 {
                    break;
                }
                kept.push(line);
            }
        } else if line.starts_with("warning") {
            inside = false;
        } else if inside
            && (trimmed.starts_with("--> ")
                || trimmed.starts_with("help:")
                || trimmed.starts_with("= help:")
                || trimmed.starts_with("= note:"))
        {
            kept.push(line);
        }
    }
    if kept.is_empty() {
        stderr.lines().rev().take(3).collect::<Vec<_>>().join("\n")
    } else {
        kept.join("\n")
    }
}

#[cfg(test)]
mod tests;

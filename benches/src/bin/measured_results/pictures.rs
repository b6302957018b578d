//! The page's pictures: the command that draws each, and its caption in both languages.

use crate::{command, push_each, run, shown_with};
use std::path::{Path, PathBuf};

/// One picture: the command that draws it, and its caption in both languages.
pub struct Picture {
    /// The SVG's name under `docs/src/img/`.
    pub file: &'static str,
    /// The runner's package.
    pub lab: &'static str,
    /// Its arguments (`--plot FILE --json` are added).
    pub args: Vec<&'static str>,
    /// The caption, English then Chinese.
    pub caption: [&'static str; 2],
}

/// Every picture on the page, in the page's order.
pub fn pictures() -> Vec<Picture> {
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

/// Each picture, drawn by its runner's `--plot` into `images`, with its caption.
pub fn add_pictures(pages: &mut [String; 2], images: &Path) {
    push_each(pages, ["## Pictures\n\n", "## 图\n\n"]);
    for picture in pictures() {
        let file: PathBuf = images.join(picture.file);
        let mut args = picture.args.clone();
        let path_text = file.to_string_lossy().into_owned();
        args.extend(["--plot", path_text.as_str()]);
        run(picture.lab, &args);
        let shown = shown_with(&picture.args, "--plot");
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
}

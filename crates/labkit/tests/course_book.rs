//! The two editions of the course book cannot drift: the Chinese book (`docs/zh-CN`) has
//! the English book's chapters in the same order, every Chinese page has its English
//! page's sections (heading levels, in order), the same code blocks (comments may be
//! translated; commands and output may not) and the same `cargo run` commands in its prose.

use labkit::handouts::{commands_for, repo_root, skeleton, without_comments};
use std::path::{Path, PathBuf};

/// (English page, Chinese page) for every handout, the introduction, the instructor guide
/// and the measured-results page.
fn page_pairs(root: &Path) -> Vec<(PathBuf, PathBuf)> {
    let mut pairs: Vec<(PathBuf, PathBuf)> = std::fs::read_dir(root.join("labs"))
        .unwrap()
        .flatten()
        .map(|lab| {
            (
                lab.path().join("README.md"),
                lab.path().join("README.zh-CN.md"),
            )
        })
        .collect();
    for page in book_pages(&root.join("docs/src/SUMMARY.md")) {
        if page.starts_with("lab-") {
            continue; // a lab chapter is its handout, paired above
        }
        pairs.push((
            root.join("docs/src").join(&page),
            root.join("docs/zh-CN/src").join(&page),
        ));
    }
    pairs.sort();
    pairs
}

/// The pages a SUMMARY.md lists, in order.
fn book_pages(summary: &Path) -> Vec<String> {
    read(summary)
        .split("](")
        .skip(1)
        .filter_map(|link| link.split(')').next())
        .map(str::to_string)
        .collect()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (every English page needs its Chinese page)",
            path.display()
        )
    })
}

/// Every `cargo run -p lab-NN` command in a page, sorted.
fn all_commands(text: &str) -> Vec<Vec<String>> {
    let mut all: Vec<Vec<String>> = (1..=7)
        .flat_map(|n| commands_for(&format!("lab-{n:02}"), text))
        .collect();
    all.sort();
    all
}

#[test]
fn every_chinese_page_has_the_english_sections_and_code_blocks() {
    let root = repo_root(Path::new(env!("CARGO_MANIFEST_DIR")));
    let pairs = page_pairs(&root);
    assert!(
        pairs.len() >= 9,
        "seven handouts, the introduction and the instructor guide"
    );
    for (en, zh) in pairs {
        let (en_text, zh_text) = (read(&en), read(&zh));
        let (en_page, zh_page) = (skeleton(&en_text), skeleton(&zh_text));
        assert_eq!(
            en_page.heading_levels,
            zh_page.heading_levels,
            "{}: sections differ from {}",
            zh.display(),
            en.display()
        );
        assert_eq!(
            en_page.code_blocks.len(),
            zh_page.code_blocks.len(),
            "{}: code block count",
            zh.display()
        );
        for (i, (a, b)) in en_page
            .code_blocks
            .iter()
            .zip(&zh_page.code_blocks)
            .enumerate()
        {
            assert_eq!(
                without_comments(a),
                without_comments(b),
                "{}: code block {} differs from the English (only comments may differ)",
                zh.display(),
                i + 1
            );
        }
        assert_eq!(
            all_commands(&en_text),
            all_commands(&zh_text),
            "{}: commands differ from {}",
            zh.display(),
            en.display()
        );
    }
}

/// Two books, one per language: the same chapters in the same order, each book declaring
/// its own language, each chapter's file present.
#[test]
fn the_chinese_book_has_the_english_book_s_chapters_in_order() {
    let root = repo_root(Path::new(env!("CARGO_MANIFEST_DIR")));
    let en = book_pages(&root.join("docs/src/SUMMARY.md"));
    let zh = book_pages(&root.join("docs/zh-CN/src/SUMMARY.md"));
    assert!(en.len() >= 11, "{en:?}");
    assert_eq!(en, zh, "docs/zh-CN/src/SUMMARY.md lists other chapters");
    for (book, language) in [("docs", "\"en\""), ("docs/zh-CN", "\"zh-CN\"")] {
        let toml = read(&root.join(book).join("book.toml"));
        assert!(
            toml.lines()
                .any(|l| l.starts_with("language") && l.ends_with(language)),
            "{book}/book.toml declares language = {language}"
        );
        for page in if book == "docs" { &en } else { &zh } {
            assert!(
                root.join(book).join("src").join(page).exists(),
                "{book}: {page}"
            );
        }
    }
}

#[test]
fn every_book_chapter_includes_a_file_that_exists() {
    let root = repo_root(Path::new(env!("CARGO_MANIFEST_DIR")));
    for page in labkit::handouts::markdown_files(&root)
        .into_iter()
        .filter(|p| p.starts_with(root.join("docs")))
    {
        for line in read(&page).lines() {
            if let Some(target) = line
                .strip_prefix("{{#include ")
                .and_then(|l| l.strip_suffix("}}"))
            {
                let included = page.parent().unwrap().join(target);
                assert!(
                    included.exists(),
                    "{} includes {}, which does not exist",
                    page.display(),
                    included.display()
                );
            }
        }
    }
}

/// Every picture a book page shows exists, and is well-formed SVG.
#[test]
fn every_picture_in_the_book_exists_and_is_svg() {
    let root = repo_root(Path::new(env!("CARGO_MANIFEST_DIR")));
    let mut shown = 0;
    for page in [
        "docs/src/measured-results.md",
        "docs/zh-CN/src/measured-results.md",
    ] {
        let path = root.join(page);
        let text = read(&path);
        for link in text.split("](").skip(1) {
            let Some(target) = link.split(')').next().filter(|t| t.ends_with(".svg")) else {
                continue;
            };
            let file = path.parent().unwrap().join(target);
            let svg = read(&file);
            assert!(labkit::plot::is_svg(&svg), "{} is not SVG", file.display());
            shown += 1;
        }
    }
    assert!(
        shown >= 8,
        "the measured-results pages show the four pictures each"
    );
}

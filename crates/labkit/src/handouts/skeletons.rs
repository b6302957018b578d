//! A Markdown page's skeleton, which both editions share: its headings' levels and its
//! code blocks, comments left out.

/// A code block as both editions must share it: commands and output verbatim, comments
/// (`# ...` in shell and Python, `//` and `///` in Rust) left out, since each edition explains in its own
/// language. A `#` inside quotes or a URL is not a comment only when it is not preceded by
/// whitespace, which is all a quoted command needs.
pub fn without_comments(block: &str) -> String {
    block
        .lines()
        .map(|line| {
            let cut = [" # ", " // "]
                .iter()
                .filter_map(|marker| line.find(marker))
                .min()
                .unwrap_or(line.len());
            let code = &line[..cut];
            let trimmed = code.trim_start();
            if trimmed.starts_with("# ") || trimmed.starts_with("//") || trimmed == "#" {
                ""
            } else {
                code.trim_end()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A Markdown page's skeleton: its heading levels in order, and its fenced code blocks.
#[derive(Debug, PartialEq, Eq)]
pub struct Skeleton {
    /// `2` for `##`, `3` for `###`, in order.
    pub heading_levels: Vec<usize>,
    /// The contents of every fenced code block, in order.
    pub code_blocks: Vec<String>,
}

/// Read the skeleton of a Markdown text.
pub fn skeleton(text: &str) -> Skeleton {
    let (mut heading_levels, mut code_blocks) = (Vec::new(), Vec::new());
    let mut block: Option<String> = None;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            match block.take() {
                Some(done) => code_blocks.push(done),
                None => block = Some(String::new()),
            }
        } else if let Some(open) = block.as_mut() {
            open.push_str(line);
            open.push('\n');
        } else if line.starts_with('#') {
            heading_levels.push(line.chars().take_while(|&c| c == '#').count());
        }
    }
    Skeleton {
        heading_levels,
        code_blocks,
    }
}

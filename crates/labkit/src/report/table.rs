//! A plain text table whose columns line up, colour codes or not.

/// A plain text table: the first column left-aligned, the others right-aligned (numbers).
#[derive(Debug, Clone)]
pub struct Table {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with these column headers.
    pub fn new<S: ToString>(headers: &[S]) -> Self {
        Self {
            headers: headers.iter().map(ToString::to_string).collect(),
            rows: Vec::new(),
        }
    }

    /// Add one row; missing cells print empty, extra cells are kept.
    pub fn row<S: ToString>(&mut self, cells: &[S]) -> &mut Self {
        self.rows
            .push(cells.iter().map(ToString::to_string).collect());
        self
    }

    /// The table as lines of text, without colour codes in the layout.
    pub fn render(&self) -> String {
        let columns = self
            .rows
            .iter()
            .map(Vec::len)
            .chain([self.headers.len()])
            .max()
            .unwrap_or(0);
        let width = |c: usize| {
            let cells = self
                .rows
                .iter()
                .chain([&self.headers])
                .filter_map(|r| r.get(c));
            cells.map(|s| visible_len(s)).max().unwrap_or(0)
        };
        let widths: Vec<usize> = (0..columns).map(width).collect();
        let line = |cells: &Vec<String>| {
            let padded = widths.iter().enumerate().map(|(c, &w)| {
                let cell = cells.get(c).map_or("", String::as_str);
                let pad = " ".repeat(w - visible_len(cell));
                if c == 0 {
                    format!("{cell}{pad}")
                } else {
                    format!("{pad}{cell}")
                }
            });
            padded.collect::<Vec<_>>().join("  ").trim_end().to_string()
        };
        let rule = widths
            .iter()
            .map(|&w| "-".repeat(w))
            .collect::<Vec<_>>()
            .join("  ");
        let mut out = vec![line(&self.headers), rule];
        out.extend(self.rows.iter().map(line));
        out.join("\n")
    }
}

/// Characters a cell takes on screen: ANSI colour codes take none.
pub(super) fn visible_len(text: &str) -> usize {
    let mut len = 0;
    let mut in_escape = false;
    for ch in text.chars() {
        match (in_escape, ch) {
            (false, '\x1b') => in_escape = true,
            (true, 'm') => in_escape = false,
            (false, _) => len += 1,
            _ => {}
        }
    }
    len
}

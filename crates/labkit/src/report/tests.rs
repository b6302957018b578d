//! Unit tests of `report.rs`.

use super::table::visible_len;
use super::*;

#[test]
fn thousands_are_grouped_with_sign() {
    assert_eq!(group_thousands(2_318_004), "2,318,004");
    assert_eq!(group_thousands(-1000), "-1,000");
    assert_eq!(signed_thousands(999), "+999");
    assert_eq!(signed_thousands(0), "0");
}

#[test]
fn table_columns_line_up_and_numbers_align_right() {
    let mut t = Table::new(&["name", "n"]);
    t.row(&["a", "1"]).row(&["long", "100"]);
    assert_eq!(t.render(), "name    n\n----  ---\na       1\nlong  100");
}

#[test]
fn largest_bar_is_full_width_and_small_values_still_show() {
    let chart = render_bar_chart(&[("big".into(), 100.0), ("tiny".into(), 0.01)], "ns");
    let lines: Vec<&str> = chart.lines().collect();
    assert_eq!(lines[0].matches('█').count(), BAR_WIDTH);
    assert!(lines[1].contains('▏'), "{chart}");
}

#[test]
fn colour_codes_take_no_width() {
    assert_eq!(visible_len("\x1b[32m✓\x1b[0m"), 1);
}

//! Unit tests of `handouts.rs`.

use super::*;

#[test]
fn commands_are_split_after_the_double_dash_and_cut_at_comments() {
    let text = "cargo run -p lab-03 --release -- --mode racy --runs 10   # ten wrong answers\n\
                `cargo run -p lab-01 -- client --raw 'HELLO\\r\\n'`, then\n\
                ulimit -n 1024; cargo run -p lab-07 --release\n\
                cargo run -p lab-030 -- nope";
    assert_eq!(
        commands_for("lab-03", text),
        vec![vec!["--mode", "racy", "--runs", "10"]]
    );
    assert_eq!(
        commands_for("lab-01", text),
        vec![vec!["client", "--raw", "HELLO\\r\\n"]]
    );
    assert_eq!(commands_for("lab-07", text), vec![Vec::<String>::new()]);
}

#[test]
fn section_headings_skip_verdicts_and_notes_and_drop_figures() {
    let output = "\nlab-05: singletons, 50 threads\n=====\n\nwho built what\nway  n\n\nthe same with all 2 CPUs reading (ns)\nnaive 1.7\n\n✓ done\n\n(run cost)\n";
    assert_eq!(
        section_headings(output),
        vec![
            "lab-#: singletons, # threads",
            "who built what",
            "the same with all # CPUs reading"
        ]
    );
}

#[test]
fn comments_are_left_out_of_a_code_block_but_commands_kept() {
    let en = "cargo run -p lab-03   # the demo\n// why it works\nlet x = 1; // one\n";
    let zh = "cargo run -p lab-03   # 演示\n// 为什么可行\nlet x = 1; // 一\n";
    assert_eq!(without_comments(en), without_comments(zh));
    assert_ne!(
        without_comments(en),
        without_comments("cargo run -p lab-04\n")
    );
}

#[test]
fn skeleton_keeps_heading_levels_and_code_but_not_prose() {
    let page = "# Title\nprose\n## Run it\n```sh\ncargo run -p lab-01\n```\n### Deeper\n# Another top heading\n";
    let s = skeleton(page);
    assert_eq!(s.heading_levels, vec![1, 2, 3, 1]);
    assert_eq!(s.code_blocks, vec!["cargo run -p lab-01\n".to_string()]);
}

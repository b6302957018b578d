//! Every `cargo run -p lab-06` command quoted in a handout or book page (either language)
//! parses with this lab's real flags: a renamed flag fails here, not in a classroom.

#[test]
fn every_quoted_command_parses_with_the_real_flags() {
    let checked = labkit::handouts::check_quoted_commands(
        env!("CARGO_MANIFEST_DIR"),
        "lab-06",
        env!("CARGO_BIN_EXE_lab-06"),
    );
    assert!(
        checked > 0,
        "the handout quotes at least one command for lab-06"
    );
}

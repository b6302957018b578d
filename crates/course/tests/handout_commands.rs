//! Every `cargo run -p course` command quoted in a handout, the README or the book (either
//! language) parses with the course CLI's real arguments.

#[test]
fn every_quoted_command_parses_with_the_real_arguments() {
    let checked = labkit::handouts::check_quoted_commands(
        env!("CARGO_MANIFEST_DIR"),
        "course",
        env!("CARGO_BIN_EXE_course"),
    );
    assert!(
        checked > 0,
        "the handouts quote at least one course command"
    );
}

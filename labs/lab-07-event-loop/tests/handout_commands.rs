//! Every `cargo run -p lab-07` command quoted in a handout, the README or the book (either
//! language) parses with the real flags: a renamed flag fails here, not in a classroom.

labkit::quoted_commands_parse!("lab-07");
labkit::quoted_output_matches!(
    "lab-07",
    [
        "--connections",
        "40",
        "--clients",
        "4",
        "--duration-ms",
        "200"
    ]
);

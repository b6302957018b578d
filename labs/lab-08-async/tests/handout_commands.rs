//! Every `cargo run -p lab-08` command quoted in a handout, the README or the book (either
//! language) parses with the real flags, and the quoted output has the sections the
//! runner prints.

labkit::quoted_commands_parse!("lab-08");
labkit::quoted_output_matches!(
    "lab-08",
    [
        "--block-ms",
        "200",
        "--tasks",
        "300",
        "--task-ms",
        "1",
        "--clients",
        "16",
        "--kept-alive-ms",
        "200"
    ]
);

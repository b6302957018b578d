//! Every `cargo run -p lab-02` command quoted in a handout, the README or the book (either
//! language) parses with the real flags: a renamed flag fails here, not in a classroom.

labkit::quoted_commands_parse!("lab-02");
labkit::quoted_output_matches!("lab-02", ["--duration-ms", "300", "--delay-ms", "5"]);

//! Every `cargo run -p lab-05` command quoted in a handout, the README or the book (either
//! language) parses with the real flags: a renamed flag fails here, not in a classroom.

labkit::quoted_commands_parse!("lab-05");
labkit::quoted_output_matches!("lab-05", ["--accesses", "10000"]);

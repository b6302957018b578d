//! Every `cargo run -p lab-03` command quoted in a handout, the README or the book (either
//! language) parses with the real flags: a renamed flag fails here, not in a classroom.
//! And the output the handouts quote shows every section the runner prints.

labkit::quoted_commands_parse!("lab-03");
labkit::quoted_output_matches!("lab-03", ["--loops", "200000", "--runs", "2"]);

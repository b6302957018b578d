//! Every `cargo run -p lab-06` command quoted in a handout, the README or the book (either
//! language) parses with the real flags: a renamed flag fails here, not in a classroom.

labkit::quoted_commands_parse!("lab-06");
labkit::quoted_output_matches!(the_quoted_demos_show_every_section, "lab-06", []);
labkit::quoted_output_matches!(
    the_quoted_cost_shows_every_section,
    "lab-06",
    ["cost", "--samples", "5"]
);

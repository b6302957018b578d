//! Grades exercise `01-response` with the lab's own checks (`raw_socket::checks`), run through
//! the lab's own connection handling with your step swapped in.
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 01-response`, or
//! `cargo test -p lab-01-exercise --test response -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(
    response,
    "../.verify/response.rs",
    raw_socket_exercise::response
);

use raw_socket::careful::{CAREFUL, Steps};
use raw_socket::checks;

const STEPS: Steps = Steps {
    encode: response::response_bytes,
    ..CAREFUL
};

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 01-response`"]
fn the_response_is_built_from_its_input() {
    checks::the_response_is_built_from_its_input(STEPS);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 01-response`"]
fn lengths_are_counted_in_bytes() {
    checks::lengths_are_counted_in_bytes(STEPS);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 01-response`"]
fn a_2000_byte_head_gets_200_and_a_clean_close() {
    checks::a_2000_byte_head_gets_200_and_a_clean_close(STEPS);
}

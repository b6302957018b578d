//! Grades exercise `01-response` with the lab's own checks (`raw_socket::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 01-response`, or
//! `cargo test -p lab-01-exercise --test response -- --include-ignored`.

use raw_socket::careful::{CAREFUL, Steps};
use raw_socket::checks;

// The code under grading: yours, or (for `course verify` only) the reference encoding or
// the lecture's bare status line and body.
#[cfg(feature = "verify-reference")]
use netkit::response::Response;
#[cfg(all(feature = "verify-wrong", not(feature = "verify-reference")))]
use raw_socket::naive::bare_response_bytes as subject;
#[cfg(not(any(feature = "verify-reference", feature = "verify-wrong")))]
use raw_socket_exercise::response::response_bytes as subject;
#[cfg(feature = "verify-reference")]
fn subject(response: &Response) -> Vec<u8> {
    response.to_bytes()
}

/// The lab's careful server, with your encode step.
const STEPS: Steps = Steps {
    encode: subject,
    ..CAREFUL
};

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 01-response`"]
fn the_response_says_where_its_body_ends() {
    checks::the_response_says_where_its_body_ends(STEPS);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 01-response`"]
fn a_2000_byte_head_still_gets_a_clean_200() {
    checks::a_2000_byte_head_gets_200_and_a_clean_close(STEPS);
}

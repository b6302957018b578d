//! Grades exercise `01-read-head` with the lab's own checks (`raw_socket::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 01-read-head`, or
//! `cargo test -p lab-01-exercise --test read_head -- --include-ignored`.

use raw_socket::careful::{CAREFUL, Steps};
use raw_socket::checks;

// The code under grading: yours, or (for `course verify` only) the reference read or
// the lecture's one read of 1024 bytes.
#[cfg(feature = "verify-reference")]
use netkit::request::read_request as subject;
#[cfg(all(feature = "verify-wrong", not(feature = "verify-reference")))]
use raw_socket::naive::read_once as subject;
#[cfg(not(any(feature = "verify-reference", feature = "verify-wrong")))]
use raw_socket_exercise::read_head::read_request as subject;

/// The lab's careful server, with your read step.
const STEPS: Steps = Steps {
    read: subject,
    ..CAREFUL
};

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 01-read-head`"]
fn a_2000_byte_head_gets_200_and_a_clean_close() {
    checks::a_2000_byte_head_gets_200_and_a_clean_close(STEPS);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 01-read-head`"]
fn a_16_kib_head_gets_431() {
    checks::a_16_kib_head_gets_431(STEPS);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 01-read-head`"]
fn garbage_gets_400() {
    checks::garbage_gets_400(STEPS);
}

//! Grades exercise `01-read-head` with the lab's own checks (`raw_socket::checks`), run through
//! the lab's own connection handling with your step swapped in.
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 01-read-head`, or
//! `cargo test -p lab-01-exercise --test read_head -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(
    read_head,
    "../.verify/read_head.rs",
    raw_socket_exercise::read_head
);

use raw_socket::careful::{CAREFUL, Steps};
use raw_socket::checks;

const STEPS: Steps = Steps {
    read: read_head::read_request,
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

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 01-read-head`"]
fn a_silent_client_gets_408() {
    checks::a_silent_client_gets_408(STEPS);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 01-read-head`"]
fn a_dripping_client_gets_408_in_time() {
    checks::a_dripping_client_gets_408_in_time(STEPS);
}

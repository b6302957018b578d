//! The naive server's weakness, exactly as the handout claims it.

mod common;

use common::{TEST_TIMEOUT, padded_head, start};
use netkit::client::{parse_response, send_raw};
use std::io::ErrorKind;

#[test]
fn naive_server_resets_the_connection_when_the_head_exceeds_1024_bytes() {
    let (addr, server) = start(true, 1, TEST_TIMEOUT);
    // One write: on loopback the whole 4 KiB lands in the server's queue at once, the
    // server reads 1024 of it, and closing with 3 KiB unread sends RST instead of FIN.
    let err =
        send_raw(addr, &padded_head(4096), TEST_TIMEOUT).expect_err("the naive server resets");
    assert_eq!(err.kind(), ErrorKind::ConnectionReset);
    server.join().unwrap();
}

#[test]
fn naive_server_answers_a_small_request_without_content_length() {
    let (addr, server) = start(true, 1, TEST_TIMEOUT);
    let raw = send_raw(addr, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n", TEST_TIMEOUT).unwrap();
    let response = parse_response(&raw).unwrap();
    assert_eq!(response.status, 200);
    assert_eq!(response.header("Content-Length"), None);
    server.join().unwrap();
}

/// The grading checks can fail: the naive read and the bare response each fail theirs.
#[test]
fn the_naive_steps_fail_the_exercise_grading_checks() {
    use raw_socket::careful::{CAREFUL, Steps};
    use raw_socket::naive::{bare_response_bytes, read_once};
    let naive_read = Steps {
        read: read_once,
        ..CAREFUL
    };
    let bare = Steps {
        encode: bare_response_bytes,
        ..CAREFUL
    };
    let fails =
        |check: fn(Steps), steps: Steps| std::panic::catch_unwind(move || check(steps)).is_err();
    assert!(fails(
        raw_socket::checks::a_2000_byte_head_gets_200_and_a_clean_close,
        naive_read
    ));
    assert!(fails(
        raw_socket::checks::a_16_kib_head_gets_431,
        naive_read
    ));
    assert!(fails(
        raw_socket::checks::the_response_is_built_from_its_input,
        bare
    ));
}

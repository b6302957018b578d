//! The careful server answers every request cleanly, and survives bad ones.

mod common;

use common::{TEST_TIMEOUT, padded_head, start};
use netkit::client::{get, parse_response, send_raw};
use raw_socket::Summary;
use std::io::Read;
use std::net::TcpStream;
use std::time::Duration;

#[test]
fn get_gets_200_with_content_length_and_the_red_page() {
    let (addr, server) = start(false, 1, TEST_TIMEOUT);
    let response = get(addr, "/any/path").unwrap();
    assert_eq!(response.status, 200);
    assert_eq!(
        response.header("Content-Length"),
        Some(raw_socket::page::PAGE.len().to_string().as_str())
    );
    assert_eq!(response.header("Connection"), Some("close"));
    assert!(response.text().contains("color: red"));
    assert_eq!(
        server.join().unwrap(),
        Summary {
            served: 1,
            rejected: 0,
            dropped: 0
        }
    );
}

#[test]
fn four_kib_head_gets_a_clean_response_and_eof_not_a_reset() {
    let (addr, server) = start(false, 1, TEST_TIMEOUT);
    // send_raw reads to EOF and fails with ConnectionReset if the server resets.
    let raw = send_raw(addr, &padded_head(4096), TEST_TIMEOUT).expect("clean EOF, no reset");
    assert_eq!(parse_response(&raw).unwrap().status, 200);
    server.join().unwrap();
}

/// Send `bytes`, expect `status`, then prove the server still serves a good request.
fn rejects_then_keeps_serving(bytes: &[u8], status: u16, read_timeout: Duration) {
    let (addr, server) = start(false, 2, read_timeout);
    let raw = send_raw(addr, bytes, TEST_TIMEOUT).unwrap();
    assert_eq!(parse_response(&raw).unwrap().status, status);
    assert_eq!(get(addr, "/").unwrap().status, 200);
    assert_eq!(
        server.join().unwrap(),
        Summary {
            served: 1,
            rejected: 1,
            dropped: 0
        }
    );
}

#[test]
fn malformed_request_gets_400_and_the_server_goes_on() {
    rejects_then_keeps_serving(b"HELLO \x01\x02 THERE\r\n\r\n", 400, TEST_TIMEOUT);
}

#[test]
fn head_over_8_kib_gets_431_and_the_server_goes_on() {
    rejects_then_keeps_serving(&padded_head(9000), 431, TEST_TIMEOUT);
}

#[test]
fn idle_client_gets_408_and_the_server_goes_on() {
    let (addr, server) = start(false, 2, Duration::from_millis(200));
    let mut idle = TcpStream::connect(addr).unwrap();
    idle.set_read_timeout(Some(TEST_TIMEOUT)).unwrap();
    let mut raw = Vec::new();
    idle.read_to_end(&mut raw).unwrap();
    assert_eq!(parse_response(&raw).unwrap().status, 408);
    assert_eq!(get(addr, "/").unwrap().status, 200);
    assert_eq!(
        server.join().unwrap(),
        Summary {
            served: 1,
            rejected: 1,
            dropped: 0
        }
    );
}

#[test]
fn client_that_leaves_early_is_dropped_not_a_crash() {
    let (addr, server) = start(false, 2, TEST_TIMEOUT);
    drop(TcpStream::connect(addr).unwrap());
    assert_eq!(get(addr, "/").unwrap().status, 200);
    assert_eq!(
        server.join().unwrap(),
        Summary {
            served: 1,
            rejected: 0,
            dropped: 1
        }
    );
}

/// The exercise's grading checks, run on the careful steps: they must pass.
#[test]
fn the_careful_steps_pass_the_exercise_grading_checks() {
    use raw_socket::careful::CAREFUL;
    use raw_socket::checks::*;
    a_2000_byte_head_gets_200_and_a_clean_close(CAREFUL);
    a_16_kib_head_gets_431(CAREFUL);
    garbage_gets_400(CAREFUL);
    a_silent_client_gets_408(CAREFUL);
    a_dripping_client_gets_408_in_time(CAREFUL);
    the_response_is_built_from_its_input(CAREFUL);
    lengths_are_counted_in_bytes(CAREFUL);
}

/// HEAD is answered with GET's head and no body (RFC 9110 §9.3.2); a request without a
/// Host, with two, or for `*` outside OPTIONS is answered 400 (RFC 9112 §3.2).
#[test]
fn head_gets_the_head_alone_and_host_and_target_rules_hold() {
    let (addr, server) = start(false, 4, TEST_TIMEOUT);
    let raw = send_raw(addr, b"HEAD / HTTP/1.1\r\nHost: x\r\n\r\n", TEST_TIMEOUT).unwrap();
    let head = parse_response(&raw).unwrap();
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty(), "{} body bytes", head.body.len());
    let length = raw_socket::page::PAGE.len().to_string();
    assert_eq!(head.header("Content-Length"), Some(length.as_str()));
    for bad in [
        &b"GET / HTTP/1.1\r\n\r\n"[..],
        b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
        b"GET * HTTP/1.1\r\nHost: x\r\n\r\n",
    ] {
        let raw = send_raw(addr, bad, TEST_TIMEOUT).unwrap();
        assert_eq!(
            parse_response(&raw).unwrap().status,
            400,
            "{}",
            String::from_utf8_lossy(bad)
        );
    }
    server.join().unwrap();
}

//! Unit tests of `request.rs`.

use super::*;

#[test]
fn complete_head_parses_with_path_and_query() {
    let req = parse_head(b"GET /sleep?ms=50 HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap()
        .unwrap();
    assert_eq!(
        (req.method.as_str(), req.path(), req.query("ms")),
        ("GET", "/sleep", Some("50"))
    );
    assert_eq!(req.head_len, 38);
    assert_eq!(req.request_line(), "GET /sleep?ms=50 HTTP/1.1");
}

#[test]
fn keep_alive_is_http_1_1_s_default_and_connection_close_ends_it() {
    let req = |head: &[u8]| parse_head(head).unwrap().unwrap();
    assert!(req(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").wants_keep_alive());
    assert!(!req(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n").wants_keep_alive());
    assert!(!req(b"GET / HTTP/1.0\r\n\r\n").wants_keep_alive());
    assert!(req(b"GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").wants_keep_alive());
}

#[test]
fn incomplete_head_asks_for_more() {
    assert!(parse_head(b"GET / HTTP/1.1\r\nHost:").unwrap().is_none());
}

#[test]
fn garbage_is_malformed_and_answers_400() {
    let err = parse_head(b"HELLO\x01THERE\r\n\r\n").unwrap_err();
    assert_eq!(err.status(), Some(400));
}

#[test]
fn too_many_headers_answers_431() {
    let mut head = String::from("GET / HTTP/1.1\r\nHost: x\r\n");
    for i in 0..=MAX_HEADERS {
        head.push_str(&format!("X-{i}: y\r\n"));
    }
    head.push_str("\r\n");
    assert_eq!(parse_head(head.as_bytes()).unwrap_err().status(), Some(431));
}

#[test]
fn an_absolute_target_is_served_as_its_path() {
    let req = parse_head(b"GET http://example.com/sleep?ms=5 HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap()
        .unwrap();
    assert_eq!((req.path(), req.query("ms")), ("/sleep", Some("5")));
    let bare = parse_head(b"GET http://example.com HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap()
        .unwrap();
    assert_eq!(bare.path(), "/");
}

//! The response step: built from its input, its lengths counted in bytes.

use super::{HANG, TIME_LIMIT};
use crate::careful::Steps;
use labkit::testkit::within;
use netkit::client::{ClientResponse, parse_response};
use netkit::response::Response;

/// Parse the bytes `encode` made of `response`, and say what is wrong with them, if
/// anything, in one sentence.
fn wrong_with(encode: crate::careful::EncodeResponse, response: &Response) -> Option<String> {
    let raw = encode(response);
    let what = format!(
        "the bytes for a {} response with a {}-byte {} body",
        response.status,
        response.body.len(),
        response.content_type
    );
    let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") else {
        return Some(format!(
            "{what} have no blank line (\\r\\n\\r\\n) after the head"
        ));
    };
    let parsed = match parse_response(&raw) {
        Ok(parsed) => parsed,
        Err(e) => return Some(format!("{what} are not an HTTP response ({e})")),
    };
    let status_line = String::from_utf8_lossy(&raw[..end])
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    let want_line = format!(
        "HTTP/1.1 {} {}",
        response.status,
        netkit::response::reason(response.status)
    );
    if status_line != want_line {
        return Some(format!(
            "{what} start with \"{status_line}\", not \"{want_line}\": the response must be \
             built from the response it is given"
        ));
    }
    wrong_headers(&parsed, response, &what)
}

/// What is wrong with a well-formed response's headers and body, given the response it
/// was built from; `what` names the bytes in the sentence.
fn wrong_headers(parsed: &ClientResponse, response: &Response, what: &str) -> Option<String> {
    let length = response.body.len().to_string();
    match parsed.header("Content-Length") {
        None => {
            return Some(format!(
                "{what} have no Content-Length: without it, a client cannot tell where the body ends"
            ));
        }
        Some(said) if said != length => {
            return Some(format!(
                "{what} say Content-Length: {said}: count the body in bytes (body.len()), not \
                 in characters, so a client knows where it ends"
            ));
        }
        Some(_) => {}
    }
    if parsed.header("Content-Type") != Some(response.content_type) {
        return Some(format!(
            "{what} say Content-Type: {}: the response must be built from the response it is given",
            parsed.header("Content-Type").unwrap_or("(none)")
        ));
    }
    if parsed.body != response.body {
        return Some(format!(
            "{what} carry a different body ({} bytes): the response must be built from the \
             response it is given",
            parsed.body.len()
        ));
    }
    if !parsed
        .header("Connection")
        .is_some_and(|c| c.eq_ignore_ascii_case("close"))
    {
        return Some(format!(
            "{what} do not say Connection: close: tell the client not to send another \
             request on this socket"
        ));
    }
    None
}

/// Responses of several statuses, types and bodies are each encoded from what they
/// hold: status line, Content-Type, Content-Length, Connection: close, then the body.
pub fn the_response_is_built_from_its_input(steps: Steps) {
    within(TIME_LIMIT, HANG, move || {
        let responses = [
            Response::text(200, "hello\n"),
            Response::html(404, "<h1>not here</h1>\n"),
            Response::error(408),
            Response::text(503, ""),
        ];
        for response in &responses {
            if let Some(wrong) = wrong_with(steps.encode, response) {
                panic!("{wrong}");
            }
        }
    });
}

/// A body that is not ASCII (3-byte Chinese characters, a 2-byte umlaut, a 3-byte
/// check mark) is counted in bytes.
pub fn lengths_are_counted_in_bytes(steps: Steps) {
    within(TIME_LIMIT, HANG, move || {
        let response = Response::text(200, "你好, wörld ✓\n");
        if let Some(wrong) = wrong_with(steps.encode, &response) {
            panic!("{wrong}");
        }
    });
}

//! Clients that send too slowly, or nonsense: 408 by the deadline, 400 for garbage.

use super::talk::{CLIENT_WAIT, exchange, exchange_slowly, status_of};
use super::{HANG, SHORT_TIMEOUT, TIME_LIMIT};
use crate::careful::Steps;
use labkit::testkit::within;
use netkit::client::parse_response;
use std::time::Duration;

/// A client that sends half a head and goes quiet gets 408 once the read timeout passes.
pub fn a_silent_client_gets_408(steps: Steps) {
    within(TIME_LIMIT, HANG, move || {
        let half: &[u8] = b"GET / HTTP/1.1\r\nHost: test\r\n";
        let reply = exchange_slowly(steps, SHORT_TIMEOUT, &[half], Duration::ZERO).reply;
        let what = format!(
            "a client that sent half a head and went quiet (the server's read timeout is {} ms)",
            SHORT_TIMEOUT.as_millis()
        );
        if reply.as_ref().is_err_and(netkit::request::is_timeout) {
            panic!(
                "{what} got no answer within {} s: set a read timeout, and answer \
                 RequestError::Timeout (408) when it passes",
                CLIENT_WAIT.as_secs()
            );
        }
        let status = status_of(reply, &what);
        assert!(
            status == 408,
            "a client that sent half a head and went quiet got {status}, not 408: set a read \
             timeout and answer RequestError::Timeout when it passes"
        );
    });
}

/// A client that drips its head a few bytes at a time, never finishing, gets 408 once
/// the timeout has passed in all: the timeout is for the whole head, not each read.
pub fn a_dripping_client_gets_408_in_time(steps: Steps) {
    within(TIME_LIMIT, HANG, move || {
        let drip: Vec<&[u8]> = std::iter::once(&b"GET / HTTP/1.1\r\nHost: x\r\n"[..])
            .chain(std::iter::repeat_n(&b"X-Drip: 1\r\n"[..], 25))
            .collect();
        let seen = exchange_slowly(steps, SHORT_TIMEOUT, &drip, Duration::from_millis(100));
        let status = match &seen.reply {
            Ok(raw) => parse_response(raw).map_or(0, |r| r.status),
            Err(_) => 0,
        };
        let in_time = SHORT_TIMEOUT + Duration::from_secs(1);
        let answered = seen.first_byte_after.filter(|after| *after <= in_time);
        assert!(
            status == 408 && answered.is_some(),
            "a client that sent a header line every 100 ms for 2.5 s, never finishing its \
             head, {} (the server's read timeout is {} ms): the timeout is for the whole head, \
             not for each read, or a client that sends a byte at a time is never timed out. \
             Work out a deadline once, and before each read set the read timeout to the time left",
            match seen.first_byte_after {
                Some(after) => format!(
                    "got {status} after {:.1} s, not a 408 within {:.1} s",
                    after.as_secs_f64(),
                    in_time.as_secs_f64()
                ),
                None => "got no answer".into(),
            },
            SHORT_TIMEOUT.as_millis()
        );
    });
}

/// Bytes that are not HTTP get 400.
pub fn garbage_gets_400(steps: Steps) {
    within(TIME_LIMIT, HANG, move || {
        let status = status_of(exchange(steps, b"HELLO \x01\x02 THERE\r\n\r\n"), "garbage");
        assert!(
            status == 400,
            "garbage got {status}, not 400: parse the head with netkit::request::parse_head \
             and pass its error on"
        );
    });
}

//! Heads the server must read: a long one gets 200 and a clean close, a huge one 431.

use super::talk::{exchange, exchange_slowly, status_of};
use super::{HANG, TIME_LIMIT, padded_head};
use crate::careful::Steps;
use labkit::testkit::{TEST_TIMEOUT, within};
use std::time::Duration;

/// A 2,000-byte head (more than one 1024-byte read), sent in two pieces as a slow
/// network delivers it, gets 200, then a clean close (EOF, not a reset).
pub fn a_2000_byte_head_gets_200_and_a_clean_close(steps: Steps) {
    within(TIME_LIMIT, HANG, move || {
        let head = padded_head(2000);
        let (first, rest) = head.split_at(700);
        let reply = exchange_slowly(
            steps,
            TEST_TIMEOUT,
            &[first, rest],
            Duration::from_millis(100),
        )
        .reply;
        let status = status_of(reply, "a 2,000-byte request head sent in two pieces");
        assert!(
            status == 200,
            "a 2,000-byte request head sent in two pieces got {status}, not 200: one read \
             returns only what has arrived so far, so keep reading until the blank line \
             (\\r\\n\\r\\n)"
        );
    });
}

/// A 16 KiB head, over the 8 KiB limit, gets 431, even when it arrives in one burst.
pub fn a_16_kib_head_gets_431(steps: Steps) {
    within(TIME_LIMIT, HANG, move || {
        let status = status_of(
            exchange(steps, &padded_head(16 * 1024)),
            "a 16 KiB request head",
        );
        assert!(
            status == 431,
            "a 16 KiB request head got {status}, not 431: stop after 8 KiB without a blank \
             line and answer RequestError::HeadTooLarge"
        );
    });
}

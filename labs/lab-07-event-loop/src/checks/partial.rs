//! Partial reads and writes: a head that comes in pieces, a response that leaves in
//! pieces.

use super::talk::{exchange, in_words, slow_read};
use super::{BIG, HANG, TIME_LIMIT, start};
use crate::conn::IoSteps;
use labkit::testkit::within;

/// A 6,000-byte head sent in one go (more than one 4 KiB read) and a head sent in three
/// pieces both get 200; a 16 MiB response reaches a reader that starts late, intact.
pub fn heads_in_pieces_and_a_large_response_get_through(steps: IoSteps) {
    within(TIME_LIMIT, HANG, move || {
        let server = start(steps);
        let addr = server.addr();
        let long_head = format!(
            "GET / HTTP/1.1\r\nHost: x\r\nX-Pad: {}\r\n\r\n",
            "a".repeat(6_000)
        );
        let status = exchange(addr, &[long_head.as_bytes()]);
        assert!(
            status == Some(200),
            "a 6,000-byte head got {}, not 200: read until WouldBlock, not once per event \
             (edge-triggered readiness does not fire again for bytes already there)",
            in_words(status)
        );
        let pieces: [&[u8]; 3] = [b"GET /nothing HT", b"TP/1.1\r\nHost: x\r\n", b"\r\n"];
        let status = exchange(addr, &pieces);
        assert!(
            status == Some(404),
            "a head sent in three pieces got {}, not 404: WouldBlock between pieces means \
             \"wait for more\" (Appended, for the loop to parse), not \"closed\"",
            in_words(status)
        );
        let body = slow_read(addr);
        server.shutdown();
        assert!(
            body.len() == BIG
                && body
                    .iter()
                    .enumerate()
                    .all(|(i, b)| *b == b'a' + (i % 26) as u8),
            "a reader that started late got {} of {BIG} body bytes intact: a write may take \
             only part of the buffer; keep `sent` and go on from there when writable again",
            body.len()
        );
    });
}

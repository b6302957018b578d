//! The loop never waits: a quiet client and a client that does not read hold nobody.

use super::{HANG, TIME_LIMIT, start};
use crate::conn::IoSteps;
use labkit::testkit::within;
use netkit::client::get_with_timeout;
use std::io::Write;
use std::net::TcpStream;
use std::time::Duration;

/// How long each of the other clients may wait in [`the_loop_never_waits`].
pub const ANSWER_WITHIN: Duration = Duration::from_secs(2);

/// While one client has sent half a head and gone quiet, and another has asked for
/// `/big` and stopped reading, 8 other clients are each answered within
/// [`ANSWER_WITHIN`]: no step waits for one client while the others queue behind it.
pub fn the_loop_never_waits(steps: IoSteps) {
    within(TIME_LIMIT, HANG, move || {
        let server = start(steps);
        let addr = server.addr();
        let mut quiet = TcpStream::connect(addr).expect("connect to the event loop");
        let _ = quiet.set_nodelay(true);
        let _ = quiet.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nHo");
        let mut not_reading = TcpStream::connect(addr).expect("connect to the event loop");
        let _ = not_reading.write_all(b"GET /big HTTP/1.1\r\nHost: x\r\n\r\n");
        // Both are in the loop's hands before the others arrive (the slow clients).
        std::thread::sleep(Duration::from_millis(200));
        let answered = std::thread::scope(|s| {
            let others: Vec<_> = (0..8)
                .map(|_| {
                    s.spawn(move || {
                        get_with_timeout(addr, "/nothing", ANSWER_WITHIN)
                            .is_ok_and(|r| r.status == 404)
                    })
                })
                .collect();
            others
                .into_iter()
                .map(|c| c.join().unwrap_or(false))
                .filter(|&answered| answered)
                .count()
        });
        assert!(
            answered == 8,
            "while one client had sent half a head and gone quiet, and another was not \
             reading its 16 MiB answer, {} of 8 other clients got no answer within {} s: on \
             WouldBlock a step must return at once (Appended for a read, WouldBlock for a write); \
             a step that waits in a loop stalls every other client",
            8 - answered,
            ANSWER_WITHIN.as_secs()
        );
        drop((quiet, not_reading));
        server.shutdown();
    });
}

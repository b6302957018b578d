//! Many clients at once: idle ones held open while active ones are all served.

use super::{ACTIVE, HANG, IDLE, TIME_LIMIT, start};
use crate::conn::IoSteps;
use labkit::testkit::within;
use netkit::client::get_with_timeout;
use std::time::Duration;

/// 200 idle clients held open, then 64 active clients (8 at a time) all get 200.
pub fn idle_and_active_clients_are_all_served(steps: IoSteps) {
    within(TIME_LIMIT, HANG, move || {
        let server = start(steps);
        let addr = server.addr();
        let idle = crate::demo::c10k::hold_idle(addr, IDLE)
            .unwrap_or_else(|e| panic!("could not open {IDLE} idle connections: {e}"));
        let served: usize = std::thread::scope(|s| {
            let clients: Vec<_> = (0..8)
                .map(|_| {
                    s.spawn(move || {
                        (0..ACTIVE / 8)
                            .filter(|_| {
                                get_with_timeout(addr, "/", Duration::from_secs(5))
                                    .is_ok_and(|r| r.status == 200)
                            })
                            .count()
                    })
                })
                .collect();
            clients.into_iter().map(|c| c.join().unwrap_or(0)).sum()
        });
        drop(idle);
        server.shutdown();
        assert!(
            served == ACTIVE,
            "with {IDLE} idle clients connected, {served} of {ACTIVE} active clients got 200: \
             on WouldBlock a step must return (Appended for a read, WouldBlock for a write), never \
             wait and never close the connection"
        );
    });
}

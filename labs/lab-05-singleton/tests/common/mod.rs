//! A pause that holds each builder until `parties` builders are inside at once.

use singleton::config::Pause;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// Builders wait here until `parties` are inside the build together, or `timeout`
/// passes (a correct way never lets a second builder in, so it times out and goes on).
pub fn rendezvous(parties: usize, timeout: Duration) -> Pause {
    let inside = Arc::new((Mutex::new(0usize), Condvar::new()));
    Arc::new(move || {
        let (count, arrived) = &*inside;
        let mut n = count.lock().unwrap();
        *n += 1;
        arrived.notify_all();
        let _ = arrived
            .wait_timeout_while(n, timeout, |n| *n < parties)
            .unwrap();
    })
}

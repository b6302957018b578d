//! Giving up instead of hanging: a body run under a time limit, a drop that must return,
//! and the client that never reads, which a careless server lets hang it.

use std::sync::mpsc;
use std::time::Duration;

/// A client that pipelines `requests` GETs on one connection and never reads an answer:
/// the client a careless server lets wedge a thread, or its event loop. Its sending
/// gives up after 2 s, once the server's reading (rightly) stops.
pub fn pipelining_client_that_never_reads(
    addr: std::net::SocketAddr,
    requests: usize,
) -> std::io::Result<std::net::TcpStream> {
    use std::io::Write;
    let mut stream = std::net::TcpStream::connect(addr)?;
    let one = b"GET / HTTP/1.1\r\nHost: x\r\n\r\n";
    let many: Vec<u8> = one
        .iter()
        .copied()
        .cycle()
        .take(one.len() * requests)
        .collect();
    stream.set_write_timeout(Some(Duration::from_secs(2)))?;
    let _ = stream.write_all(&many);
    Ok(stream)
}

/// Drop `value` (a pool, a server) on a thread of its own; true if the drop returned
/// within `limit`. A drop that joins workers waiting for ever then fails a check with
/// its own sentence, not after the whole check's time limit.
pub fn dropped_within<T: Send + 'static>(value: T, limit: Duration) -> bool {
    let (done, returned) = mpsc::channel();
    std::thread::spawn(move || {
        drop(value);
        let _ = done.send(());
    });
    returned.recv_timeout(limit).is_ok()
}

/// Run `body` on its own thread and give up after `limit`, failing with
/// "timed out after N s: `why`". A deadlock in the code under test then fails the
/// check with a sentence instead of hanging the test run. A panic in `body` is passed
/// on unchanged, so its message is the one the test reports.
pub fn within<T: Send + 'static>(
    limit: Duration,
    why: &str,
    body: impl FnOnce() -> T + Send + 'static,
) -> T {
    let (done, result) = mpsc::channel();
    let worker = std::thread::spawn(move || {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(body));
        let _ = done.send(outcome);
    });
    match result.recv_timeout(limit) {
        Ok(Ok(value)) => {
            let _ = worker.join();
            value
        }
        Ok(Err(panic)) => std::panic::resume_unwind(panic),
        // The stuck thread is left behind: the test process ends soon after.
        Err(_) => panic!("timed out after {} s: {why}", limit.as_secs()),
    }
}

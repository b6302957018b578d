//! Helpers for the labs' tests and grading checks: run a lab's binary and check its
//! contract; meet at a rendezvous; give up after a time limit instead of hanging.
//!
//! Every runner promises `--json` on success and exit code 2 with one sentence on bad
//! input; these two checks are the same in every lab, so they live here once.

pub mod traced;
pub mod traced_server;

use std::process::Command;
use std::sync::{Arc, Condvar, Mutex, PoisonError, mpsc};
use std::time::Duration;

/// Run `exe` with `args`, assert it succeeded, and parse its stdout as JSON.
///
/// Panics (failing the calling test) with the runner's stderr if it failed.
pub fn run_json(exe: &str, args: &[&str]) -> serde_json::Value {
    let out = Command::new(exe)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("could not run {exe}: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{exe} {args:?} failed: {stderr}");
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{exe} {args:?} printed no JSON ({e}); stderr: {stderr}"))
}

/// Run `exe` with bad `args`, assert exit code 2, and return its stderr.
pub fn run_usage_error(exe: &str, args: &[&str]) -> String {
    let out = Command::new(exe)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("could not run {exe}: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(2),
        "{exe} {args:?} should exit 2; stderr: {stderr}"
    );
    stderr
}

/// How long a test or a grading check waits for anything before it fails.
pub const TEST_TIMEOUT: Duration = Duration::from_secs(10);

/// A meeting point for `parties` threads, with a timeout, so code that runs them one at
/// a time fails the check instead of hanging it.
#[derive(Clone, Debug)]
pub struct Rendezvous {
    parties: usize,
    state: Arc<(Mutex<usize>, Condvar)>,
}

impl Rendezvous {
    /// A rendezvous for `parties` threads.
    pub fn new(parties: usize) -> Self {
        Self {
            parties,
            state: Arc::new((Mutex::new(0), Condvar::new())),
        }
    }

    /// Arrive and wait up to `patience` for the others: true if all of them came.
    pub fn wait_for(&self, patience: Duration) -> bool {
        let (count, all_here) = &*self.state;
        let mut arrived = count.lock().unwrap_or_else(PoisonError::into_inner);
        *arrived += 1;
        all_here.notify_all();
        let (arrived, _) = all_here
            .wait_timeout_while(arrived, patience, |n| *n < self.parties)
            .unwrap_or_else(PoisonError::into_inner);
        *arrived >= self.parties
    }

    /// Arrive and wait up to [`TEST_TIMEOUT`] for the others.
    pub fn wait(&self) -> bool {
        self.wait_for(TEST_TIMEOUT)
    }
}

/// A gate that tasks wait at until a check opens it (or their patience runs out): how a
/// check holds work "in flight" at the moment it shuts something down.
#[derive(Clone, Debug, Default)]
pub struct Gate {
    state: Arc<(Mutex<bool>, Condvar)>,
}

impl Gate {
    /// A closed gate.
    pub fn new() -> Self {
        Self::default()
    }

    /// Open the gate: every waiter goes on, and later ones do not stop.
    pub fn open(&self) {
        let (open, opened) = &*self.state;
        *open.lock().unwrap_or_else(PoisonError::into_inner) = true;
        opened.notify_all();
    }

    /// Wait up to `patience` for the gate to open: true if it did.
    pub fn wait_for(&self, patience: Duration) -> bool {
        let (open, opened) = &*self.state;
        let guard = open.lock().unwrap_or_else(PoisonError::into_inner);
        let (guard, _) = opened
            .wait_timeout_while(guard, patience, |open| !*open)
            .unwrap_or_else(PoisonError::into_inner);
        *guard
    }
}

/// How many callers are inside a section at once, and the most there ever were: how a
/// check sees that a pool runs W tasks together, and never more.
#[derive(Clone, Debug, Default)]
pub struct Occupancy {
    /// (inside now, the most ever inside at once)
    state: Arc<(Mutex<(usize, usize)>, Condvar)>,
}

impl Occupancy {
    /// Nobody inside yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// A caller comes in.
    pub fn enter(&self) {
        let (count, changed) = &*self.state;
        let mut c = count.lock().unwrap_or_else(PoisonError::into_inner);
        c.0 += 1;
        c.1 = c.1.max(c.0);
        changed.notify_all();
    }

    /// A caller leaves.
    pub fn leave(&self) {
        let (count, _) = &*self.state;
        let mut c = count.lock().unwrap_or_else(PoisonError::into_inner);
        c.0 = c.0.saturating_sub(1);
    }

    /// Wait until `n` are inside (at most `patience`), then `window` longer for any
    /// beyond `n`: the most ever inside at once. Callers held at a gate meanwhile make
    /// it exact: a bounded section shows `n`, an unbounded one shows more within `window`.
    pub fn most_after(&self, n: usize, patience: Duration, window: Duration) -> usize {
        let (count, changed) = &*self.state;
        let c = count.lock().unwrap_or_else(PoisonError::into_inner);
        let (c, _) = changed
            .wait_timeout_while(c, patience, |c| c.0 < n)
            .unwrap_or_else(PoisonError::into_inner);
        let (c, _) = changed
            .wait_timeout_while(c, window, |c| c.1 <= n)
            .unwrap_or_else(PoisonError::into_inner);
        c.1
    }
}

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

/// A runner started as a server for a test: the child process and the address it
/// printed in its `listening on http://ADDR/` line. Dropping it kills the child.
#[derive(Debug)]
pub struct RunningServer {
    /// The runner's process.
    pub child: std::process::Child,
    /// Where it listens.
    pub addr: std::net::SocketAddr,
    stdout: Option<std::io::BufReader<std::process::ChildStdout>>,
}

impl RunningServer {
    /// Start `exe args` (which should bind port 0) and wait for its `listening on` line.
    pub fn start(exe: &str, args: &[&str]) -> Self {
        use std::io::BufRead;
        let mut child = Command::new(exe)
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("could not run {exe}: {e}"));
        let mut stdout = std::io::BufReader::new(child.stdout.take().expect("piped stdout"));
        let mut line = String::new();
        let addr = loop {
            line.clear();
            let read = stdout.read_line(&mut line).expect("the runner's stdout");
            assert!(
                read > 0,
                "{exe} {args:?} ended before it said where it listens"
            );
            if let Some(rest) = line.split("listening on http://").nth(1) {
                let addr = rest.split('/').next().expect("an address before the slash");
                break addr.parse().expect("a socket address");
            }
        };
        Self {
            child,
            addr,
            stdout: Some(stdout),
        }
    }

    /// Close our end of the runner's stdout, as `| head -2` does once it has its lines.
    pub fn close_stdout(&mut self) {
        self.stdout = None;
    }

    /// Send the signal named `signal` (`TERM`, `INT`) to the runner (Unix: `kill -s`).
    pub fn signal(&self, signal: &str) {
        let sent = Command::new("kill")
            .args(["-s", signal, &self.child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(sent.success(), "kill -s {signal} failed");
    }

    /// Wait (up to [`TEST_TIMEOUT`]) for the runner to exit; its exit code and the rest
    /// of its stdout.
    pub fn finish(mut self) -> (Option<i32>, String) {
        use std::io::Read;
        let deadline = std::time::Instant::now() + TEST_TIMEOUT;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("the child's status") {
                break status;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the runner did not exit within {TEST_TIMEOUT:?}"
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut rest = String::new();
        if let Some(stdout) = &mut self.stdout {
            let _ = stdout.read_to_string(&mut rest);
        }
        (status.code(), rest)
    }
}

impl Drop for RunningServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Start the server runner `exe args` (bound to port 0), get one 200 from it, send it
/// SIGTERM, and assert it stops the way Ctrl-C does: exit 0, its totals printed.
pub fn assert_sigterm_is_graceful(exe: &str, args: &[&str]) {
    let server = RunningServer::start(exe, args);
    let status = netkit::client::get(server.addr, "/").map(|r| r.status).ok();
    assert_eq!(status, Some(200), "the server answers before the signal");
    server.signal("TERM");
    let (code, rest) = server.finish();
    assert_eq!(code, Some(0), "exit code after SIGTERM; stdout: {rest}");
    assert!(
        rest.contains("stopped: 1 served"),
        "no totals after SIGTERM: {rest}"
    );
}

/// Run `exe args --plot FILE --json`, then assert FILE is well-formed SVG that names
/// every one of `words` (axes, units, series, the machine).
pub fn assert_plot(exe: &str, args: &[&str], words: &[&str]) {
    let path = std::env::temp_dir().join(format!(
        "labkit-plot-{}-{}.svg",
        std::process::id(),
        args.join("-").replace(['/', ','], "_")
    ));
    let path_text = path.to_string_lossy().into_owned();
    let mut full: Vec<&str> = args.to_vec();
    full.extend(["--plot", &path_text, "--json"]);
    run_json(exe, &full);
    let svg = std::fs::read_to_string(&path).expect("the picture was written");
    let _ = std::fs::remove_file(&path);
    assert!(crate::plot::is_svg(&svg), "not well-formed SVG");
    for word in words {
        assert!(svg.contains(word), "{word} missing from the picture");
    }
}

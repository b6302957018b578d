//! A lab's runner started as a server for a test, and the checks every server runner
//! shares: SIGTERM stops it as Ctrl-C does, and `--plot` draws a picture.

use super::{TEST_TIMEOUT, run_json};
use std::process::Command;
use std::time::Duration;

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

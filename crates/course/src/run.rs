//! Run a command with a time limit, capturing what it prints.
//!
//! A student's deadlock must fail the check, not hang it: past the limit the whole
//! process group (cargo and the test binary it started) is killed.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a finished (or stopped) command left behind.
#[derive(Debug)]
pub struct Finished {
    /// True if it exited with status 0.
    pub success: bool,
    /// True if it was killed at the time limit.
    pub timed_out: bool,
    /// Its stdout.
    pub stdout: String,
    /// Its stderr.
    pub stderr: String,
}

/// Run `command` in `dir`, killing it after `limit`.
pub fn run(command: Command, dir: &Path, limit: Duration) -> Result<Finished, String> {
    run_with_notice(command, dir, limit, limit, || {})
}

/// [`run`], calling `notice` once if the command is still going after `quiet`: a line
/// such as "building for loom" then appears only when something is really being built.
pub fn run_with_notice(
    mut command: Command,
    dir: &Path,
    limit: Duration,
    quiet: Duration,
    notice: impl FnOnce(),
) -> Result<Finished, String> {
    let mut notice = Some(notice);
    command
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut child = command
        .spawn()
        .map_err(|e| format!("could not start cargo: {e}"))?;
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let started = Instant::now();
    let deadline = started + limit;
    let (success, timed_out) = loop {
        match child.try_wait() {
            Ok(Some(status)) => break (status.success(), false),
            Ok(None) if Instant::now() >= deadline => {
                kill_group(&mut child);
                break (false, true);
            }
            Ok(None) => {
                if started.elapsed() >= quiet
                    && let Some(notice) = notice.take()
                {
                    notice();
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(e) => return Err(format!("lost track of cargo: {e}")),
        }
    };
    Ok(Finished {
        success,
        timed_out,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
    })
}

/// Read a pipe to the end on its own thread, so a chatty child never blocks on a full pipe.
fn drain(pipe: Option<impl Read + Send + 'static>) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(mut pipe) = pipe {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            text = String::from_utf8_lossy(&bytes).into_owned();
        }
        text
    })
}

/// Kill cargo and everything it started (the test binary is what hangs).
fn kill_group(child: &mut std::process::Child) {
    #[cfg(unix)]
    {
        let _ = Command::new("kill")
            .args(["-KILL", &format!("-{}", child.id())])
            .status();
    }
    let _ = child.kill();
    let _ = child.wait();
}

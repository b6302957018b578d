//! Bad input ends with one sentence and exit code 2, never a panic or a backtrace; and
//! a report whose reader has gone (`| head`) ends quietly.

use std::fmt::Display;

/// The exit code every runner uses for bad input (the same as clap's usage errors).
pub const BAD_INPUT: i32 = 2;

/// Print `error: {message}` to stderr and exit with [`BAD_INPUT`].
pub fn fail(message: impl Display) -> ! {
    eprintln!("error: {message}");
    std::process::exit(BAD_INPUT)
}

/// Unwrap a result, or [`fail`] with the error's own sentence.
pub fn or_fail<T, E: Display>(result: Result<T, E>) -> T {
    result.unwrap_or_else(|e| fail(e))
}

/// Set by [`keep_running_if_stdout_closes`].
static KEEP_RUNNING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// For servers: if stdout closes (`lab-01 | head -2`), stop printing but keep serving.
/// A report exits when nobody reads it any more; a server in the middle of a response
/// must not.
pub fn keep_running_if_stdout_closes() {
    KEEP_RUNNING.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Print `text` to stdout; if stdout is gone (`| head` closed the pipe), exit quietly
/// instead of panicking the way `print!` does (or, for a server, carry on silently).
pub fn print_all(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if out
        .write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .is_err()
        && !KEEP_RUNNING.load(std::sync::atomic::Ordering::Relaxed)
    {
        std::process::exit(0);
    }
}

/// `println!` for reports: if stdout is gone (`| head` closed the pipe), exit quietly
/// with status 0 instead of panicking with "failed printing to stdout".
#[macro_export]
macro_rules! outln {
    () => { $crate::exit::print_all("\n") };
    ($($arg:tt)*) => { $crate::exit::print_all(&format!("{}\n", format_args!($($arg)*))) };
}

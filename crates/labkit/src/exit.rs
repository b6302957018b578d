//! Bad input ends with one sentence and exit code 2, never a panic or a backtrace.

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

/// How many CPUs this process may run on (1 when the OS will not say).
pub fn cpu_count() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
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

/// Print panics as one line (`panic in thread 'worker-3': message`) instead of a
/// message and a backtrace: for servers that catch handler panics and go on serving.
pub fn one_line_panics() {
    std::panic::set_hook(Box::new(|info| {
        let thread = std::thread::current();
        let name = thread.name().unwrap_or("unnamed");
        let message = panic_message(info.payload());
        eprintln!("panic in thread '{name}': {message}");
    }));
}

/// The message a panic carried (`panic!("...")` gives a `&str` or a `String`), or
/// "(no message)" for any other payload.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_string())
}

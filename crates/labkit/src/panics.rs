//! A panicking task is one line on stderr and a message the server can report, never
//! a backtrace in the middle of a demo.

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

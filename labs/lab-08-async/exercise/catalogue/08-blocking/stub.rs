//! Exercise `08-blocking`: run a blocking call without stopping the runtime.
//!
//! **Task.** Write `off_the_runtime`: run `work` (a blocking closure: it may sleep, read
//! a file, wait on a std channel) so that the runtime's own threads go on running
//! other tasks meanwhile, and give back what `work` returned. If `work` panics, give
//! back `Err` with the panic's message; never crash the calling task.
//!
//! **What passing proves.** On a runtime with only one thread, a blocking call that
//! waits for another task's message receives it (so that task ran while the call
//! blocked); the call's result comes back intact; and a panic in it comes back as an
//! error that says what the panic said.
//!
//! **Read afterwards:** `async_server::blocking` (`labs/lab-08-async/src/blocking.rs`)
//! and lab-07's offload pool: `spawn_blocking` is that pool, built into tokio.
//!
//! Grade it: `cargo run -p course -- check 08-blocking`.
//!
//! **中文：** 练习 `08-blocking`。任务：写 `off_the_runtime`：运行一个会阻塞的闭包，同时运行时自己的线程照样运行别的任务；把闭包的返回值交回来；闭包 panic 时返回带着 panic 消息的 `Err`，不能让调用它的任务崩掉。
//! 通过说明：在只有一个线程的运行时上，阻塞调用在等另一个任务发来的消息，并且等到了（说明那个任务在阻塞期间照常运行）；返回值原样交回；panic 变成一个说明原因的错误。
//! 提示和评分：`cargo run -p course -- hint 08-blocking --lang zh-CN`，`cargo run -p course -- check 08-blocking`。

/// Run `work` off the runtime's threads; its result, or its panic's message as `Err`.
pub async fn off_the_runtime<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let _ = &work; // `work` cannot be printed; this line only keeps the stub warning-free
    todo!(
        "run the blocking work where it cannot hold the runtime's threads, and give back its result or its panic as an Err"
    )
}

//! `--trace` on a server runner: serve a `/block` and a `/`, stop it, read the trace.

use super::RunningServer;
use super::traced::TraceFiles;
use crate::trace::Trace;

/// Start `exe serve --addr 127.0.0.1:0 [extra]` with `--trace` and `--timeline`, have
/// one client ask for `/block?ms={block_ms}` and another for `/` meanwhile, stop the
/// server with `signal` (`INT`, `TERM`), and return its checked trace.
pub fn trace_a_block(exe: &str, extra: &[&str], block_ms: u64, signal: &str) -> Trace {
    let files = TraceFiles::new(&format!(
        "trace-{}",
        exe.rsplit('/').next().unwrap_or("runner")
    ));
    let flags = files.flags();
    let mut args = vec!["serve", "--addr", "127.0.0.1:0"];
    args.extend(extra);
    args.extend(flags.iter().map(String::as_str));
    let server = RunningServer::start(exe, &args);
    let addr = server.addr;
    let blocker =
        std::thread::spawn(move || netkit::client::get(addr, &format!("/block?ms={block_ms}")));
    let home = netkit::client::get(addr, "/").expect("/ is answered");
    assert_eq!(home.status, 200);
    let blocked = blocker
        .join()
        .expect("the client thread")
        .expect("/block is answered");
    assert_eq!(blocked.status, 200);
    server.signal(signal);
    let (code, _) = server.finish();
    assert_eq!(
        code,
        Some(0),
        "the server stops cleanly and writes its trace"
    );
    files.read_checked()
}

//! What each command runs, and how it shows it (declared by `main.rs`).

use crate::cli::{ClientArgs, ServeArgs};
use labkit::exit::{fail, or_fail, print_all};
use netkit::stop::{StopSignal, stop_on_ctrl_c};
use raw_socket::{ServeOptions, raw_client};
use std::time::Duration;

/// `serve` (the default): the server until Ctrl-C.
pub fn serve(args: ServeArgs) {
    // `| head` may close stdout while clients are being served: keep serving.
    labkit::exit::keep_running_if_stdout_closes();
    let addr = netkit::bind::on_all_interfaces_if(args.addr, args.host_all);
    let listener = or_fail(netkit::bind::bind(addr));
    let local = or_fail(listener.local_addr());
    let stop = StopSignal::new(local);
    or_fail(stop_on_ctrl_c(stop.clone()));
    labkit::outln!(
        "listening on http://{local}/  ({})",
        netkit::bind::exposure(local)
    );
    labkit::outln!("open it in a browser, or: curl -v http://{local}/   (Ctrl-C to stop)");
    let options = ServeOptions {
        naive: args.naive,
        read_timeout: Duration::from_millis(args.read_timeout_ms),
        max_requests: args.max_requests,
    };
    let summary = raw_socket::serve(&listener, &options, &stop, &mut |event| {
        labkit::outln!("{event}")
    });
    labkit::outln!(
        "stopped: {} served, {} rejected, {} dropped",
        summary.served,
        summary.rejected,
        summary.dropped
    );
}

/// `client`: send raw bytes, print everything that comes back.
pub fn client(args: ClientArgs) {
    let text = match args.raw {
        Some(raw) => raw_client::unescape(&raw),
        None => raw_client::get_request(args.addr, &args.path),
    };
    let sent: String = text.lines().map(|l| format!("> {l}\n")).collect();
    print_all(&sent);
    let reply =
        raw_client::send(args.addr, &text, Duration::from_secs(10)).unwrap_or_else(|e| fail(e));
    print_all(&format!("\n{}\n", String::from_utf8_lossy(&reply)));
    print_all(&format!(
        "({} bytes, then the server closed the connection cleanly)\n",
        reply.len()
    ));
}

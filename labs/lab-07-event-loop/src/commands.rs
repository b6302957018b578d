//! What each command runs, and how it shows it (declared by `main.rs`).

use crate::cli::Cli;
use crate::report;
use event_loop::blocking::blocking_handler;
use event_loop::demo::c10k::{C10kConfig, demo, fit_connections};
use event_loop::demo::connections_sweep;
use event_loop::loops::Loops;
use event_loop::server::Options;
use labkit::exit::or_fail;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// `sweep`: memory and threads as idle connections double, up to `max`.
pub fn sweep(json: bool, max: usize, plot: Option<PathBuf>) {
    let (counts, lowered) = connections_sweep::connection_counts(max, 8);
    let mut bar = labkit::progress::bar(json, counts.len());
    let points = or_fail(connections_sweep::sweep(
        &counts,
        8,
        Duration::from_millis(300),
        &mut |done, _| bar.set(done),
    ));
    bar.finish();
    if let Some(path) = plot {
        or_fail(labkit::plot::line_charts(
            &path,
            &report::sweep_pictures(&points),
        ));
    }
    let swept = connections_sweep::Swept::judge(points);
    labkit::json::report_or_json(json, &swept, || report::sweep(&swept, lowered.as_deref()))
}

/// The default: the c10k demo, each server holding the idle connections in turn.
pub fn c10k(cli: &Cli) {
    let (connections, lowered) = fit_connections(cli.connections as usize, cli.clients as usize);
    let config = C10kConfig {
        connections,
        clients: cli.clients as usize,
        duration: Duration::from_millis(cli.duration_ms),
    };
    let began = std::time::Instant::now();
    let measured = or_fail(demo(&config, cli.trace.wanted()));
    labkit::json::report_or_json(cli.json, &measured, || {
        report::c10k(&measured, connections, config.clients, lowered.as_deref())
    });
    if let Some(trace) = &measured.trace {
        let title = format!(
            "{connections} idle connections and {} clients, each server in turn",
            config.clients
        );
        or_fail(cli.trace.save(trace, &title, began.elapsed(), cli.json));
    }
}

/// `serve`: the loop (or `loops` of them) until Ctrl-C.
pub fn serve_until_ctrl_c(
    addr: SocketAddr,
    offload: Option<usize>,
    keep_alive: bool,
    loops: usize,
    trace: &labkit::trace::TraceArgs,
) {
    // `| head` may close stdout while clients are being served: keep serving.
    labkit::exit::keep_running_if_stdout_closes();
    let ctrl_c = or_fail(netkit::stop::CtrlC::install());
    let options = Options {
        offload_workers: offload,
        keep_alive,
        ..Options::new(blocking_handler())
    };
    trace.begin();
    let began = std::time::Instant::now();
    let server = if loops == 1 {
        or_fail(Loops::one(or_fail(netkit::bind::bind(addr)), options))
    } else {
        or_fail(Loops::serve(addr, loops, options))
    };
    let how = offload.map_or(
        "blocking handlers run ON the loop: /block freezes everyone".to_string(),
        |w| format!("blocking handlers run on {w} pool threads"),
    );
    let threads = match loops {
        1 => "one event-loop thread".to_string(),
        n => {
            format!("{n} event loops on {n} threads, one listener each on this port (SO_REUSEPORT)")
        }
    };
    labkit::outln!(
        "listening on http://{}/  ({threads}; {how}; {})",
        server.addr(),
        netkit::bind::exposure(server.addr())
    );
    if loops > 1 && !netkit::bind::KERNEL_SPREADS_CONNECTIONS {
        labkit::outln!(
            "note: this OS's kernel does not spread connections over listeners that share a port (macOS gives them all to one): expect one loop to serve them all; the totals below say"
        );
    }
    labkit::outln!(
        "routes: /  /sleep?ms=N (a timer)  /block?ms=N (a blocking handler)   Ctrl-C stops"
    );
    ctrl_c.wait();
    let ((served, rejected), each) = server.shutdown();
    let per_loop = if each.len() > 1 {
        let each: Vec<String> = each.iter().map(u64::to_string).collect();
        format!(" (per loop: {})", each.join(", "))
    } else {
        String::new()
    };
    labkit::outln!("\nstopped: {served} served{per_loop}, {rejected} bad requests");
    let title = format!("lab-07 serve: {how}");
    or_fail(trace.finish("lab-07 serve", &title, began.elapsed(), false));
}

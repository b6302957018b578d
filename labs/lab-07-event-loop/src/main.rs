//! Runner for lab-07: the c10k demo (default), or `serve` the event loop.

use clap::{Parser, Subcommand};
use event_loop::blocking::blocking_handler;
use event_loop::demo::c10k::{C10kConfig, demo, fit_connections};
use event_loop::demo::connections_sweep;
use event_loop::loops::Loops;
use event_loop::server::Options;
use labkit::exit::or_fail;
use std::net::SocketAddr;
use std::time::Duration;

mod report;

/// One thread, ten thousand connections: an event loop against threads.
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Idle connections to hold against each server.
    #[arg(long, default_value_t = 10_000, value_parser = clap::value_parser!(u32).range(1..))]
    connections: u32,
    /// Active clients sending requests meanwhile.
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u16).range(1..=1000))]
    clients: u16,
    /// Milliseconds of load per server.
    #[arg(long, default_value_t = 1500, value_parser = clap::value_parser!(u64).range(1..=600_000))]
    duration_ms: u64,
    /// Print one JSON document with the figures instead of the report.
    #[arg(long, global = true)]
    json: bool,
    #[command(flatten)]
    trace: labkit::trace::TraceArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Memory and threads as idle connections double (250, 500, ...), event loop and threads.
    Sweep {
        /// The largest number of idle connections.
        #[arg(long, default_value_t = 4_000, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(250..=100_000))]
        max: usize,
        /// Also draw the sweep as an SVG picture: memory, and threads, against connections.
        #[arg(long, value_name = "FILE.svg")]
        plot: Option<std::path::PathBuf>,
    },
    /// Serve the event loop until Ctrl-C: `/`, `/sleep?ms=N` (a timer), `/block?ms=N` (a blocking handler).
    Serve {
        /// Address to listen on; port 0 picks a free port.
        #[arg(long, default_value = "127.0.0.1:8007")]
        addr: SocketAddr,
        /// Keep connections open between requests (HTTP/1.1 keep-alive, pipelining too).
        #[arg(long)]
        keep_alive: bool,
        /// Run the blocking handler on this many pool threads instead of on the loop.
        #[arg(long, value_name = "WORKERS", value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=4096))]
        offload: Option<usize>,
        /// Event loops, each on its own thread with its own listener on the port (SO_REUSEPORT): nginx's workers.
        #[arg(long, default_value_t = 1, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=256))]
        loops: usize,
        #[command(flatten)]
        trace: labkit::trace::TraceArgs,
    },
}

fn main() {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Sweep { max, plot }) => {
            let (counts, lowered) = connections_sweep::connection_counts(max, 8);
            let mut bar = labkit::progress::bar(cli.json, counts.len());
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
            if cli.json {
                labkit::json::print_json(&serde_json::json!({ "results": points }))
            } else {
                report::sweep(&points, lowered.as_deref()).print()
            }
        }
        Some(Command::Serve {
            addr,
            offload,
            keep_alive,
            loops,
            trace,
        }) => serve_until_ctrl_c(addr, offload, keep_alive, loops, &trace),
        None => {
            let (connections, lowered) =
                fit_connections(cli.connections as usize, cli.clients as usize);
            let config = C10kConfig {
                connections,
                clients: cli.clients as usize,
                duration: Duration::from_millis(cli.duration_ms),
            };
            let began = std::time::Instant::now();
            let measured = or_fail(demo(&config, cli.trace.wanted()));
            if cli.json {
                labkit::json::print_json(&measured)
            } else {
                report::c10k(&measured, connections, config.clients, lowered.as_deref()).print()
            }
            if let Some(trace) = &measured.trace {
                let title = format!(
                    "{connections} idle connections and {} clients, each server in turn",
                    config.clients
                );
                let lines = or_fail(cli.trace.save(trace, &title, began.elapsed()));
                labkit::trace::print_lines(&lines, cli.json);
            }
        }
    }
}

fn serve_until_ctrl_c(
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
    if let Some(lines) = or_fail(trace.finish("lab-07 serve", &title, began.elapsed())) {
        labkit::trace::print_lines(&lines, false);
    }
}

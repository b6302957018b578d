//! The `serve` subcommand: flags, the listening line, the totals. Declared by `main.rs`.

use async_server::blocking::Blocking;
use async_server::demo::running::{Flavor, Running};
use async_server::server::Options;
use async_server::shutdown::{IN_FLIGHT_GRACE, StopSignals};
use labkit::exit::{fail, or_fail};
use std::net::SocketAddr;

/// Which runtime `serve` runs on.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum RuntimeFlag {
    /// One thread for every connection (lab-07's one loop).
    CurrentThread,
    /// `--workers` threads, each a loop, with work stealing.
    MultiThread,
}

/// `lab-08 serve` flags.
#[derive(clap::Args)]
pub struct ServeArgs {
    /// Address to listen on; port 0 picks a free port.
    #[arg(long, default_value = "127.0.0.1:8008")]
    addr: SocketAddr,
    /// The runtime: one thread, or several.
    #[arg(long, value_enum, default_value = "current-thread")]
    runtime: RuntimeFlag,
    /// Worker threads for `--runtime multi-thread`.
    #[arg(long, default_value_t = 2, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=1024))]
    workers: usize,
    /// Connections served at once (a Semaphore); the next client waits for a place.
    #[arg(long, default_value_t = 1024, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=1_000_000))]
    max_connections: usize,
    /// One request per connection (each answer says `Connection: close`), as lab-02's and
    /// lab-07's servers do unless told `--keep-alive`. Without it, connections stay open.
    #[arg(long)]
    no_keep_alive: bool,
    /// Keep-alive is already on here; accepted so lab-07's command line works unchanged.
    #[arg(long, hide = true, conflicts_with = "no_keep_alive")]
    keep_alive: bool,
    /// Where /block runs: in the task (freezes its thread: the trap) or on spawn_blocking's pool.
    #[arg(long, value_enum, default_value = "in-task")]
    blocking: BlockingFlag,
    #[command(flatten)]
    trace: labkit::trace::TraceArgs,
}

/// `--blocking`.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum BlockingFlag {
    /// In the task, on a runtime thread (the trap).
    InTask,
    /// On tokio's blocking pool (the fix).
    SpawnBlocking,
}

/// Serve until Ctrl-C or SIGTERM, then print the totals.
/// With `json`, stdout holds only the totals as one JSON document; the listening
/// lines go to stderr.
pub fn run(args: ServeArgs, json: bool) {
    labkit::exit::keep_running_if_stdout_closes();
    let flavor = match args.runtime {
        RuntimeFlag::CurrentThread => Flavor::CurrentThread,
        RuntimeFlag::MultiThread => Flavor::MultiThread {
            workers: args.workers,
        },
    };
    let blocking = match args.blocking {
        BlockingFlag::InTask => Blocking::InTask,
        BlockingFlag::SpawnBlocking => Blocking::SpawnBlocking,
    };
    let options = Options {
        max_connections: args.max_connections,
        keep_alive: !args.no_keep_alive,
        blocking,
        ..Options::default()
    };
    let listener = or_fail(netkit::bind::bind(args.addr));
    // Before the first client: registering takes descriptors a busy server may lack.
    let signals = StopSignals::register()
        .unwrap_or_else(|e| fail(format!("could not listen for Ctrl-C and SIGTERM: {e}")));
    args.trace.begin();
    let began = std::time::Instant::now();
    let server = or_fail(Running::start(listener, flavor, options, IN_FLIGHT_GRACE));
    let how = match blocking {
        Blocking::InTask => "/block runs IN the task: it freezes its thread's connections",
        Blocking::SpawnBlocking => "/block runs on spawn_blocking's pool",
    };
    let connections = if args.no_keep_alive {
        "one request per connection"
    } else {
        "keep-alive"
    };
    let listening = format!(
        "listening on http://{}/  (tokio {}; {connections}; {how}; {})\nroutes: /  /sleep?ms=N (a timer)  /block?ms=N (a blocking call)   Ctrl-C or SIGTERM stops",
        server.addr(),
        flavor.label(),
        netkit::bind::exposure(server.addr())
    );
    if json {
        eprintln!("{listening}");
    } else {
        labkit::outln!("{listening}");
    }
    signals.wait();
    let totals = server.shutdown();
    if json {
        labkit::json::print_json(&totals);
    } else {
        stopped(&totals);
    }
    let title = format!("lab-08 serve: tokio {}; {how}", flavor.label());
    or_fail(
        args.trace
            .finish("lab-08 serve", &title, began.elapsed(), json),
    );
}

/// The totals line after a stop.
fn stopped(totals: &async_server::server::Totals) {
    labkit::outln!(
        "\nstopped: {} served, {} bad requests, {} cut at the {} s grace, {} refused from the backlog, {} non-readers dropped, {} failed accepts",
        totals.answered,
        totals.rejected,
        totals.cut_at_shutdown,
        IN_FLIGHT_GRACE.as_secs(),
        totals.refused_at_shutdown,
        totals.dropped_non_readers,
        totals.accept_errors
    );
}

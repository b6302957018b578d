//! Runner for lab-02: `compare` the models under load (default), or `serve` one.

use clap::{Parser, Subcommand, ValueEnum};
use labkit::exit::or_fail;
use std::net::SocketAddr;
use std::time::Duration;
use threaded_server::Model;
use threaded_server::compare::{CompareConfig, compare as run_compare, default_models};

mod report;

/// A threaded server: one at a time vs a thread per connection vs a bounded pool.
#[derive(Parser)]
#[command(version, about, long_about = None, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// With no subcommand, `compare` runs with these flags.
    #[command(flatten)]
    compare: CompareArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Run every model under the same load and compare them (the default).
    Compare(CompareArgs),
    /// Serve one model until Ctrl-C.
    Serve(ServeArgs),
}

#[derive(clap::Args)]
struct CompareArgs {
    /// Concurrent clients, each sending its next request when the last is answered.
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u16).range(1..=1000))]
    clients: u16,
    /// Milliseconds each request spends in the handler (simulated work).
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u64).range(0..=10_000))]
    delay_ms: u64,
    /// Milliseconds of load per model.
    #[arg(long, default_value_t = 2000, value_parser = clap::value_parser!(u64).range(1..=600_000))]
    duration_ms: u64,
    /// Most requests per model.
    #[arg(long, default_value_t = 20_000, value_parser = clap::value_parser!(u64).range(1..))]
    max_requests: u64,
    /// Also draw the comparison as an SVG picture: requests/s per model, against its limit.
    #[arg(long, value_name = "FILE.svg")]
    plot: Option<std::path::PathBuf>,
    /// Pool sizes to compare (comma-separated).
    #[arg(long, value_delimiter = ',', default_values_t = [16, 64], value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=4096))]
    workers: Vec<usize>,
    /// Print one JSON document with the figures instead of the report.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    trace: labkit::trace::TraceArgs,
}

#[derive(Clone, Copy, ValueEnum)]
enum ModelArg {
    Sequential,
    ThreadPerConnection,
    Pool,
}

#[derive(clap::Args)]
struct ServeArgs {
    /// How connections are run.
    #[arg(long, value_enum, default_value = "pool")]
    model: ModelArg,
    /// Workers in the pool (and the cap for thread-per-connection, if given).
    #[arg(long, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=4096))]
    workers: Option<usize>,
    /// Address to listen on; port 0 picks a free port.
    #[arg(long, default_value = "127.0.0.1:8002")]
    addr: SocketAddr,
    /// Listen on every interface (0.0.0.0), so other machines can connect.
    #[arg(long)]
    host_all: bool,
    /// Milliseconds the `/` page takes to build (simulated work).
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u64).range(0..=10_000))]
    delay_ms: u64,
    /// How long a client may take to send its request before it gets 408.
    #[arg(long, default_value_t = 5000, value_name = "MS", value_parser = clap::value_parser!(u64).range(1..=600_000))]
    read_timeout_ms: u64,
    /// Keep connections open between requests (HTTP/1.1 keep-alive): see its trap with a pool.
    #[arg(long)]
    keep_alive: bool,
    #[command(flatten)]
    trace: labkit::trace::TraceArgs,
}

fn main() {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Serve(args)) => serve(args),
        Some(Command::Compare(args)) => compare(args),
        None => compare(cli.compare),
    }
}

fn compare(args: CompareArgs) {
    let config = CompareConfig {
        clients: args.clients as usize,
        delay: Duration::from_millis(args.delay_ms),
        duration: Duration::from_millis(args.duration_ms),
        max_requests: args.max_requests,
        trace: args.trace.wanted(),
    };
    let models = default_models(&args.workers, config.clients);
    let mut bar = labkit::progress::bar(args.json, models.len());
    let began = std::time::Instant::now();
    let comparison = or_fail(run_compare(models, &config, &mut |done, _| bar.set(done)));
    bar.finish();
    if let Some(path) = &args.plot {
        or_fail(labkit::plot::bar_chart(
            path,
            &report::picture(&comparison, &config),
        ));
    }
    if args.json {
        labkit::json::print_json(&comparison);
    } else {
        report::compare(&comparison, &config).print();
    }
    if let Some(trace) = &comparison.trace {
        let title = format!(
            "{} clients, {} ms in the handler: each model in turn",
            config.clients,
            config.delay.as_millis()
        );
        let run = began.elapsed();
        labkit::trace::print_lines(&or_fail(args.trace.save(trace, &title, run)), args.json);
    }
}

fn serve(args: ServeArgs) {
    // `| head` may close stdout while clients are being served: keep serving.
    labkit::exit::keep_running_if_stdout_closes();
    // The /panic route panics on purpose; the server catches it and answers 500.
    labkit::exit::one_line_panics();
    let model = match args.model {
        ModelArg::Sequential => Model::Sequential,
        ModelArg::ThreadPerConnection => Model::ThreadPerConnection { cap: args.workers },
        ModelArg::Pool => Model::Pool {
            workers: args.workers.unwrap_or(16),
            queue: 128,
        },
    };
    let ctrl_c = or_fail(netkit::stop::CtrlC::install());
    args.trace.begin();
    let began = std::time::Instant::now();
    let addr = netkit::bind::on_all_interfaces_if(args.addr, args.host_all);
    let listener = or_fail(netkit::bind::bind(addr));
    let handler = threaded_server::routes::demo_handler(Duration::from_millis(args.delay_ms));
    let server = or_fail(threaded_server::server::serve_with(
        listener,
        model,
        handler,
        Duration::from_millis(args.read_timeout_ms),
        args.keep_alive,
    ));
    labkit::outln!(
        "listening on http://{}/  ({}, {})",
        server.addr(),
        model.label(),
        netkit::bind::exposure(server.addr())
    );
    labkit::outln!("routes: /  /sleep?ms=N  /panic      (Ctrl-C stops gracefully)");
    ctrl_c.wait();
    labkit::outln!("\nstopping: finishing in-flight requests...");
    let t = server.shutdown();
    labkit::outln!(
        "stopped: {} served on {} connections, {} bad requests, {} refused (503), {} panics caught, {} cut at the {} s grace, peak {} threads",
        t.served,
        t.connections,
        t.rejected,
        t.refused,
        t.panics,
        t.cut_at_shutdown,
        netkit::stop::IN_FLIGHT_GRACE.as_secs(),
        t.peak_threads
    );
    let title = format!("{} serving until Ctrl-C", model.label());
    if let Some(lines) = or_fail(args.trace.finish("lab-02 serve", &title, began.elapsed())) {
        labkit::trace::print_lines(&lines, false);
    }
}

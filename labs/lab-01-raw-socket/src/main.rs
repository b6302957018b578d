//! Runner for lab-01: `serve` (the default) or `client`.

use clap::{Parser, Subcommand};
use labkit::exit::{fail, or_fail, print_all};
use netkit::stop::{StopSignal, stop_on_ctrl_c};
use raw_socket::{ServeOptions, raw_client};
use std::net::SocketAddr;
use std::time::Duration;

/// A raw socket server a browser can talk to, and a raw client.
#[derive(Parser)]
#[command(version, about, long_about = None, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// With no subcommand, `serve` runs with these flags.
    #[command(flatten)]
    serve: ServeArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Serve a page to any browser, one client at a time (the default).
    Serve(ServeArgs),
    /// Send one request and print every byte that comes back.
    Client(ClientArgs),
}

#[derive(clap::Args)]
struct ServeArgs {
    /// Address to listen on; port 0 picks a free port.
    #[arg(long, default_value = "127.0.0.1:8001")]
    addr: SocketAddr,
    /// Listen on every interface (0.0.0.0), so other machines on your network can connect.
    #[arg(long)]
    host_all: bool,
    /// Serve like the lecture's first version: one 1024-byte read, a bare response.
    #[arg(long)]
    naive: bool,
    /// Stop after this many connections.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    max_requests: Option<u64>,
    /// How long a client may take to send its request before it gets 408 (1 to 600000).
    #[arg(long, default_value_t = 5000, value_name = "MS", value_parser = clap::value_parser!(u64).range(1..=600_000))]
    read_timeout_ms: u64,
}

#[derive(clap::Args)]
struct ClientArgs {
    /// Server to connect to.
    #[arg(long, default_value = "127.0.0.1:8001")]
    addr: SocketAddr,
    /// Path to GET.
    #[arg(long, default_value = "/")]
    path: String,
    /// Send this text instead of a GET; \r and \n are turned into real line endings.
    #[arg(long, value_name = "TEXT")]
    raw: Option<String>,
}

fn main() {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Client(args)) => client(args),
        Some(Command::Serve(args)) => serve(args),
        None => serve(cli.serve),
    }
}

fn serve(args: ServeArgs) {
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

fn client(args: ClientArgs) {
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

//! Runner for lab-05: race every way with many threads, then time an access.

use clap::Parser;
use labkit::json::print_json;
use singleton::demo::measure::measure_all;
use singleton::way::WayName;

mod report;

/// Singletons under threads: which ways build exactly once, and what an access costs.
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    /// Threads released together to ask for the singleton first.
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u16).range(1..=1000))]
    threads: u16,
    /// Only these ways (repeat the flag, or separate with commas); default: all.
    #[arg(long, value_enum, value_delimiter = ',')]
    way: Vec<WayName>,
    /// Accesses per reader when timing an access after the first.
    #[arg(long, default_value_t = 5_000_000, value_parser = clap::value_parser!(u64).range(1..=10_000_000_000))]
    accesses: u64,
    /// Print one JSON document with the figures instead of the report.
    #[arg(long)]
    json: bool,
}

fn main() {
    let cli = Cli::parse();
    let ways = if cli.way.is_empty() {
        WayName::ALL.to_vec()
    } else {
        cli.way
    };
    let measured = measure_all(&ways, cli.threads as usize, cli.accesses);
    if cli.json {
        print_json(&measured);
    } else {
        report::report(&measured).print();
    }
}

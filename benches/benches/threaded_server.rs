//! lab-02: requests per second for each model at 1, 16 and 64 clients, 0 ms handler,
//! a new connection per request; next to Python's ThreadingTCPServer when python3 is
//! present (`labs/lab-02-threaded-server/python/threading_server.py`).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use netkit::load::{LoadConfig, run};
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::Duration;
use threaded_server::Model;
use threaded_server::routes::demo_handler;
use threaded_server::server::serve;

const CLIENTS: [usize; 3] = [1, 16, 64];

/// Time `iters` requests from `clients` closed-loop clients.
fn drive(addr: SocketAddr, clients: usize, iters: u64) -> Duration {
    let load = LoadConfig {
        clients,
        max_requests: iters,
        max_duration: Duration::from_secs(60),
        path: "/sleep?ms=0".into(),
        timeout: Duration::from_secs(10),
        keep_alive: false,
    };
    Duration::from_secs_f64(run(addr, &load).elapsed_ms / 1e3)
}

/// Start the Python server; `None` when python3 is missing.
fn python_server() -> Option<(Child, SocketAddr)> {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../labs/lab-02-threaded-server/python/threading_server.py"
    );
    let mut child = Command::new("python3")
        .arg(script)
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    let mut line = String::new();
    BufReader::new(child.stdout.take()?)
        .read_line(&mut line)
        .ok()?;
    let port: u16 = line.trim().strip_prefix("listening on ")?.parse().ok()?;
    Some((child, SocketAddr::from(([127, 0, 0, 1], port))))
}

fn models(c: &mut Criterion) {
    let models = [
        Model::Sequential,
        Model::ThreadPerConnection { cap: None },
        Model::Pool {
            workers: 16,
            queue: 128,
        },
    ];
    for clients in CLIENTS {
        let mut group = c.benchmark_group(format!("lab-02 0 ms handler, {clients} clients"));
        group
            .throughput(Throughput::Elements(1))
            .sample_size(10)
            .measurement_time(Duration::from_secs(3));
        for model in models {
            let listener = netkit::bind::bind("127.0.0.1:0".parse().unwrap()).unwrap();
            let server = serve(
                listener,
                model,
                demo_handler(Duration::ZERO),
                Duration::from_secs(5),
            )
            .unwrap();
            group.bench_function(model.label(), |b| {
                b.iter_custom(|iters| drive(server.addr(), clients, iters))
            });
            server.shutdown();
        }
        if let Some((mut python, addr)) = python_server() {
            group.bench_function("python ThreadingTCPServer", |b| {
                b.iter_custom(|iters| drive(addr, clients, iters))
            });
            let _ = python.kill();
            let _ = python.wait();
        }
        group.finish();
    }
}

criterion_group!(benches, models);
criterion_main!(benches);

//! What each command runs, and how it shows it (declared by `main.rs`).

use crate::cli::{CompareArgs, ModelArg, ServeArgs};
use crate::report;
use labkit::exit::or_fail;
use std::time::Duration;
use threaded_server::Model;
use threaded_server::demo::compare::{CompareConfig, compare as run_compare, default_models};

/// `compare` (the default): every model under the same load.
pub fn compare(args: CompareArgs) {
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
        or_fail(args.trace.save(trace, &title, run, args.json));
    }
}

/// `serve`: one model until Ctrl-C, then its totals.
pub fn serve(args: ServeArgs) {
    // `| head` may close stdout while clients are being served: keep serving.
    labkit::exit::keep_running_if_stdout_closes();
    // The /panic route panics on purpose; the server catches it and answers 500.
    labkit::panics::one_line_panics();
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
    or_fail(
        args.trace
            .finish("lab-02 serve", &title, began.elapsed(), false),
    );
}

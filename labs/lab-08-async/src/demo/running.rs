//! A server on a runtime of its own thread, for blocking callers (the runner, tests).

use crate::server::{Context, Options, Stats, Totals, serve};
use crate::shutdown::Shutdown;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

/// Which runtime the server runs on (in JSON by its label: `multi_thread(2)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    /// One thread runs every task: lab-07's one loop.
    CurrentThread,
    /// A loop per worker thread, with work stealing between them.
    MultiThread {
        /// Worker threads.
        workers: usize,
    },
}

impl Flavor {
    /// How reports name it: `current_thread`, `multi_thread(2)`.
    pub fn label(self) -> String {
        match self {
            Self::CurrentThread => "current_thread".into(),
            Self::MultiThread { workers } => format!("multi_thread({workers})"),
        }
    }

    /// Build the runtime (timers and I/O on).
    pub fn runtime(self) -> io::Result<tokio::runtime::Runtime> {
        match self {
            Self::CurrentThread => tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .on_thread_park(super::parked::began)
                .on_thread_unpark(super::parked::ended)
                .build(),
            Self::MultiThread { workers } => tokio::runtime::Builder::new_multi_thread()
                .worker_threads(workers)
                .enable_all()
                .on_thread_park(super::parked::began)
                .on_thread_unpark(super::parked::ended)
                .build(),
        }
    }
}

impl serde::Serialize for Flavor {
    fn serialize<S: serde::Serializer>(&self, out: S) -> Result<S::Ok, S::Error> {
        out.serialize_str(&self.label())
    }
}

/// A server running on its own thread until [`Running::shutdown`].
pub struct Running {
    addr: SocketAddr,
    stats: Arc<Stats>,
    shutdown: Shutdown,
    thread: Option<JoinHandle<Totals>>,
}

impl Running {
    /// A demo's server: on a free port of 127.0.0.1, on a runtime of `flavor`, with a
    /// one-second grace at shutdown (the demo's requests are short).
    pub fn on_loopback(flavor: Flavor, options: Options) -> io::Result<Self> {
        let listener = netkit::bind::bind("127.0.0.1:0".parse().expect("a literal address"))?;
        Self::start(listener, flavor, options, Duration::from_secs(1))
    }

    /// Serve `listener` (bound by the caller, so a port in use is the caller's error)
    /// on a new runtime of `flavor`, with `options`, on a thread of its own.
    pub fn start(
        listener: std::net::TcpListener,
        flavor: Flavor,
        options: Options,
        grace: Duration,
    ) -> io::Result<Self> {
        let addr = listener.local_addr()?;
        listener.set_nonblocking(true)?;
        let runtime = flavor.runtime()?;
        let stats = Arc::new(Stats::default());
        let shutdown = Shutdown::new(grace);
        let ctx = Arc::new(Context {
            options,
            stats: stats.clone(),
            shutdown: shutdown.clone(),
        });
        let thread = std::thread::Builder::new()
            .name("tokio-server".into())
            .spawn(move || {
                runtime.block_on(async move {
                    let listener = tokio::net::TcpListener::from_std(listener)
                        .expect("a non-blocking std listener converts inside a runtime");
                    serve(listener, ctx).await
                })
            })?;
        Ok(Self {
            addr,
            stats,
            shutdown,
            thread: Some(thread),
        })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Its live counters.
    pub fn stats(&self) -> &Stats {
        &self.stats
    }

    /// A handle that stops it from anywhere (a signal handler, another thread).
    pub fn stopper(&self) -> Shutdown {
        self.shutdown.clone()
    }

    /// Stop accepting, let work in flight finish (within the grace), and return the totals.
    pub fn shutdown(mut self) -> Totals {
        self.shutdown.stop();
        self.join()
    }

    /// Wait until it stops (someone called [`Shutdown::stop`]), and return the totals.
    pub fn join(&mut self) -> Totals {
        self.thread
            .take()
            .map(|t| t.join().expect("the server thread does not panic"))
            .unwrap_or_default()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.shutdown.stop();
        self.join();
    }
}

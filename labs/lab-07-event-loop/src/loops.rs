//! Every core, the way nginx uses them: N event loops, each on a thread of its own with
//! a listener of its own on the same port.
//!
//! One loop is one thread, so it uses one core. nginx runs one worker process per core
//! (`worker_processes auto`), each with its own event loop; here each loop is a thread.
//! Each listener is opened with `SO_REUSEPORT`, and on Linux the kernel hashes each new
//! connection to one of them: the loops share nothing, not even an accept queue, so no
//! lock stands between them. A connection stays on the loop that accepted it.
//!
//! This is the lecture's "configure processes and threads" made visible: the lesson's
//! default is one loop (`--loops 1`); `--loops 2` on two cores is the production shape.

use crate::server::{EventLoopHandle, Options, serve};
use std::io;
use std::net::SocketAddr;

/// `n` event loops sharing one port.
pub struct Loops {
    loops: Vec<EventLoopHandle>,
}

impl Loops {
    /// One loop on `listener`: the lesson's default, with a plain listener.
    pub fn one(listener: std::net::TcpListener, options: Options) -> io::Result<Self> {
        Ok(Self {
            loops: vec![serve(listener, options)?],
        })
    }

    /// Start `n` loops on `addr` (port 0 picks one free port for all), each with `options`.
    #[cfg(unix)]
    pub fn serve(addr: SocketAddr, n: usize, options: Options) -> io::Result<Self> {
        let listeners = netkit::bind::bind_shared(addr, n)?;
        let loops = listeners
            .into_iter()
            .map(|listener| serve(listener, options.clone()))
            .collect::<io::Result<Vec<_>>>()?;
        Ok(Self { loops })
    }

    /// Without `SO_REUSEPORT` (Windows) there is no port to share: one sentence.
    #[cfg(not(unix))]
    pub fn serve(_addr: SocketAddr, _n: usize, _options: Options) -> io::Result<Self> {
        Err(io::Error::other(
            "several loops on one port need SO_REUSEPORT, which this OS does not have: use --loops 1",
        ))
    }

    /// The port they share.
    pub fn addr(&self) -> SocketAddr {
        self.loops[0].addr()
    }

    /// How many loops.
    pub fn len(&self) -> usize {
        self.loops.len()
    }

    /// Always false: there is at least one loop.
    pub fn is_empty(&self) -> bool {
        self.loops.is_empty()
    }

    /// Threads in all: each loop, and its offload pool if it has one.
    pub fn threads(&self) -> usize {
        self.loops.iter().map(EventLoopHandle::threads).sum()
    }

    /// Requests each loop has answered so far: how the kernel spread the connections.
    pub fn served_per_loop(&self) -> Vec<u64> {
        self.loops
            .iter()
            .map(|l| l.stats().served.load(std::sync::atomic::Ordering::Relaxed))
            .collect()
    }

    /// Stop every loop the way one stops ([`EventLoopHandle::shutdown`]); the totals
    /// `(served, rejected)` summed, with each loop's served.
    pub fn shutdown(self) -> ((u64, u64), Vec<u64>) {
        let each: Vec<(u64, u64)> = self
            .loops
            .into_iter()
            .map(EventLoopHandle::shutdown)
            .collect();
        let total = each.iter().fold((0, 0), |t, e| (t.0 + e.0, t.1 + e.1));
        (total, each.iter().map(|e| e.0).collect())
    }
}

//! What the accept and shutdown checks share: a `serve` that counts the connections it
//! starts and finishes and holds each one at a gate until the check lets it go, and
//! clients that connect and wait.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, watch};

pub use crate::server::Serve;

/// How long a check waits for something that should happen at once.
pub const PATIENCE: Duration = Duration::from_secs(2);

/// A `serve` that holds connections at a gate, counting them.
pub struct Held {
    /// How many connections `serve` has begun.
    pub started: watch::Receiver<usize>,
    /// How many it has finished.
    pub finished: watch::Receiver<usize>,
    gate: Arc<Semaphore>,
}

impl Held {
    /// The counting, gated `serve`, and the handle that watches and opens it.
    pub fn new() -> (Serve, Self) {
        let (started_tx, started) = watch::channel(0);
        let (finished_tx, finished) = watch::channel(0);
        let gate = Arc::new(Semaphore::new(0));
        let (started_tx, finished_tx) = (Arc::new(started_tx), Arc::new(finished_tx));
        let door = gate.clone();
        let serve: Serve = Arc::new(move |stream| {
            let (started_tx, finished_tx, door) =
                (started_tx.clone(), finished_tx.clone(), door.clone());
            Box::pin(async move {
                started_tx.send_modify(|n| *n += 1);
                if let Ok(pass) = door.acquire().await {
                    pass.forget();
                }
                drop(stream);
                finished_tx.send_modify(|n| *n += 1);
            })
        });
        (
            serve,
            Self {
                started,
                finished,
                gate,
            },
        )
    }

    /// Let `n` held connections finish.
    pub fn release(&self, n: usize) {
        self.gate.add_permits(n);
    }

    /// True once `started` reaches `n` within `within`.
    pub async fn started_reaches(&mut self, n: usize, within: Duration) -> bool {
        reaches(&mut self.started, n, within).await
    }
}

/// True once `counter` reaches `n` within `within`.
pub async fn reaches(counter: &mut watch::Receiver<usize>, n: usize, within: Duration) -> bool {
    tokio::time::timeout(within, counter.wait_for(|&c| c >= n))
        .await
        .is_ok_and(|seen| seen.is_ok())
}

/// A listener on a free port of 127.0.0.1.
pub async fn listener() -> TcpListener {
    TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port on 127.0.0.1")
}

/// `n` clients connected to `addr` (the kernel accepts them into the listen backlog at
/// once; the server's `accept` takes them from there).
pub async fn clients(addr: SocketAddr, n: usize) -> Vec<TcpStream> {
    let mut all = Vec::with_capacity(n);
    for _ in 0..n {
        all.push(
            TcpStream::connect(addr)
                .await
                .expect("connect to 127.0.0.1"),
        );
    }
    all
}

/// A runtime for one check: one thread, real time, I/O.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a current-thread runtime builds")
}

/// If the task under test has ended by panicking, its message, to say instead.
pub async fn panicked(task: tokio::task::JoinHandle<impl Sized>) -> Option<String> {
    if !task.is_finished() {
        task.abort();
        return None;
    }
    task.await.err().and_then(crate::blocking::panic_message)
}

//! Exercise `02-bounded-pool`: W workers, a bounded queue, and a quick 503 when full.
//!
//! **Task.** Write `start`, `dispatch` and `finish`.
//! - `start`: a channel of `workers + queue` places (`crossbeam_channel::bounded`), and
//!   `workers` threads that each take streams from it and serve them
//!   (`connections.serve(stream)`), then take one off the `in_pool` count.
//! - `dispatch`: if `workers + queue` connections are already inside (queued or being
//!   served), hand the stream back with `Err(stream)`: the server answers 503 at once.
//!   Otherwise add one to `in_pool` and send the stream to the workers.
//! - `finish`: drop the sender (the workers finish what is queued, then their loop
//!   ends), and join every worker.
//!
//! **What passing proves.** 4 requests are in the handler at once on 4 workers, and never
//! more than 4, the rest waiting in the queue; with every worker and queue slot taken,
//! the next client gets 503 within a second instead of waiting; the pool keeps taking
//! requests after those; and `finish` waits for a request still in the handler.
//!
//! **Read afterwards:** `threaded_server::pool` (`labs/lab-02-threaded-server/src/pool.rs`).
//!
//! Grade it: `cargo run -p course -- check 02-bounded-pool`.
//!
//! **中文：** 练习 `02-bounded-pool`。任务：有界线程池：W 个工作线程、一个队列，两者都满时立刻回 503。
//! 通过说明：4 个工作线程上同时有 4 个请求在处理函数里，而且从不超过 4 个，其余的在队列里等；工作线程和队列全被占满时，下一个客户端在一秒内收到 503；之后线程池照样接新请求；finish 会等处理函数里还没做完的请求。
//! 提示和评分：`cargo run -p course -- hint 02-bounded-pool --lang zh-CN`，`cargo run -p course -- check 02-bounded-pool`。

use crossbeam_channel::{Sender, bounded};
use std::io;
use std::net::TcpStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::JoinHandle;
use threaded_server::dispatch::{Connections, Dispatch};

/// W workers and a queue of bounded length.
pub struct BoundedPool {
    queue: Option<Sender<TcpStream>>,
    in_pool: Arc<AtomicUsize>,
    capacity: usize,
    workers: Vec<JoinHandle<()>>,
}

impl BoundedPool {
    /// Start `workers` workers (at least 1) with room for `queue` waiting connections.
    pub fn start(connections: Connections, workers: usize, queue: usize) -> io::Result<Self> {
        todo!(
            "a bounded channel of {workers} + {queue}, and {workers} threads serving from it ({:p})",
            &connections
        )
    }
}

impl Dispatch for BoundedPool {
    fn dispatch(&mut self, stream: TcpStream) -> Result<(), TcpStream> {
        todo!(
            "full? Err(stream) for a 503; else count it in and send it ({stream:?}) to the workers"
        )
    }

    fn finish(self: Box<Self>) {
        todo!("drop the sender, then join every worker")
    }
}

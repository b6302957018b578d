//! Challenge `02-waiting-pool`: a pool that answers 503 only after a bounded wait.
//!
//! **Task.** `02-bounded-pool` answers 503 the moment it is full. A short burst of
//! clients then sees 503s that a moment's patience would have avoided. Write a pool
//! whose `dispatch`, when every worker and queue place is taken, waits up to `wait` for
//! a place: it takes the place as soon as one frees up, and hands the stream back (for
//! a 503) only when the wait is over. The accept loop waits with it: that is the point,
//! and also the cost.
//!
//! **What passing proves.** With the pool full, the next client gets 503 once the wait
//! is over, not at once and not never; a place that frees up during the wait is taken
//! at once; and everything `02-bounded-pool` proves about workers still holds.
//!
//! This is a challenge: its answer is not in the lab's lesson files. Hints:
//! `cargo run -p course -- hint 02-waiting-pool`. Grade it:
//! `cargo run -p course -- check 02-waiting-pool`.
//!
//! **中文：** 挑战 `02-waiting-pool`：满了先等一段有限的时间、仍无空位才回 503 的线程池。
//! 通过说明：池满时，下一个客户端在等待期满后才得到 503，既不是立刻，也不是永远不回；等待期间空出的位置会被立刻用上；`02-bounded-pool` 关于工作线程证明的一切依然成立。
//! 提示和评分：`cargo run -p course -- hint 02-waiting-pool --lang zh-CN`，`cargo run -p course -- check 02-waiting-pool`。

use std::io;
use std::net::TcpStream;
use std::time::Duration;
use threaded_server::dispatch::{Connections, Dispatch};

/// W workers, a queue of bounded length, and a bounded wait for a place.
pub struct WaitingPool {
    wait: Duration,
}

impl WaitingPool {
    /// Start `workers` workers (at least 1), room for `queue` waiting connections, and
    /// a wait of up to `wait` for a place when both are full.
    pub fn start(
        connections: Connections,
        workers: usize,
        queue: usize,
        wait: Duration,
    ) -> io::Result<Self> {
        todo!(
            "{workers} workers serving from a queue of {queue} ({:p}); keep the wait ({wait:?})",
            &connections
        )
    }
}

impl Dispatch for WaitingPool {
    fn dispatch(&mut self, stream: TcpStream) -> Result<(), TcpStream> {
        todo!(
            "queue the stream ({:p}), waiting up to self.wait for a place; none: Err(stream)",
            &stream
        )
    }

    fn finish(self: Box<Self>) {
        todo!("close the queue, then join every worker")
    }
}

//! Challenge `08-executor`: a tiny executor on the lab's reactor (mio's `Poll`).
//!
//! **Task.** tokio is an executor and a reactor. The reactor is given
//! (`async_server::reactor`): a future whose socket is not ready leaves its `Waker`
//! there and returns `Pending`, and `Reactor::wait` blocks in `poll` and wakes the
//! wakers of the sockets that became ready. Write the executor:
//! - `TaskWaker::wake`: put the task's id back in the ready queue.
//! - `spawn`: store the task under a new id, and mark it ready (a new task runs once).
//! - `run`: until every task is done, take the next ready id and poll that task once
//!   with its own waker (`Waker::from(Arc::new(TaskWaker { .. }))`); if it is done,
//!   drop it; if not, keep it. When no task is ready, `reactor.wait(None)`.
//!
//! **What passing proves.** A task waiting 200 ms for one byte is polled at most three
//! times (never in a loop); 300 idle connections and an active one are served on one
//! thread, the active one answered; and `run` returns once every task is done.
//!
//! **Read afterwards:** the async book's "build an executor" chapter, and
//! `tokio::runtime` (its `current_thread` scheduler is this loop, with timers).
//!
//! Grade it: `cargo run -p course -- check 08-executor`.
//!
//! **中文：** 挑战 `08-executor`。任务：在本实验的 reactor（mio 的 `Poll`）上写一个极小的执行器：唤醒时把任务 id 放回就绪队列；spawn 时存好任务并标为就绪；run 时只轮询就绪的任务，没有就绪任务就 `reactor.wait(None)`，所有任务完成才返回。
//! 通过说明：一个等 200 ms 才来一个字节的任务最多被轮询三次（绝不空转）；一个线程同时持有 300 个空闲连接并回应一个活跃连接；所有任务完成后 `run` 返回。
//! 提示和评分：`cargo run -p course -- hint 08-executor --lang zh-CN`，`cargo run -p course -- check 08-executor`。

use async_server::checks::executor::{MiniExecutor, Task};
use async_server::reactor::Reactor;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll, Wake, Waker};

/// Tasks by id (`None` once done, or while being polled), and the ids ready to poll.
pub struct Executor {
    tasks: RefCell<Vec<Option<Task>>>,
    ready: Arc<Mutex<VecDeque<usize>>>,
    live: Cell<usize>,
}

/// The waker of task `id`: waking it puts `id` back in the ready queue.
struct TaskWaker {
    id: usize,
    ready: Arc<Mutex<VecDeque<usize>>>,
}

impl Wake for TaskWaker {
    fn wake(self: Arc<Self>) {
        todo!(
            "put task {} back in the ready queue (a queue {} wakers share)",
            self.id,
            Arc::strong_count(&self.ready)
        )
    }
}

impl MiniExecutor for Executor {
    fn new() -> Self {
        Self {
            tasks: RefCell::new(Vec::new()),
            ready: Arc::new(Mutex::new(VecDeque::new())),
            live: Cell::new(0),
        }
    }

    fn spawn(&self, task: Task) {
        todo!(
            "store the task (a future of {} bytes) under a new id, and mark that id ready",
            std::mem::size_of_val(&*task)
        )
    }

    fn run(&self, reactor: &mut Reactor) -> std::io::Result<()> {
        todo!(
            "poll ready tasks, wait on the reactor (now {} waiting) when none is ready, until all are done",
            reactor.waiting()
        )
    }
}

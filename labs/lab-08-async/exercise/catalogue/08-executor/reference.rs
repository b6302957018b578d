//! The reference for challenge `08-executor` (also its hint level 3): a ready queue of
//! task ids, a waker that puts its id back, and a loop that waits on the reactor only
//! when nothing is ready.
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
        self.ready.lock().unwrap_or_else(PoisonError::into_inner).push_back(self.id);
    }
}

impl Executor {
    /// Poll task `id` once with its own waker; keep it if it is not done.
    fn poll_one(&self, id: usize) {
        // Out of the RefCell while it runs, so a task may spawn others.
        let Some(mut task) = self.tasks.borrow_mut()[id].take() else {
            return; // done already: woken twice
        };
        let waker = Waker::from(Arc::new(TaskWaker { id, ready: self.ready.clone() }));
        match task.as_mut().poll(&mut Context::from_waker(&waker)) {
            Poll::Ready(()) => self.live.set(self.live.get() - 1),
            Poll::Pending => self.tasks.borrow_mut()[id] = Some(task),
        }
    }

    fn next_ready(&self) -> Option<usize> {
        self.ready.lock().unwrap_or_else(PoisonError::into_inner).pop_front()
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
        let mut tasks = self.tasks.borrow_mut();
        let id = tasks.len();
        tasks.push(Some(task));
        self.live.set(self.live.get() + 1);
        self.ready.lock().unwrap_or_else(PoisonError::into_inner).push_back(id);
    }

    fn run(&self, reactor: &mut Reactor) -> std::io::Result<()> {
        while self.live.get() > 0 {
            match self.next_ready() {
                Some(id) => self.poll_one(id),
                // Nothing to do until a socket is ready: sleep in poll, not in a spin.
                None => {
                    reactor.wait(None)?;
                }
            }
        }
        Ok(())
    }
}

//! Mistake: every unfinished task is polled again and again with a waker that does
//! nothing; the reactor is never asked. It works, at 100% CPU.
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
        let _ = reactor;
        while self.live.get() > 0 {
            let spawned = self.tasks.borrow().len();
            for id in 0..spawned {
                let Some(mut task) = self.tasks.borrow_mut()[id].take() else { continue };
                match task.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
                    Poll::Ready(()) => self.live.set(self.live.get() - 1),
                    Poll::Pending => self.tasks.borrow_mut()[id] = Some(task),
                }
            }
        }
        Ok(())
    }
}

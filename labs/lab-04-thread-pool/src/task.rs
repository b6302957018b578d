//! A task's result travelling back: the lecture's "how do I get the return value?"
//!
//! `submit` gives the caller a [`TaskHandle`]; the worker sends the task's result (or
//! its panic) down a one-shot channel; `join` waits for it.

use crossbeam_channel::{Receiver, Sender, bounded};
use std::any::Any;
use std::fmt;

/// The task panicked instead of returning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskPanicked {
    /// The panic's message, when it had one.
    pub message: String,
}

impl TaskPanicked {
    /// From a `catch_unwind` payload.
    pub fn from_payload(payload: Box<dyn Any + Send>) -> Self {
        Self {
            message: labkit::panics::panic_message(payload.as_ref()),
        }
    }
}

impl fmt::Display for TaskPanicked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the task panicked: {}", self.message)
    }
}

impl std::error::Error for TaskPanicked {}

/// Where a submitted task's result arrives.
#[derive(Debug)]
pub struct TaskHandle<T> {
    result: Receiver<Result<T, TaskPanicked>>,
}

impl<T> TaskHandle<T> {
    /// Wait for the task and return its value, or the panic.
    pub fn join(self) -> Result<T, TaskPanicked> {
        // The sending side is dropped unsent only if the job itself never ran to the
        // send (the pool was torn down): report that as a panic-like failure.
        self.result.recv().unwrap_or_else(|_| {
            Err(TaskPanicked {
                message: "the pool dropped the task".into(),
            })
        })
    }
}

/// A one-shot channel: the worker's end and the caller's handle.
pub fn task_channel<T>() -> (Sender<Result<T, TaskPanicked>>, TaskHandle<T>) {
    let (tx, rx) = bounded(1);
    (tx, TaskHandle { result: rx })
}

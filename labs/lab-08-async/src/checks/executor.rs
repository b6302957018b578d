//! Checks for a tiny executor on the lab's reactor (challenge `08-executor`): a task is
//! polled again only after its waker is called, one thread holds many idle connections
//! and serves an active one, and `run` returns once every task is done.
//!
//! Each check runs the executor on a thread of its own and gives up after a time
//! limit, so an executor that hangs fails with a sentence.

use crate::reactor::Reactor;
use std::cell::Cell;
use std::future::Future;
use std::io::{Read, Write};
use std::pin::Pin;
use std::rc::Rc;
use std::time::Duration;

mod parts;
use labkit::testkit::within;
use parts::{LIMIT, counted, listener, pair};

/// A task: a future of `()`, on one thread.
pub type Task = Pin<Box<dyn Future<Output = ()>>>;

/// What the challenge writes: spawn tasks, then run them until every one is done.
pub trait MiniExecutor {
    /// An executor with no tasks.
    fn new() -> Self;
    /// Add a task; it runs once `run` is called.
    fn spawn(&self, task: Task);
    /// Poll the tasks that are ready; when none is, wait on `reactor`. Return when every
    /// task is done.
    fn run(&self, reactor: &mut Reactor) -> std::io::Result<()>;
}

/// One task waits 200 ms for one byte: it is polled once, then again after its wake.
pub fn a_task_is_polled_only_after_its_wake<E: MiniExecutor>() {
    let why = "the task waiting for one byte never finished after it arrived: a woken task must go back in the ready queue (the waker's job), and when none is ready, run must wait on the reactor";
    let (ran, done, polls) = within(LIMIT, why, || {
        let (mut reactor, listener) = (Reactor::new().expect("a poll"), listener());
        let (mut client, mut server) = pair(&listener, &reactor.handle().expect("a handle"));
        let (polls, done) = (Rc::new(Cell::new(0)), Rc::new(Cell::new(false)));
        let executor = E::new();
        let finished = done.clone();
        executor.spawn(counted(
            async move {
                let mut byte = [0u8; 1];
                let _ = server.read(&mut byte).await;
                finished.set(true);
            },
            &polls,
        ));
        let sender = std::thread::spawn(move || {
            // A delay on purpose: long enough for a busy executor to show itself.
            std::thread::sleep(Duration::from_millis(200));
            let _ = client.write_all(b"!");
            client
        });
        let ran = executor.run(&mut reactor);
        let _ = sender.join();
        (ran.is_ok(), done.get(), polls.get())
    });
    assert!(ran, "run returned an error");
    assert!(
        done,
        "run returned while a task was still waiting: return only when every task is done"
    );
    assert!(
        polls <= 3,
        "the task was polled {polls} times while it waited 200 ms for one byte: poll a task only after its waker is called, and wait on the reactor when no task is ready"
    );
}

/// 300 idle connections and one active: the active one is answered, on one thread,
/// and no task is polled in a loop.
pub fn many_idle_connections_and_an_active_one_are_served<E: MiniExecutor>() {
    const IDLE: usize = 300;
    let why = format!(
        "with {IDLE} idle connections held, the executor did not finish: a woken task must go back in the ready queue, and when none is ready, run must wait on the reactor"
    );
    let (ran, answered, polls) = within(LIMIT, &why, || {
        let (mut reactor, listener) = (Reactor::new().expect("a poll"), listener());
        let handle = reactor.handle().expect("a handle");
        let executor = E::new();
        let polls = Rc::new(Cell::new(0));
        let mut clients = Vec::new();
        for _ in 0..IDLE {
            let (client, mut server) = pair(&listener, &handle);
            clients.push(client);
            executor.spawn(counted(
                async move {
                    let mut byte = [0u8; 1];
                    let _ = server.read(&mut byte).await; // EOF when the check closes the client
                },
                &polls,
            ));
        }
        let (mut active, mut server) = pair(&listener, &handle);
        executor.spawn(counted(
            async move {
                let mut ping = [0u8; 4];
                if server.read(&mut ping).await.is_ok() {
                    let _ = server.write_all(b"pong").await;
                }
            },
            &polls,
        ));
        let talker = std::thread::spawn(move || {
            active.set_read_timeout(Some(LIMIT)).expect("a timeout");
            let _ = active.write_all(b"ping");
            let mut pong = [0u8; 4];
            let answered = active.read_exact(&mut pong).is_ok() && &pong == b"pong";
            drop(clients); // every idle task now reads EOF and ends
            answered
        });
        let ran = executor.run(&mut reactor);
        (ran.is_ok(), talker.join().unwrap_or(false), polls.get())
    });
    assert!(
        ran && answered,
        "the active client was never answered \"pong\" while {IDLE} idle ones were held"
    );
    assert!(
        polls <= 3 * (IDLE + 1),
        "{polls} polls for {} tasks that each waited once: poll a task only after its waker is called",
        IDLE + 1
    );
}

/// Tasks that finish at once and one that waits: `run` returns once all are done.
pub fn run_returns_once_every_task_is_done<E: MiniExecutor>() {
    let why =
        "run had not returned after its last task could finish: return once every task is done";
    let (ran, done) = within(LIMIT, why, || {
        let (mut reactor, listener) = (Reactor::new().expect("a poll"), listener());
        let (client, mut server) = pair(&listener, &reactor.handle().expect("a handle"));
        let executor = E::new();
        let done = Rc::new(Cell::new(0));
        for _ in 0..3 {
            let done = done.clone();
            executor.spawn(Box::pin(async move { done.set(done.get() + 1) }));
        }
        let waiter = done.clone();
        executor.spawn(Box::pin(async move {
            let mut byte = [0u8; 1];
            let _ = server.read(&mut byte).await;
            waiter.set(waiter.get() + 1);
        }));
        let closer = std::thread::spawn(move || drop(client));
        let ran = executor.run(&mut reactor);
        let _ = closer.join();
        (ran.is_ok(), done.get())
    });
    assert!(ran, "run returned an error");
    assert!(
        done == 4,
        "run returned with {} of 4 tasks done: return only when every task is done",
        done
    );
}

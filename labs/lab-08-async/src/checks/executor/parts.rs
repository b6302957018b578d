//! What the executor checks share: a poll counter, socket pairs on the reactor, and a
//! time limit for an executor that may hang.

use super::Task;
use crate::reactor::{AsyncStream, ReactorHandle};
use std::cell::Cell;
use std::future::Future;
use std::net::{TcpListener, TcpStream};
use std::pin::Pin;
use std::rc::Rc;
use std::sync::mpsc;
use std::task::{Context, Poll};
use std::time::Duration;

pub(super) const LIMIT: Duration = Duration::from_secs(3);

/// A future that counts how often it is polled.
struct Counted<F> {
    inner: Pin<Box<F>>,
    polls: Rc<Cell<usize>>,
}

impl<F: Future> Future for Counted<F> {
    type Output = F::Output;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        self.polls.set(self.polls.get() + 1);
        self.inner.as_mut().poll(cx)
    }
}

pub(super) fn counted(task: impl Future<Output = ()> + 'static, polls: &Rc<Cell<usize>>) -> Task {
    Box::pin(Counted {
        inner: Box::pin(task),
        polls: polls.clone(),
    })
}

/// A connected pair: our client end, and the server end registered with `reactor`.
pub(super) fn pair(listener: &TcpListener, reactor: &ReactorHandle) -> (TcpStream, AsyncStream) {
    let client =
        TcpStream::connect(listener.local_addr().expect("bound")).expect("connect to 127.0.0.1");
    let (server, _) = listener.accept().expect("accept on 127.0.0.1");
    (
        client,
        AsyncStream::register(server, reactor).expect("register with the reactor"),
    )
}

/// Run `body` on a thread of its own; its result, or `None` after [`LIMIT`]. A panic in
/// it (in the executor under test) fails the check with the panic's message.
pub(super) fn within<T: Send + 'static>(body: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (tx, rx) = mpsc::channel();
    let thread = std::thread::spawn(move || {
        let _ = tx.send(body());
    });
    match rx.recv_timeout(LIMIT) {
        Ok(value) => Some(value),
        Err(mpsc::RecvTimeoutError::Timeout) => None,
        Err(mpsc::RecvTimeoutError::Disconnected) => match thread.join() {
            Err(payload) => panic!(
                "the executor panicked: {}",
                labkit::exit::panic_message(&*payload)
            ),
            Ok(()) => None,
        },
    }
}

pub(super) fn listener() -> TcpListener {
    TcpListener::bind("127.0.0.1:0").expect("a free port on 127.0.0.1")
}

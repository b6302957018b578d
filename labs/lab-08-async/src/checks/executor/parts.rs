//! What the executor checks share: a poll counter, socket pairs on the reactor, and the
//! time limit for an executor that may hang (labkit's `within` enforces it).

use super::Task;
use crate::reactor::{AsyncStream, ReactorHandle};
use std::cell::Cell;
use std::future::Future;
use std::net::{TcpListener, TcpStream};
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};
use std::time::Duration;

/// How long an executor under test may take before its check fails.
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

pub(super) fn listener() -> TcpListener {
    TcpListener::bind("127.0.0.1:0").expect("a free port on 127.0.0.1")
}

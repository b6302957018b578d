//! What a runtime's I/O driver is: mio's `Poll`, turning "socket ready" into `Waker::wake`.
//!
//! lab-07's loop called `poll` and then ran each ready connection's next step itself.
//! An async runtime splits that in two. The **reactor** (this module) owns the `Poll`:
//! a future that finds its socket not ready leaves its `Waker` here and returns
//! `Pending`; [`Reactor::wait`] blocks in `poll` and wakes the waker of every socket
//! that became ready. The **executor** keeps the tasks and polls a task again only
//! when its waker was called (the challenge `08-executor` builds one on this reactor).
//!
//! One thread, `Rc` and `RefCell`: a reactor is not shared across threads here.

use mio::net::TcpStream;
use mio::{Events, Interest, Poll, Token};
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{self, Read, Write};
use std::rc::Rc;
use std::task::{Context, Poll as TaskPoll, Waker};
use std::time::Duration;

/// The wakers waiting on sockets, by token.
#[derive(Default)]
struct Waiting {
    wakers: HashMap<Token, Waker>,
    next_token: usize,
}

/// The `Poll` and the wakers waiting on it.
pub struct Reactor {
    poll: Poll,
    events: Events,
    waiting: Rc<RefCell<Waiting>>,
}

/// What a future needs to wait on the reactor: a registry and the waiting wakers.
#[derive(Clone)]
pub struct ReactorHandle {
    registry: Rc<mio::Registry>,
    waiting: Rc<RefCell<Waiting>>,
}

impl Reactor {
    /// A new reactor with its own `Poll`.
    pub fn new() -> io::Result<Self> {
        Ok(Self {
            poll: Poll::new()?,
            events: Events::with_capacity(1024),
            waiting: Rc::default(),
        })
    }

    /// A handle for registering sockets and leaving wakers.
    pub fn handle(&self) -> io::Result<ReactorHandle> {
        Ok(ReactorHandle {
            registry: Rc::new(self.poll.registry().try_clone()?),
            waiting: self.waiting.clone(),
        })
    }

    /// Block until a socket is ready (or `timeout` passes), then wake the waker of each
    /// ready socket; how many were woken. The executor calls this when no task is ready.
    pub fn wait(&mut self, timeout: Option<Duration>) -> io::Result<usize> {
        loop {
            match self.poll.poll(&mut self.events, timeout) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                other => other?,
            }
            break;
        }
        let mut woken = 0;
        for event in &self.events {
            let waker = self.waiting.borrow_mut().wakers.remove(&event.token());
            if let Some(waker) = waker {
                waker.wake();
                woken += 1;
            }
        }
        Ok(woken)
    }

    /// Sockets with a waker waiting on them.
    pub fn waiting(&self) -> usize {
        self.waiting.borrow().wakers.len()
    }
}

/// A TCP stream whose reads and writes are futures, woken by the reactor.
pub struct AsyncStream {
    stream: TcpStream,
    token: Token,
    reactor: ReactorHandle,
}

impl AsyncStream {
    /// Register `stream` with the reactor (readable and writable, edge-triggered).
    pub fn register(stream: std::net::TcpStream, reactor: &ReactorHandle) -> io::Result<Self> {
        stream.set_nonblocking(true)?;
        let mut stream = TcpStream::from_std(stream);
        let token = {
            let mut waiting = reactor.waiting.borrow_mut();
            waiting.next_token += 1;
            Token(waiting.next_token)
        };
        reactor
            .registry
            .register(&mut stream, token, Interest::READABLE | Interest::WRITABLE)?;
        Ok(Self {
            stream,
            token,
            reactor: reactor.clone(),
        })
    }

    /// Read some bytes: try now; if not ready, leave our waker and return `Pending`.
    pub async fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        std::future::poll_fn(|cx| self.ready_or_wait(cx, |s| s.read(buf))).await
    }

    /// Write all of `bytes`, waiting on the reactor whenever the socket is full.
    pub async fn write_all(&mut self, mut bytes: &[u8]) -> io::Result<()> {
        while !bytes.is_empty() {
            let n = std::future::poll_fn(|cx| self.ready_or_wait(cx, |s| s.write(bytes))).await?;
            if n == 0 {
                return Err(io::ErrorKind::WriteZero.into());
            }
            bytes = &bytes[n..];
        }
        Ok(())
    }

    /// Run `step`; on `WouldBlock`, leave the task's waker for this socket: `Pending`.
    fn ready_or_wait<T>(
        &mut self,
        cx: &mut Context<'_>,
        step: impl FnOnce(&mut TcpStream) -> io::Result<T>,
    ) -> TaskPoll<io::Result<T>> {
        match step(&mut self.stream) {
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                let mut waiting = self.reactor.waiting.borrow_mut();
                waiting.wakers.insert(self.token, cx.waker().clone());
                TaskPoll::Pending
            }
            other => TaskPoll::Ready(other),
        }
    }
}

impl Drop for AsyncStream {
    fn drop(&mut self) {
        let _ = self.reactor.registry.deregister(&mut self.stream);
        self.reactor.waiting.borrow_mut().wakers.remove(&self.token);
    }
}

//! Read and write steps that do one call per readiness event, wrong on purpose.
//!
//! **What is wrong:** with edge-triggered readiness (mio's, epoll's `EPOLLET`) the OS
//! reports a socket readable once, when bytes arrive; bytes left unread after one
//! `read` get no second event. And one `write` may take only part of a response.
//!
//! **What you will see:** a head longer than one 4 KiB read is never finished (the
//! client waits until the 408); a response larger than the socket buffer is cut short.
//!
//! **What fixes it:** loop until `WouldBlock`, and keep how much is sent:
//! [`crate::conn::read_available`] and [`crate::conn::write_available`].

use crate::conn::{IoSteps, ReadOutcome, WriteOutcome};
use mio::net::TcpStream;
use std::io::{Read, Write};

/// The naive steps, for the lab's tests and the exercise's `verify`.
pub const ONE_CALL_PER_EVENT: IoSteps = IoSteps {
    read: read_once,
    write: write_once,
};

/// One `read` per event, whatever is left behind.
pub fn read_once(stream: &mut TcpStream, head: &mut Vec<u8>, _limit: usize) -> ReadOutcome {
    let mut chunk = [0u8; 4096];
    match stream.read(&mut chunk) {
        Ok(0) => ReadOutcome::Closed,
        Ok(n) => {
            head.extend_from_slice(&chunk[..n]);
            ReadOutcome::Appended
        }
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => ReadOutcome::Appended,
        Err(_) => ReadOutcome::Closed,
    }
}

/// One `write`, then "all sent", however much it took.
pub fn write_once(stream: &mut TcpStream, out: &[u8], sent: &mut usize) -> WriteOutcome {
    match stream.write(&out[*sent..]) {
        Ok(n) => {
            *sent += n;
            WriteOutcome::AllSent
        }
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => WriteOutcome::WouldBlock,
        Err(_) => WriteOutcome::Closed,
    }
}

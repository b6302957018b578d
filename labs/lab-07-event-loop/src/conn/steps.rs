//! One connection's non-blocking read and write steps: what each found, and the lab's
//! own steps, as values an exercise can swap for its own.

use mio::net::TcpStream;
use std::io::{self, Read, Write};

/// What a read step found. It never waits: the loop parses what came either way.
#[derive(Debug, PartialEq, Eq)]
pub enum ReadOutcome {
    /// Read until the socket was empty (`WouldBlock`, or a read shorter than asked): the
    /// head may now be complete.
    Appended,
    /// The head holds its limit: nothing more is read (the loop answers 431 if the
    /// head is still not complete).
    Full,
    /// The peer closed, or the socket failed.
    Closed,
}

/// What a write step found.
#[derive(Debug, PartialEq, Eq)]
pub enum WriteOutcome {
    /// Every byte of the response is sent.
    AllSent,
    /// The socket's buffer is full: wait for the next writable event.
    WouldBlock,
    /// The peer closed, or the socket failed: drop the connection.
    Closed,
}

/// Reads what a non-blocking socket has into `head`, stopping at `limit` bytes in all.
pub type ReadStep = fn(&mut TcpStream, &mut Vec<u8>, usize) -> ReadOutcome;

/// Writes as much of `out[*sent..]` as a non-blocking socket takes, advancing `sent`.
pub type WriteStep = fn(&mut TcpStream, &[u8], &mut usize) -> WriteOutcome;

/// The non-blocking read and write steps the loop uses, as values, so an exercise can
/// swap in its own and be graded by the same loop.
#[derive(Debug, Clone, Copy)]
pub struct IoSteps {
    /// The read step.
    pub read: ReadStep,
    /// The write step.
    pub write: WriteStep,
}

/// The lab's steps: [`read_available`] and [`write_available`].
pub const NON_BLOCKING: IoSteps = IoSteps {
    read: read_available,
    write: write_available,
};

/// Read until the socket is empty (`Appended`: the loop parses what came), or up to
/// `limit` bytes (`Full`); `Closed` on EOF or an error. One readiness event may bring many
/// reads' worth, and edge-triggered readiness reports only bytes that *arrive*: bytes left
/// behind bring no new event, so the loop must read until the socket is empty.
///
/// Empty means `WouldBlock`, the rule that always holds; or, on a stream socket, a read
/// that returned less than it asked for: epoll(7) says so in as many words, kqueue behaves
/// the same, and tokio relies on it (tokio-rs/tokio#5866). That saves the last read, the
/// one that would only say `WouldBlock`: a third of the loop's system calls per request.
/// The price is an end of file that came with the last bytes: it is still unread, and
/// the loop reads on to it when the event says the peer closed (`server/ready.rs`).
pub fn read_available(stream: &mut TcpStream, head: &mut Vec<u8>, limit: usize) -> ReadOutcome {
    let mut chunk = [0u8; 4096];
    // The limit is checked before each read: bytes beyond it stay in the socket, where
    // TCP holds the client back (a kept-alive connection's pipelined requests wait there).
    while head.len() < limit {
        let room = (limit - head.len()).min(chunk.len());
        match stream.read(&mut chunk[..room]) {
            Ok(0) => return ReadOutcome::Closed,
            Ok(n) => {
                head.extend_from_slice(&chunk[..n]);
                if cfg!(unix) && n < room {
                    return ReadOutcome::Appended; // a short read: the socket is empty
                }
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return ReadOutcome::Appended,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return ReadOutcome::Closed,
        }
    }
    ReadOutcome::Full
}

/// Write until all of `out` is sent (`AllSent`) or the socket would block
/// (`WouldBlock`: the loop waits for writable). A write may take only part of what it
/// is given.
pub fn write_available(stream: &mut TcpStream, out: &[u8], sent: &mut usize) -> WriteOutcome {
    while *sent < out.len() {
        match stream.write(&out[*sent..]) {
            Ok(0) => return WriteOutcome::Closed,
            Ok(n) => *sent += n,
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return WriteOutcome::WouldBlock,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return WriteOutcome::Closed,
        }
    }
    WriteOutcome::AllSent
}

//! Hint level 3 for `07-nonblocking`: a whole solution, in other words than the lab's.

use event_loop::conn::{ReadOutcome, WriteOutcome};
use mio::net::TcpStream;
use std::io::{self, Read, Write};

/// Read until the socket would block, or `head` holds `limit` bytes.
pub fn read_available(stream: &mut TcpStream, head: &mut Vec<u8>, limit: usize) -> ReadOutcome {
    let mut chunk = [0u8; 4096];
    while head.len() < limit {
        // Never read past the limit: the rest stays in the socket, and the loop says 431.
        let room = (limit - head.len()).min(chunk.len());
        match stream.read(&mut chunk[..room]) {
            Ok(0) => return ReadOutcome::Closed,
            Ok(n) => head.extend_from_slice(&chunk[..n]),
            // Nothing more for now: let the loop parse what came, and wait for the next event.
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return ReadOutcome::Appended,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => return ReadOutcome::Closed,
        }
    }
    ReadOutcome::Full
}

/// Write as much of `out[*sent..]` as the socket takes.
pub fn write_available(stream: &mut TcpStream, out: &[u8], sent: &mut usize) -> WriteOutcome {
    loop {
        if *sent == out.len() {
            return WriteOutcome::AllSent;
        }
        match stream.write(&out[*sent..]) {
            Ok(0) => return WriteOutcome::Closed,
            // Maybe only part of it: remember how far we got.
            Ok(n) => *sent += n,
            // The socket buffer is full: wait for the loop's next writable event.
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return WriteOutcome::WouldBlock,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => return WriteOutcome::Closed,
        }
    }
}

//! Mistake: the read ignores `limit` and takes everything there is, so a client decides
//! how much the server buffers, and an oversized head is parsed as if it were fine.

use event_loop::conn::{ReadOutcome, WriteOutcome};
use mio::net::TcpStream;
use std::io::{self, Read, Write};

/// Read until the socket would block, or `head` holds `limit` bytes.
pub fn read_available(stream: &mut TcpStream, head: &mut Vec<u8>, limit: usize) -> ReadOutcome {
    let mut chunk = [0u8; 4096];
    let _ = limit;
    loop {
        match stream.read(&mut chunk) {
            Ok(0) => return ReadOutcome::Closed,
            Ok(n) => head.extend_from_slice(&chunk[..n]),
            // Nothing more for now: let the loop parse what came, and wait for the next event.
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return ReadOutcome::Appended,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => return ReadOutcome::Closed,
        }
    }
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

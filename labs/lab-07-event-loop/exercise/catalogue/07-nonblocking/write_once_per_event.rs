//! Mistake: one write, then "done", however much of the response it took. A response
//! bigger than the socket buffer is cut short.

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
    match stream.write(&out[*sent..]) {
        Ok(n) => {
            *sent += n;
            WriteOutcome::AllSent
        }
        Err(e) if e.kind() == io::ErrorKind::WouldBlock => WriteOutcome::WouldBlock,
        Err(_) => WriteOutcome::Closed,
    }
}

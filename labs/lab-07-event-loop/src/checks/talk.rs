//! How the checks talk to the loop: a head sent in pieces, a response read late.

use netkit::client::parse_response;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// A status, or "no answer", in words.
pub(super) fn in_words(status: Option<u16>) -> String {
    status.map_or_else(|| "no answer".into(), |s| s.to_string())
}

/// Send `pieces` a little apart on one connection; the status of the reply, if any.
pub(super) fn exchange(addr: std::net::SocketAddr, pieces: &[&[u8]]) -> Option<u16> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream.set_nodelay(true).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(3))).ok()?;
    for piece in pieces {
        stream.write_all(piece).ok()?;
        // A gap, so each piece arrives as its own readiness event: this is the slow client.
        std::thread::sleep(Duration::from_millis(30));
    }
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    parse_response(&raw).ok().map(|r| r.status)
}

/// GET /big, wait before reading so the server's socket buffer fills, then read it all.
pub(super) fn slow_read(addr: std::net::SocketAddr) -> Vec<u8> {
    let Ok(mut stream) = TcpStream::connect(addr) else {
        return Vec::new();
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let _ = stream.write_all(b"GET /big HTTP/1.1\r\nHost: x\r\n\r\n");
    // The late reader: the server's writes fill the buffers and start to return WouldBlock.
    std::thread::sleep(Duration::from_millis(300));
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let text_end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or(raw.len(), |i| i + 4);
    raw.split_off(text_end)
}

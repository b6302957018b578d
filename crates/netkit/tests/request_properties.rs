//! Property: whatever bytes a client sends, in whatever pieces, reading a request head
//! never panics, and ends in a parsed request or a 4xx, within the size limit and the
//! deadline.

use netkit::request::{MAX_HEAD_BYTES, read_request};
use proptest::prelude::*;
use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

/// Bytes that are sometimes a request: a real head with random bytes spliced in, or noise.
fn request_like() -> impl Strategy<Value = Vec<u8>> {
    let head = b"GET /sleep?ms=5 HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n".to_vec();
    prop_oneof![
        Just(head.clone()),
        (0..head.len(), prop::collection::vec(any::<u8>(), 0..64)).prop_map(move |(at, noise)| {
            let mut bytes = head.clone();
            bytes.splice(at..at, noise);
            bytes
        }),
        prop::collection::vec(any::<u8>(), 0..2048),
        prop::collection::vec(
            prop::sample::select(b"GET /\r\n: aHT1.".to_vec()),
            0..12_000
        ),
    ]
}

/// Send `bytes` in pieces cut at `cuts` (one write each, so they arrive apart) and keep
/// the connection open; return what `read_request` made of it.
fn read_in_pieces(bytes: &[u8], cuts: &[usize]) -> Result<(), Option<u16>> {
    let listener = TcpListener::bind("127.0.0.1:0").expect("loopback binds");
    let mut client = TcpStream::connect(listener.local_addr().unwrap()).unwrap();
    client.set_nodelay(true).unwrap();
    let (mut server, _) = listener.accept().unwrap();
    let mut points: Vec<usize> = cuts.iter().map(|c| c % (bytes.len() + 1)).collect();
    points.sort_unstable();
    let mut pieces = Vec::new();
    let mut start = 0;
    for &p in points.iter().chain([&bytes.len()]) {
        pieces.push(bytes[start..p.max(start)].to_vec());
        start = p.max(start);
    }
    let writer = std::thread::spawn(move || {
        for piece in pieces {
            // The reader may have given up already (431, 400): a failed write is fine.
            if client.write_all(&piece).is_err() {
                return client;
            }
        }
        client
    });
    let outcome = read_request(&mut server, Duration::from_millis(150))
        .map(|_| ())
        .map_err(|e| e.status());
    drop(writer.join());
    outcome
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_in_any_pieces_give_a_request_or_a_4xx(
        bytes in request_like(),
        cuts in prop::collection::vec(any::<usize>(), 0..6),
    ) {
        match read_in_pieces(&bytes, &cuts) {
            Ok(()) => prop_assert!(bytes.windows(4).any(|w| w == b"\r\n\r\n")),
            Err(Some(status)) => prop_assert!(
                [400, 408, 431, 501].contains(&status),
                "status {status}"
            ),
            // The connection stays open, so "closed" or a socket error is not an outcome.
            Err(None) => prop_assert!(false, "no status for {} bytes", bytes.len()),
        }
    }
}

#[test]
fn a_head_over_the_limit_is_431_even_when_it_trickles_in() {
    let mut bytes = b"GET / HTTP/1.1\r\nHost: x\r\nX-Pad: ".to_vec();
    bytes.resize(MAX_HEAD_BYTES + 100, b'a');
    let cuts: Vec<usize> = (1..40).map(|i| i * 211).collect();
    assert_eq!(read_in_pieces(&bytes, &cuts), Err(Some(431)));
}

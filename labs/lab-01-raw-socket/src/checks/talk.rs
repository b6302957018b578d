//! How the checks talk to the server: one connection each, slowly when the check needs a slow client.

use crate::careful::{Steps, serve_connection_with};
use labkit::testkit::TEST_TIMEOUT;
use netkit::client::parse_response;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

/// How long a client in a check waits for an answer.
pub(super) const CLIENT_WAIT: Duration = Duration::from_secs(3);

/// What a slow client saw: the reply (or the client's error: a reset shows as
/// `ConnectionReset`, no answer as a timeout), and when its first byte came.
pub(super) struct Seen {
    pub(super) reply: std::io::Result<Vec<u8>>,
    pub(super) first_byte_after: Option<Duration>,
}

/// Serve one connection with `steps` on a fresh listener, with `read_timeout`; send
/// `pieces` `gap` apart (a slow client) while another thread reads the reply.
pub(super) fn exchange_slowly(
    steps: Steps,
    read_timeout: Duration,
    pieces: &[&[u8]],
    gap: Duration,
) -> Seen {
    let addr = serve_one(move |stream| {
        serve_connection_with(stream, read_timeout, &steps, &mut |_| {});
    });
    let started = Instant::now();
    let connected = TcpStream::connect(addr).and_then(|s| s.set_nodelay(true).map(|()| s));
    let mut stream = match connected {
        Ok(stream) => stream,
        Err(e) => {
            return Seen {
                reply: Err(e),
                first_byte_after: None,
            };
        }
    };
    let patience = CLIENT_WAIT + gap * pieces_len(pieces);
    let reader = stream.try_clone().map(|mut theirs| {
        std::thread::spawn(move || {
            let _ = theirs.set_read_timeout(Some(patience));
            read_reply(&mut theirs, started)
        })
    });
    for (i, piece) in pieces.iter().enumerate() {
        if i > 0 {
            // The slow client: each piece arrives on its own, after the server read the last.
            std::thread::sleep(gap);
        }
        // A server that already answered (a 408) may have closed: stop sending.
        if stream.write_all(piece).is_err() {
            break;
        }
    }
    match reader {
        Ok(reader) => reader.join().unwrap_or_else(|_| Seen {
            reply: Err(std::io::Error::other("the reading thread panicked")),
            first_byte_after: None,
        }),
        Err(e) => Seen {
            reply: Err(e),
            first_byte_after: None,
        },
    }
}

pub(super) fn pieces_len(pieces: &[&[u8]]) -> u32 {
    u32::try_from(pieces.len()).unwrap_or(u32::MAX)
}

/// Read until the server closes, noting when the first byte came.
pub(super) fn read_reply(stream: &mut TcpStream, started: Instant) -> Seen {
    let (mut reply, mut first_byte_after) = (Vec::new(), None);
    let mut chunk = [0u8; 4096];
    loop {
        match stream.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => {
                first_byte_after.get_or_insert_with(|| started.elapsed());
                reply.extend_from_slice(&chunk[..n]);
            }
            Err(_) if !reply.is_empty() => break,
            Err(e) => {
                return Seen {
                    reply: Err(e),
                    first_byte_after,
                };
            }
        }
    }
    Seen {
        reply: Ok(reply),
        first_byte_after,
    }
}

/// A listener on 127.0.0.1 port 0 whose first connection `serve` handles on a thread of
/// its own; the listener's address. Not joined: a server that never gives up on a
/// silent client would hang the check, and the check's own sentence must win.
pub(super) fn serve_one(serve: impl FnOnce(TcpStream) + Send + 'static) -> SocketAddr {
    let listener = netkit::bind::bind("127.0.0.1:0".parse().expect("a valid address"))
        .expect("port 0 on loopback binds");
    let addr = listener
        .local_addr()
        .expect("a bound listener has an address");
    std::thread::spawn(move || {
        if let Ok((stream, _)) = listener.accept() {
            serve(stream);
        }
    });
    addr
}

/// Send `bytes` in one write to a server with the tests' read timeout.
pub(super) fn exchange(steps: Steps, bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    exchange_slowly(steps, TEST_TIMEOUT, &[bytes], Duration::ZERO).reply
}

/// The status a reply carries, or a sentence saying why there is none.
pub(super) fn status_of(reply: std::io::Result<Vec<u8>>, what: &str) -> u16 {
    let raw = reply.unwrap_or_else(|e| {
        let why = if netkit::request::is_timeout(&e) {
            format!("no answer within {} s", CLIENT_WAIT.as_secs())
        } else if e.kind() == std::io::ErrorKind::ConnectionReset {
            "the connection was reset: bytes the server never read were still waiting".into()
        } else {
            format!("no clean response ({e})")
        };
        panic!("{what}: {why}")
    });
    parse_response(&raw)
        .unwrap_or_else(|e| panic!("{what}: the reply is not an HTTP response ({e})"))
        .status
}

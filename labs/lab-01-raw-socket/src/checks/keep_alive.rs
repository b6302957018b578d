//! The checks of challenge `01-keep-alive`: one connection, many requests.
//!
//! Each check serves one accepted connection with the function under test, and talks
//! to it as an HTTP/1.1 client that keeps its connection: it reads each response by
//! its `Content-Length`, never by waiting for the server to close.

use labkit::testkit::within;
use netkit::request::Request;
use netkit::response::Response;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// Serves one connection until the client is done: a challenge's answer.
pub type ServeKeepAlive = fn(TcpStream, Duration, &(dyn Fn(&Request) -> Response + Sync));

/// How long a check may take before it fails as a hang.
const TIME_LIMIT: Duration = Duration::from_secs(30);

/// The server's timeout for each next request, in these checks.
pub const IDLE_TIMEOUT: Duration = Duration::from_millis(500);

const HANG: &str = "does the server wait for a request that never comes? Use the timeout";

/// One response as a keep-alive client reads it.
struct Answer {
    status: u16,
    connection: String,
    body: String,
}

/// Start serving one connection with `serve`; the client's end of it.
fn connect(serve: ServeKeepAlive) -> TcpStream {
    let addr = super::talk::serve_one(move |stream| {
        serve(stream, IDLE_TIMEOUT, &|request: &Request| {
            Response::text(200, format!("you asked for {}\n", request.path()))
        });
    });
    let stream = TcpStream::connect(addr).expect("connect to the server");
    stream
        .set_read_timeout(Some(Duration::from_secs(3)))
        .expect("a read timeout");
    stream
}

/// Read exactly one response: the head up to its blank line, then `Content-Length` bytes.
fn read_answer(stream: &mut TcpStream) -> Option<Answer> {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return None,
        }
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    let mut lines = head.lines();
    let status = lines.next()?.split_whitespace().nth(1)?.parse().ok()?;
    let header = |name: &str| {
        head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.trim()
                .eq_ignore_ascii_case(name)
                .then(|| value.trim().to_string())
        })
    };
    let length: usize = header("Content-Length")?.parse().ok()?;
    let mut body = vec![0u8; length];
    stream.read_exact(&mut body).ok()?;
    Some(Answer {
        status,
        connection: header("Connection")
            .unwrap_or_default()
            .to_ascii_lowercase(),
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

fn get(path: &str, extra: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: test\r\n{extra}\r\n").into_bytes()
}

/// Two requests, one after the other, on one connection: both answered, each saying
/// `Connection: keep-alive`.
pub fn two_requests_on_one_connection(serve: ServeKeepAlive) {
    within(TIME_LIMIT, HANG, move || {
        let mut client = connect(serve);
        for path in ["/first", "/second"] {
            let sent = client.write_all(&get(path, ""));
            let answer = sent.ok().and_then(|()| read_answer(&mut client));
            let Some(answer) = answer else {
                panic!(
                    "the request for {path} on a kept connection got no answer: keep the \
                     connection open and read the next request, until the client closes or \
                     says Connection: close"
                );
            };
            assert!(
                answer.status == 200 && answer.body == format!("you asked for {path}\n"),
                "the request for {path} got {} \"{}\": answer each request with the handler",
                answer.status,
                answer.body.trim_end()
            );
            assert!(
                answer.connection == "keep-alive",
                "the answer to {path} says Connection: {}, not keep-alive: tell the client it \
                 may send the next request on this connection",
                if answer.connection.is_empty() {
                    "(none)"
                } else {
                    &answer.connection
                }
            );
        }
    });
}

/// Three requests in one write (pipelined) are three answers, in order.
pub fn pipelined_requests_are_answered_in_order(serve: ServeKeepAlive) {
    within(TIME_LIMIT, HANG, move || {
        let mut client = connect(serve);
        let all: Vec<u8> = ["/1", "/2", "/3"].iter().flat_map(|p| get(p, "")).collect();
        client.write_all(&all).expect("send three requests");
        for path in ["/1", "/2", "/3"] {
            let answer = read_answer(&mut client);
            assert!(
                answer
                    .as_ref()
                    .is_some_and(|a| a.body == format!("you asked for {path}\n")),
                "three requests sent in one write: the answer for {path} {}: keep the bytes \
                 that follow a head (one netkit::incoming::Incoming for the whole connection), \
                 they are the next request",
                match answer {
                    Some(a) => format!("was \"{}\"", a.body.trim_end()),
                    None => "never came".into(),
                }
            );
        }
    });
}

/// A request that says `Connection: close` is answered with `Connection: close`, and
/// then the server closes.
pub fn connection_close_is_honoured(serve: ServeKeepAlive) {
    within(TIME_LIMIT, HANG, move || {
        let mut client = connect(serve);
        client
            .write_all(&get("/last", "Connection: close\r\n"))
            .expect("send a request");
        let answer = read_answer(&mut client);
        let said = answer
            .as_ref()
            .map(|a| a.connection.clone())
            .unwrap_or_default();
        let mut rest = Vec::new();
        let closed = client.read_to_end(&mut rest).is_ok();
        assert!(
            said == "close" && closed,
            "a request saying Connection: close got {}: answer with Connection: close, then \
             close the connection",
            match (said.as_str(), closed) {
                ("close", false) => "Connection: close, but the server did not close".to_string(),
                ("", _) => "no Connection: close".to_string(),
                (other, _) => format!("Connection: {other}"),
            }
        );
    });
}

/// After an answer, a client that sends nothing more is closed once the timeout passes.
pub fn an_idle_connection_is_closed_after_the_timeout(serve: ServeKeepAlive) {
    within(TIME_LIMIT, HANG, move || {
        let mut client = connect(serve);
        client.write_all(&get("/once", "")).expect("send a request");
        let answered = read_answer(&mut client).is_some();
        let quiet = Instant::now();
        let mut rest = Vec::new();
        let closed = client.read_to_end(&mut rest).is_ok();
        let after = quiet.elapsed();
        assert!(
            answered && closed && after < IDLE_TIMEOUT + Duration::from_secs(1),
            "after its answer, a client that sent nothing more {} (the timeout is {} ms): wait \
             for the next request only as long as the timeout, then close",
            if closed {
                format!("was closed only after {:.1} s", after.as_secs_f64())
            } else {
                "was never closed".to_string()
            },
            IDLE_TIMEOUT.as_millis()
        );
    });
}

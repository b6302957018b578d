//! The real binary: SIGTERM (what service managers and containers send) stops it the
//! way Ctrl-C does, with its totals and exit 0; and out of file descriptors it pauses
//! its accepts and serves everyone once descriptors are free again.
#![cfg(unix)]

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

#[test]
fn sigterm_stops_the_server_gracefully_with_its_totals() {
    labkit::testkit::assert_sigterm_is_graceful(
        env!("CARGO_BIN_EXE_lab-08"),
        &["serve", "--addr", "127.0.0.1:0"],
    );
}

/// With 40 file descriptors, 80 clients cannot all be accepted at once: `accept` fails
/// with EMFILE while the rest wait in the queue, and the loop must try again as
/// answered connections close.
#[test]
fn out_of_file_descriptors_the_server_accepts_again_once_some_are_free() {
    let server = labkit::testkit::RunningServer::start(
        "sh",
        &[
            "-c",
            "ulimit -n 40 && exec \"$0\" serve --addr 127.0.0.1:0",
            env!("CARGO_BIN_EXE_lab-08"),
        ],
    );
    let clients: Vec<TcpStream> = (0..80)
        .map(|_| {
            let mut client = TcpStream::connect(server.addr).unwrap();
            client
                .write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .unwrap();
            client
        })
        .collect();
    let answered = clients
        .into_iter()
        .filter(|mut client| {
            client
                .set_read_timeout(Some(Duration::from_secs(10)))
                .unwrap();
            let mut answer = Vec::new();
            let _ = client.read_to_end(&mut answer);
            answer.starts_with(b"HTTP/1.1 200")
        })
        .count();
    assert_eq!(
        answered, 80,
        "clients answered by a server with 40 descriptors"
    );
}

/// `serve --json`: the listening lines go to stderr, and stdout is one JSON document,
/// the totals, once SIGTERM stops the server.
#[test]
fn serve_with_json_prints_its_totals_as_one_document() {
    use std::io::BufRead;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_lab-08"))
        .args(["serve", "--addr", "127.0.0.1:0", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut first = String::new();
    stderr.read_line(&mut first).unwrap();
    let addr: std::net::SocketAddr = first
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|a| a.parse().ok())
        .unwrap_or_else(|| panic!("no address in {first:?}"));
    assert_eq!(netkit::client::get(addr, "/").unwrap().status, 200);
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{:?}", out.status);
    let totals: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {:?}", String::from_utf8_lossy(&out.stdout)));
    assert_eq!(totals["answered"], 1, "{totals}");
}

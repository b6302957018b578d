//! The runner turns bad input into one sentence and exit code 2.

use std::process::{Command, Output};

fn lab_01(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lab-01"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn port_in_use_exits_2_with_one_sentence_naming_the_fix() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let out = lab_01(&["serve", "--addr", &addr]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("already in use") && stderr.contains("--addr"),
        "{stderr}"
    );
    assert_eq!(
        stderr.trim().lines().count(),
        1,
        "one sentence, no backtrace: {stderr}"
    );
}

#[test]
fn bad_address_flag_exits_2() {
    let out = lab_01(&["--addr", "not-an-address"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid value"));
}

#[test]
fn client_to_a_closed_port_exits_2_and_says_to_start_the_server() {
    let addr = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .to_string();
    let out = lab_01(&["client", "--addr", &addr]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("start the server"));
}

#[test]
fn max_requests_ends_the_server_with_a_summary() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let mut child = Command::new(env!("CARGO_BIN_EXE_lab-01"))
        .args(["--addr", &addr.to_string(), "--max-requests", "1"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The server prints its address before it accepts; read it back rather than sleeping.
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    std::io::BufRead::read_line(&mut stdout, &mut first).unwrap();
    assert!(
        first.starts_with(&format!("listening on http://{addr}/")),
        "{first}"
    );
    assert_eq!(netkit::client::get(addr, "/").unwrap().status, 200);
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut rest).unwrap();
    assert!(child.wait().unwrap().success());
    assert!(rest.contains("stopped: 1 served"), "{rest}");
}

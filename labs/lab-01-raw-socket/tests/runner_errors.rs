//! The runner turns bad input into one sentence and exit code 2.

use labkit::testkit::run_usage_error;
use std::process::Command;

const LAB_01: &str = env!("CARGO_BIN_EXE_lab-01");

#[test]
fn port_in_use_exits_2_with_one_sentence_naming_the_fix() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let stderr = run_usage_error(LAB_01, &["serve", "--addr", &addr]);
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
    assert!(run_usage_error(LAB_01, &["--addr", "not-an-address"]).contains("invalid value"));
}

#[test]
fn client_to_a_closed_port_exits_2_and_says_to_start_the_server() {
    let addr = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .to_string();
    assert!(run_usage_error(LAB_01, &["client", "--addr", &addr]).contains("start the server"));
}

#[test]
fn max_requests_ends_the_server_with_a_summary() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let mut child = Command::new(LAB_01)
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

//! `--loops N`: N event loops, each with its own listener on one port. On Linux the
//! kernel spreads new connections over them; every request is answered either way.

use event_loop::blocking::blocking_handler;
use event_loop::loops::Loops;
use event_loop::server::Options;

#[cfg(unix)]
#[test]
fn two_loops_share_one_port_and_answer_every_request() {
    let loops = Loops::serve(
        "127.0.0.1:0".parse().unwrap(),
        2,
        Options::new(blocking_handler()),
    )
    .expect("two listeners on one port");
    assert_eq!((loops.len(), loops.threads()), (2, 2));
    for _ in 0..100 {
        let answer = netkit::client::get(loops.addr(), "/").expect("answered");
        assert_eq!(answer.status, 200);
    }
    let each = loops.served_per_loop();
    assert_eq!(each.iter().sum::<u64>(), 100, "{each:?}");
    // A new connection is hashed on its addresses: 100 all on one of 2 listeners would
    // be a 1 in 2^99 chance, so a loop that served none means the port was not shared.
    if netkit::bind::KERNEL_SPREADS_CONNECTIONS {
        assert!(
            each.iter().all(|&n| n > 0),
            "the kernel spread nothing: {each:?}"
        );
    }
    let ((served, rejected), _) = loops.shutdown();
    assert_eq!((served, rejected), (100, 0));
}

#[cfg(unix)]
#[test]
fn a_port_in_use_is_one_sentence() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap();
    let err = Loops::serve(addr, 2, Options::new(blocking_handler()))
        .err()
        .expect("in use");
    assert!(err.to_string().contains("already in use"), "{err}");
}

#[test]
fn the_serve_flag_refuses_zero_loops() {
    let err =
        labkit::testkit::run_usage_error(env!("CARGO_BIN_EXE_lab-07"), &["serve", "--loops", "0"]);
    assert!(err.contains("--loops"), "{err}");
}

//! A timeout drops a future; what a dropped read loses; tasks N at a time.

use async_server::cancel::{LineReader, read_line_losing, with_timeout};
use async_server::tasks::{all_at_once, at_most};
use std::time::Duration;
use tokio::io::AsyncWriteExt;

fn paused() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .start_paused(true)
        .build()
        .unwrap()
}

#[test]
fn a_timeout_drops_the_slow_future() {
    paused().block_on(async {
        let slow = with_timeout(
            Duration::from_millis(10),
            tokio::time::sleep(Duration::from_secs(60)),
        );
        assert_eq!(slow.await, None);
        let quick = with_timeout(Duration::from_secs(1), async { 7 });
        assert_eq!(quick.await, Some(7));
    });
}

// "hel" arrives, the timeout fires mid-line, then "lo\n": the losing reader's local
// buffer went with its dropped future; the safe reader kept the bytes in itself.
#[test]
fn a_dropped_read_loses_bytes_only_where_they_lived_in_the_future() {
    paused().block_on(async {
        let (mut tx, mut rx) = tokio::io::duplex(64);
        tx.write_all(b"hel").await.unwrap();
        assert!(
            with_timeout(Duration::from_millis(5), read_line_losing(&mut rx))
                .await
                .is_none()
        );
        tx.write_all(b"lo\n").await.unwrap();
        assert_eq!(read_line_losing(&mut rx).await.unwrap(), "lo");

        let (mut tx, rx) = tokio::io::duplex(64);
        let mut reader = LineReader::new(rx);
        tx.write_all(b"hel").await.unwrap();
        assert!(
            with_timeout(Duration::from_millis(5), reader.read_line())
                .await
                .is_none()
        );
        tx.write_all(b"lo\n").await.unwrap();
        assert_eq!(reader.read_line().await.unwrap(), "hello");
    });
}

#[test]
fn thirty_thousand_tasks_run_exactly_once_each_way() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let jobs = || (0..30_000usize).map(|i| async move { i });
    let expected: Vec<usize> = (0..30_000).collect();
    assert_eq!(runtime.block_on(all_at_once(jobs())), expected);
    assert_eq!(runtime.block_on(at_most(10, jobs())), expected);
}

#[test]
fn ten_at_a_time_takes_littles_time_on_a_paused_clock() {
    paused().block_on(async {
        let start = tokio::time::Instant::now();
        let jobs = (0..1_000).map(|_| tokio::time::sleep(Duration::from_millis(1)));
        at_most(10, jobs).await;
        // 1,000 tasks of 1 ms, 10 places: 100 rounds of 1 ms (a tick each on the paused clock).
        let took = start.elapsed().as_millis();
        assert!((100..=110).contains(&took), "took {took} ms");
    });
}

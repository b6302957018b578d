//! `--trace` on `replay`: the four racy steps on two tracks, and the two arrows that
//! show the lost update: A's stale read and B's overwritten write, both into A's write.

use labkit::testkit::traced::run_traced;

#[test]
fn the_replay_has_four_steps_on_two_tracks_and_two_arrows_into_a_s_write() {
    let (trace, _) = run_traced(env!("CARGO_BIN_EXE_lab-03"), &["replay"], "lab-03-trace");
    let racy = trace
        .pid_of("replay: racy")
        .expect("a process for the racy replay");
    let lanes = trace.lanes_of(racy);
    let names: Vec<&str> = lanes.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(
        names,
        ["replay: racy: thread A (+1)", "replay: racy: thread B (-1)"]
    );
    let steps = |lane: usize| {
        lanes[lane]
            .spans
            .iter()
            .map(|s| s.2.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(steps(0), ["reads 5", "writes 6"]);
    assert_eq!(steps(1), ["reads 5", "writes 4"]);

    let instants: Vec<&str> = trace
        .events
        .iter()
        .filter(|e| e.pid == racy && e.ph == 'i')
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(
        instants,
        ["reads 5", "reads 5", "writes 4", "writes 6"],
        "the four steps, in order"
    );
    let a_writes = lanes[0].spans[1].clone();
    for (id, from) in [(1, &lanes[0].spans[0]), (2, &lanes[1].spans[1])] {
        let end = |ph| {
            trace
                .events
                .iter()
                .find(|e| e.pid == racy && e.ph == ph && e.id == Some(id))
                .unwrap_or_else(|| panic!("flow {id} has its '{ph}' end"))
        };
        let (start, finish) = (end('s'), end('f'));
        assert!(
            from.0 <= start.ts && start.ts <= from.1,
            "flow {id} leaves {:?}",
            from.2
        );
        assert!(
            a_writes.0 <= finish.ts && finish.ts <= a_writes.1,
            "flow {id} ends in A's write"
        );
        assert_eq!(finish.bp, Some('e'), "bound to the enclosing slice");
    }
}

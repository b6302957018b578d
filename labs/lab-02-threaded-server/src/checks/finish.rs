//! `finish` waits for the request in flight.

use super::{Got, HANG, MakeDispatch, TIME_LIMIT, start, status_within};
use crate::dispatch::Dispatch;
use labkit::testkit::{Gate, TEST_TIMEOUT, within};
use netkit::response::Response;
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

/// How long requests held in the handler wait for the check to let them go.
pub const PATIENCE: Duration = Duration::from_secs(3);

/// A request still being handled keeps working this long after it is let go, so a
/// finish that does not join returns while it runs.
const STILL_WORKING: Duration = Duration::from_millis(200);

/// The dispatch under test, watched: its `finish` lets the held requests go, then says
/// whether the request in flight had finished by the time `finish` returned.
struct Watched {
    inner: Box<dyn Dispatch>,
    gate: Gate,
    handled: Arc<AtomicBool>,
    finished_in_time: Arc<AtomicBool>,
}

impl Dispatch for Watched {
    fn dispatch(&mut self, stream: TcpStream) -> Result<(), TcpStream> {
        self.inner.dispatch(stream)
    }

    fn finish(self: Box<Self>) {
        let Self {
            inner,
            gate,
            handled,
            finished_in_time,
        } = *self;
        // Released only now: the request is in flight while finish runs.
        gate.open();
        inner.finish();
        // Acquire: pairs with the handler's Release store.
        finished_in_time.store(handled.load(Ordering::Acquire), Ordering::Release);
    }
}

/// A request in the handler when the server shuts down (it is let go as `finish`
/// begins) has been answered by the time `finish` returns: finish joins its threads.
pub fn finish_waits_for_a_request_in_flight(make: MakeDispatch) {
    within(TIME_LIMIT, HANG, move || {
        let (gate, handled) = (Gate::new(), Arc::new(AtomicBool::new(false)));
        let finished_in_time = Arc::new(AtomicBool::new(false));
        let watched = (
            gate.clone(),
            Arc::clone(&handled),
            Arc::clone(&finished_in_time),
        );
        let make: MakeDispatch = Box::new(move |connections| {
            let inner = make(connections)?;
            let (gate, handled, finished_in_time) = watched;
            Ok(Box::new(Watched {
                inner,
                gate,
                handled,
                finished_in_time,
            }) as Box<dyn Dispatch>)
        });
        let (entered, has_entered) = std::sync::mpsc::channel();
        let entered = Mutex::new(entered);
        let (held, done) = (gate.clone(), Arc::clone(&handled));
        let server = start(make, move |_| {
            let _ = entered
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .send(());
            held.wait_for(PATIENCE);
            std::thread::sleep(STILL_WORKING);
            // Release: pairs with the Acquire load in Watched::finish.
            done.store(true, Ordering::Release);
            Response::text(200, "finished\n")
        });
        let addr = server.addr();
        let client = std::thread::spawn(move || status_within(addr, TEST_TIMEOUT));
        assert!(
            has_entered.recv_timeout(PATIENCE).is_ok(),
            "a request never reached the handler"
        );
        server.shutdown();
        let status = client.join().unwrap_or(Got::Nothing);
        assert!(
            finished_in_time.load(Ordering::Acquire),
            "finish returned while a request was still being handled (its client got {status} \
             later): finish must join every thread it started, so no request is cut off \
             when the server stops"
        );
    });
}

//! The deterministic proof: loom runs two threads' first `get` in every interleaving.

use crate::config::Builder;
use crate::way::Way;
use loom::sync::Arc;

/// Two threads call `get` on a fresh instance, in every interleaving loom can find:
/// exactly one config is built, and each thread reads what the build wrote. Build with
/// `RUSTFLAGS="--cfg loom"`, the way's atomics and Mutex from [`crate::sync`].
///
/// With Relaxed orderings a thread can see the pointer without the build behind it:
/// loom then panics with "Causality violation".
pub fn builds_once_and_every_reader_sees_the_build<W: Way + Send + 'static>(new: fn(Builder) -> W) {
    // loom says "Causality violation" in its own words; say what it means here.
    let explored = std::panic::catch_unwind(move || model(new));
    if let Err(payload) = explored {
        let message = labkit::panics::panic_message(payload.as_ref());
        if message.contains("Causality violation") {
            panic!(
                "loom found a reader that saw the pointer before the writes that built the \
                 config it points to: publish it with a Release store (or a Release \
                 compare_exchange) and read it with an Acquire load, so the build happens \
                 before any read of it ({message})"
            );
        }
        std::panic::resume_unwind(payload);
    }
}

fn model<W: Way + Send + 'static>(new: fn(Builder) -> W) {
    loom::model(move || {
        let builder = Builder::new(std::sync::Arc::new(|| {}));
        let proof = builder.proof();
        let way = Arc::new(new(builder));
        let theirs = Arc::clone(&way);
        let their_proof = proof.clone();
        let other = loom::thread::spawn(move || {
            theirs.get();
            their_proof.read()
        });
        way.get();
        let _ = proof.read();
        other.join().expect("the other thread finishes");
        let built = way.constructions();
        assert!(
            built == 1,
            "loom found an interleaving where two threads each built a config ({built} \
             builds): check again after taking the lock"
        );
    });
}

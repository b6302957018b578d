//! The deterministic proof: loom runs two threads' updates in every interleaving.

use crate::strategy::Counter;
use loom::sync::Arc;

/// Thread 0 adds 1 while thread 1 subtracts 1, in every interleaving loom can find;
/// each must end at exactly 0. Build with `RUSTFLAGS="--cfg loom"` and the counter's
/// atomics and Mutex from [`crate::sync`], so loom sees every step.
pub fn no_interleaving_loses_an_update<C: Counter + Default + Send + 'static>() {
    loom::model(|| {
        let counter = Arc::new(C::default());
        let theirs = Arc::clone(&counter);
        let adder = loom::thread::spawn(move || theirs.run_thread(0, 1, 1));
        counter.run_thread(1, -1, 1);
        adder.join().expect("the adding thread finishes");
        let total = counter.total();
        assert!(
            total == 0,
            "loom found an interleaving where +1 and -1 end at {total}, not 0: one thread read \
             the value, the other wrote in between, and an update was lost. \
             Make the read and the write one step (a lock, or one atomic instruction)."
        );
    });
}

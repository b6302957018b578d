//! The deterministic proof: loom runs two threads' updates in every interleaving.

use crate::strategy::Counter;
use loom::sync::Arc;

/// Thread 0 adds 2 while thread 1 adds 3, in every interleaving loom can find; each
/// must end at exactly 5 (a total that is not 0, so a counter that counts nothing fails). Build with `RUSTFLAGS="--cfg loom"` and the counter's
/// atomics and Mutex from [`crate::sync`], so loom sees every step.
pub fn no_interleaving_loses_an_update<C: Counter + Default + Send + 'static>() {
    loom::model(|| {
        let counter = Arc::new(C::default());
        let theirs = Arc::clone(&counter);
        let adder = loom::thread::spawn(move || theirs.run_thread(0, 2, 1));
        counter.run_thread(1, 3, 1);
        adder.join().expect("the adding thread finishes");
        let total = counter.total();
        assert!(
            total == 5,
            "{}",
            if total == 2 || total == 3 {
                format!(
                    "loom found an interleaving where +2 and +3 end at {total}, not 5: one thread \
                     read the value, the other wrote in between, and an update was lost. Make \
                     the read and the write one step (a lock, or one atomic instruction)."
                )
            } else {
                format!(
                    "loom found that +2 and +3 end at {total}, not 5, even one thread at a time: add delta, once per step"
                )
            }
        );
    });
}

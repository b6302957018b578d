//! The replay judged: both replays and the verdict on them, as data.

use super::Replay;
use labkit::verdict::{Verdict, Verdicts};

/// The replay as data (its `--json`): both replays and the verdict on them.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ReplayOutcome {
    /// The racy steps: one update lost.
    pub racy: Replay,
    /// The same steps with a Mutex: none lost.
    pub fixed: Replay,
    /// No goals; the closing verdict: [`replay_verdict`].
    #[serde(flatten)]
    pub verdicts: Verdicts,
}

impl ReplayOutcome {
    /// Judge the two replays.
    pub fn judged(racy: Replay, fixed: Replay) -> Self {
        Self {
            verdicts: Verdicts::closing_only(replay_verdict(&racy, &fixed)),
            racy,
            fixed,
        }
    }
}

/// The verdict on the replay: the racy steps lose one update, the locked ones none.
pub fn replay_verdict(racy: &Replay, fixed: &Replay) -> Verdict {
    Verdict::new(
        racy.lost_updates() == 1 && fixed.lost_updates() == 0,
        "the forced interleaving loses exactly one update; the Mutex makes B wait and loses none",
    )
}

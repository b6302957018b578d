//! Mistake: the racy counter itself, with no lock at all: a read, then a separate write.
pub use counter_race::racy::RacyCounter as MutexCounter;

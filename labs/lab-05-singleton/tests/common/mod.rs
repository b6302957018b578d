//! The builders' rendezvous, from the lab's checks.

pub use singleton::checks::builders_meet as rendezvous;

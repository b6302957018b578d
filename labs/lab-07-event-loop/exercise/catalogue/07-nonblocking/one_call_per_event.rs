//! Mistake: one read and one write per readiness event (the lab's naive steps). With
//! edge-triggered readiness, bytes left unread get no second event.
pub use event_loop::naive_steps::{read_once as read_available, write_once as write_available};

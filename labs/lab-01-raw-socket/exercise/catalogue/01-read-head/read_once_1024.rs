//! Mistake: the lecture's server: one read of 1024 bytes, whatever is left behind.
pub use raw_socket::naive::read_once as read_request;

//! The lab's answer: `netkit::request::read_request` (crates/netkit/src/request.rs,
//! reading through `netkit::incoming`).
pub use netkit::request::read_request;

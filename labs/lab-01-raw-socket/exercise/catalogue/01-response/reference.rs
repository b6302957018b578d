//! The lab's answer: `netkit::response::Response::to_bytes` (crates/netkit/src/response.rs).
use netkit::response::Response;

/// The full bytes of `response`, as netkit writes them.
pub fn response_bytes(response: &Response) -> Vec<u8> {
    response.to_bytes()
}

//! Mistake: the lecture's response: a status line and the body, no Content-Length.
pub use raw_socket::naive::bare_response_bytes as response_bytes;

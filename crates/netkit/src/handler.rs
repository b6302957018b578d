//! The application code a server runs for each request, and the call that keeps a
//! panicking handler from taking the serving thread down with it.

use crate::request::Request;
use crate::response::Response;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

/// A request handler shared by every serving thread.
pub type Handler = Arc<dyn Fn(&Request) -> Response + Send + Sync>;

/// Call `handler`; a panic becomes `None`, and the caller answers 500 (and counts it).
/// `catch_unwind` turns the panic back into a value, so the thread goes on serving.
pub fn call(handler: &Handler, request: &Request) -> Option<Response> {
    // AssertUnwindSafe: the request is only read; a panic leaves nothing half-updated here.
    catch_unwind(AssertUnwindSafe(|| handler(request))).ok()
}

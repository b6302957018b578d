//! The page a browser gets: the lecture's big red heading, and a hint of what happened.

use netkit::response::Response;

/// The HTML every path returns.
pub const PAGE: &str = "<!doctype html>
<html>
<head><meta charset=\"utf-8\"><title>lab-01: raw socket server</title></head>
<body>
<h1 style=\"color: red; font-size: 64px\">Hello from a raw socket!</h1>
<p>This page was written byte by byte by a Rust program that accepted your
connection, read your request and wrote this response by hand.</p>
</body>
</html>
";

/// The page as a 200 response.
pub fn page_response() -> Response {
    Response::html(200, PAGE)
}

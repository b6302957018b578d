//! A complete head: parse it, then route it: `/` answered at once, `/sleep` on a timer,
//! anything else to the handler (on the loop, or offloaded). Bad heads get 400/431.

use super::EventLoop;
use crate::conn::{Conn, State};
use crate::offload::call;
use crate::timers::Due;
use mio::Token;
use netkit::request::{MAX_HEAD_BYTES, Request, parse_head};
use netkit::response::Response;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};
// The same bound as lab-02's `/sleep`, so one request cannot hold a connection for ages.
use threaded_server::routes::MAX_SLEEP_MS;

impl EventLoop {
    pub(super) fn on_head(&mut self, token: Token) {
        let Some(Conn {
            state: State::Reading { head },
            input_closed,
            ..
        }) = self.conns.get(&token)
        else {
            return;
        };
        match parse_head(head) {
            Ok(Some(request)) => {
                // Keep the connection only for a request without a body (a body's bytes
                // must never be read as the next request, and closing drains them), from
                // a client that can still send one.
                let keep_alive = self.options.keep_alive
                    && request.wants_keep_alive()
                    && request.body_len == 0
                    && !input_closed
                    && !self.stopping();
                // Kept alive, the bytes after the head are the next request (pipelining).
                let after_head = if keep_alive {
                    head[request.head_len..].to_vec()
                } else {
                    Vec::new()
                };
                if let Some(conn) = self.conns.get_mut(&token) {
                    conn.keep_alive = keep_alive;
                    conn.head_only = request.method == "HEAD";
                    conn.http11 = request.minor_version >= 1;
                    conn.kept.pending = after_head;
                }
                self.requests.began(token, request.path());
                self.route(token, request)
            }
            Ok(None) if head.len() >= MAX_HEAD_BYTES => self.reject(token, 431),
            Ok(None) => {}
            Err(e) => self.reject(token, e.status().unwrap_or(400)),
        }
    }

    pub(super) fn route(&mut self, token: Token, request: Request) {
        match (request.path(), request.query("ms").map(str::parse::<u64>)) {
            ("/", _) => self.respond(
                token,
                Response::html(
                    200,
                    "<!doctype html><h1>lab-07: one thread, many connections</h1>\n",
                ),
            ),
            ("/sleep", Some(Ok(ms))) if ms <= MAX_SLEEP_MS => {
                // A timer, not thread::sleep: the loop goes on serving everyone else meanwhile.
                let keep_alive = self.conns.get(&token).is_some_and(|c| c.keep_alive);
                let body =
                    Response::text(200, format!("slept {ms} ms\n")).to_bytes_with(keep_alive);
                self.set_state(token, State::Sleeping(body));
                self.stats.sleeping.fetch_add(1, Ordering::Relaxed);
                self.timers.at(
                    Instant::now() + Duration::from_millis(ms),
                    token,
                    Due::SleepDone,
                );
            }
            ("/sleep", _) => self.respond(
                token,
                Response::text(
                    400,
                    format!("use /sleep?ms=N with N from 0 to {MAX_SLEEP_MS}\n"),
                ),
            ),
            _ => match &self.offload {
                Some(pool) => {
                    pool.submit(token, request);
                    self.set_state(token, State::Working);
                }
                // The trap: the handler runs here, on the loop thread. If it blocks, so does everyone.
                None => {
                    let response = call(&self.options.handler, &request);
                    self.respond(token, response);
                }
            },
        }
    }

    /// A bad request: answer `status`, then close (never kept alive).
    pub(super) fn reject(&mut self, token: Token, status: u16) {
        self.stats.rejected.fetch_add(1, Ordering::Relaxed);
        if let Some(conn) = self.conns.get_mut(&token) {
            conn.keep_alive = false;
        }
        self.send(token, Response::error(status).to_bytes());
    }
}

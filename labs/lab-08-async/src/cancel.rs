//! Cancellation: in async Rust, a timeout is a future that is dropped.
//!
//! `select!` polls several futures and, when one completes, **drops the others**. A
//! dropped future simply stops at the `.await` it was parked in; nothing after it runs.
//! That is cheap and safe, but whatever the future held in its own local variables is
//! gone. So a future is *cancellation-safe* when dropping it loses nothing:
//! [`read_line_losing`] keeps the bytes it read so far in a local buffer, and a timeout
//! in between throws them away; [`LineReader::read_line`] keeps them in the reader, and
//! the next call carries on (the way [`crate::head::read_head`] keeps its `buf`).

use std::future::Future;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt};

/// `work`, or `None` if it has not finished within `limit` (then it is dropped).
pub async fn with_timeout<T>(limit: Duration, work: impl Future<Output = T>) -> Option<T> {
    tokio::select! {
        done = work => Some(done),
        () = tokio::time::sleep(limit) => None,
    }
}

/// Not cancellation-safe, on purpose: read up to a `\n` into a *local* buffer. Dropped
/// half-way (by a timeout), the bytes already read are lost. [`LineReader`] fixes it.
pub async fn read_line_losing<R: AsyncRead + Unpin>(reader: &mut R) -> std::io::Result<String> {
    let mut line = Vec::new();
    let mut byte = [0u8; 1];
    while reader.read(&mut byte).await? == 1 {
        if byte[0] == b'\n' {
            break;
        }
        line.push(byte[0]);
    }
    Ok(String::from_utf8_lossy(&line).into_owned())
}

/// A line reader that is cancellation-safe: what it has read lives in `self`, not in
/// the future, so a dropped `read_line` loses nothing.
#[derive(Debug)]
pub struct LineReader<R> {
    reader: R,
    partial: Vec<u8>,
}

impl<R: AsyncRead + Unpin> LineReader<R> {
    /// Read lines from `reader`.
    pub fn new(reader: R) -> Self {
        Self {
            reader,
            partial: Vec::new(),
        }
    }

    /// The next line, without its `\n` (or what is left at EOF).
    pub async fn read_line(&mut self) -> std::io::Result<String> {
        let mut byte = [0u8; 1];
        // Each byte is in `self.partial` before the next `.await`: drop us there, lose nothing.
        while self.reader.read(&mut byte).await? == 1 {
            if byte[0] == b'\n' {
                break;
            }
            self.partial.push(byte[0]);
        }
        let line = std::mem::take(&mut self.partial);
        Ok(String::from_utf8_lossy(&line).into_owned())
    }
}

//! Blocking clients the demos drive the servers with, timed.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long a demo client waits for any answer.
pub const CLIENT_PATIENCE: Duration = Duration::from_secs(30);

/// One timed request: its status (0 when no answer came) and how long it took.
#[derive(Debug, Clone, Copy)]
pub struct Timed {
    /// The HTTP status, or 0 for no answer.
    pub status: u16,
    /// From connect to the end of the answer.
    pub took: Duration,
}

/// GET `path` on a new connection; `sent` is told once the request is written.
pub fn get_timed(addr: SocketAddr, path: &str, sent: Option<mpsc::Sender<()>>) -> Timed {
    let start = Instant::now();
    let status = (|| -> std::io::Result<u16> {
        let mut stream = TcpStream::connect(addr)?;
        stream.set_read_timeout(Some(CLIENT_PATIENCE))?;
        let head = format!("GET {path} HTTP/1.1\r\nHost: lab-08\r\nConnection: close\r\n\r\n");
        stream.write_all(head.as_bytes())?;
        if let Some(sent) = sent {
            let _ = sent.send(());
        }
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw)?;
        Ok(netkit::client::parse_response(&raw)?.status)
    })()
    .unwrap_or(0);
    Timed {
        status,
        took: start.elapsed(),
    }
}

/// `n` clients GET `path` at once, each on its own thread; their timings, once all end.
pub fn all_at_once(addr: SocketAddr, path: &str, n: usize) -> Vec<Timed> {
    let threads: Vec<_> = (0..n)
        .map(|_| {
            let path = path.to_string();
            std::thread::spawn(move || get_timed(addr, &path, None))
        })
        .collect();
    threads
        .into_iter()
        .map(|t| t.join().expect("a client thread does not panic"))
        .collect()
}

/// The median and the largest of `timings`, in ms.
pub fn median_and_max_ms(timings: &[Duration]) -> (f64, f64) {
    let mut ms: Vec<f64> = timings.iter().map(|d| d.as_secs_f64() * 1e3).collect();
    ms.sort_by(f64::total_cmp);
    let median = ms.get(ms.len() / 2).copied().unwrap_or(0.0);
    (median, ms.last().copied().unwrap_or(0.0))
}

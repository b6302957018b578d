//! The connections sweep: memory and threads as idle connections double, for the event
//! loop and for a thread per connection, each point under a short load.

use crate::demo::c10k::{C10kConfig, ModelRow, event_loop_row, fit_connections, threaded_row};
use serde::Serialize;
use std::io;
use std::time::Duration;
use threaded_server::Model;

/// The smallest point.
pub const FIRST_POINT: usize = 250;

/// One connection count, both servers.
#[derive(Debug, Clone, Serialize)]
pub struct SweepPoint {
    /// Idle connections held.
    pub connections: usize,
    /// The event loop holding them.
    pub event_loop: ModelRow,
    /// A thread per connection holding them.
    pub threads: ModelRow,
}

/// 250, 500, 1,000, ... doubling up to `max` (the last point is `max` itself), as far as
/// the open-file limit allows; and, if it was lowered, the sentence that says why.
pub fn connection_counts(max: usize, clients: usize) -> (Vec<usize>, Option<String>) {
    let (top, lowered) = fit_connections(max.max(1), clients);
    let mut counts: Vec<usize> = std::iter::successors(Some(FIRST_POINT), |&n| Some(n * 2))
        .take_while(|&n| n < top)
        .collect();
    counts.push(top);
    (counts, lowered)
}

/// Hold each count of idle connections against both servers, with `clients` active
/// clients for `duration` at each point; `on_point(done, total)` after each.
pub fn sweep(
    counts: &[usize],
    clients: usize,
    duration: Duration,
    on_point: &mut dyn FnMut(usize, usize),
) -> io::Result<Vec<SweepPoint>> {
    counts
        .iter()
        .enumerate()
        .map(|(done, &connections)| {
            let config = C10kConfig {
                connections,
                clients,
                duration,
            };
            let cap = (connections + clients + 64).min(30_000);
            let point = SweepPoint {
                connections,
                event_loop: event_loop_row(&config)?,
                threads: threaded_row(
                    &config,
                    Model::ThreadPerConnection { cap: Some(cap) },
                    connections,
                )?,
            };
            on_point(done + 1, counts.len());
            Ok(point)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_double_from_250_and_end_at_the_maximum() {
        let (counts, _) = connection_counts(1_000, 4);
        assert_eq!(counts, [250, 500, 1_000]);
        let (counts, _) = connection_counts(1_500, 4);
        assert_eq!(counts, [250, 500, 1_000, 1_500]);
    }
}

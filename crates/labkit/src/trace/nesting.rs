//! Perfetto's rule for spans, as a check every trace's tests run.

use super::file::{SpanOnLane, Trace};

impl Trace {
    /// Perfetto's rule for spans: on one track they nest and never partly overlap.
    /// The first pair that breaks it, as a sentence.
    pub fn check_nesting(&self) -> Result<(), String> {
        // Microsecond floats from one clock: allow rounding in the last digit.
        const SLACK: f64 = 1e-3;
        for lane in self.lanes() {
            let mut spans = lane.spans.clone();
            // At one start, the longer span encloses the shorter.
            spans.sort_by(|a, b| a.0.total_cmp(&b.0).then(b.1.total_cmp(&a.1)));
            let mut open: Vec<SpanOnLane> = Vec::new();
            for span in spans {
                while open.last().is_some_and(|top| top.1 <= span.0 + SLACK) {
                    open.pop();
                }
                if let Some(top) = open.last()
                    && span.1 > top.1 + SLACK
                {
                    return Err(format!(
                        "on track {:?}, {:?} ({:.1}-{:.1} us) starts inside {:?} ({:.1}-{:.1} us) and ends after it",
                        lane.name, span.2, span.0, span.1, top.2, top.0, top.1
                    ));
                }
                open.push(span);
            }
        }
        Ok(())
    }
}

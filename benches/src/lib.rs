//! Criterion benches for the labs live under `benches/`; this library is empty on purpose.

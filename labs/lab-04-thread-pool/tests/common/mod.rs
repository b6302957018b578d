//! The rendezvous and time limit these tests share, from labkit's testkit.
#![allow(unused_imports)] // each test file uses its own subset

pub use labkit::testkit::{Rendezvous, TEST_TIMEOUT};

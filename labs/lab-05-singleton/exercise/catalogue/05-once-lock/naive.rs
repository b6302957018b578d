//! Mistake: the naive singleton. "Is it built? No: build it" is two steps, and every
//! thread that asks between them builds one of its own.
pub use singleton::naive::NaiveSingleton as OnceLockSingleton;

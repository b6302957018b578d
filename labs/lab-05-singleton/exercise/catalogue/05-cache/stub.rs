//! Challenge `05-cache`: a cache that builds each key once and never makes one key
//! wait for another.
//!
//! **Task.** A singleton is a cache with one key. Now many keys: `get(key)` returns the
//! value `build(key)` makes, building it on the first request for that key only. While
//! a key is being built, other threads asking for that key wait for the one build; a
//! thread asking for a different key must not wait at all. Add the fields you need.
//!
//! **What passing proves.** 8 threads asking for each of 4 keys at once build each key
//! exactly once and all get its value; and while key 1's build is still running, a get
//! for key 2 comes back at once.
//!
//! This is a challenge: its answer is not in the lab's lesson files. Hints:
//! `cargo run -p course -- hint 05-cache`. Grade it: `cargo run -p course -- check 05-cache`.
//!
//! **中文：** 挑战 `05-cache`：每个键只构建一次、不同的键互不等待的缓存。
//! 通过说明：8 个线程同时请求 4 个键，每个键恰好构建一次，大家都拿到正确的值；键 1 还在构建时，请求键 2 立刻返回。
//! 提示和评分：`cargo run -p course -- hint 05-cache --lang zh-CN`，`cargo run -p course -- check 05-cache`。

use singleton::checks::BuildValue;

/// A cache of values by key, each built once, on first use.
pub struct OnceCache {
    build: BuildValue,
}

impl OnceCache {
    /// An empty cache whose values `build` makes.
    pub fn new(build: BuildValue) -> Self {
        todo!(
            "keep the builder ({:p}), and room for each key's value",
            &build
        )
    }

    /// The value for `key`, built once, on the first request for it.
    pub fn get(&self, key: u64) -> u64 {
        todo!(
            "key {key}: built? return it; else build it once, and let others wait only for their own key"
        )
    }
}

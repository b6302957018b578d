//! How long does parsing one request head take? (The floor under every server lab.)

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

const BROWSER_HEAD: &[u8] = b"GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:8001\r\n\
User-Agent: Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/120.0\r\n\
Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n\
Accept-Language: en-US,en;q=0.5\r\nAccept-Encoding: gzip, deflate, br\r\n\
Connection: keep-alive\r\nUpgrade-Insecure-Requests: 1\r\n\r\n";

fn parse_heads(c: &mut Criterion) {
    c.bench_function("parse browser request head", |b| {
        b.iter(|| netkit::request::parse_head(black_box(BROWSER_HEAD)))
    });
    c.bench_function("parse minimal request head", |b| {
        b.iter(|| netkit::request::parse_head(black_box(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")))
    });
}

criterion_group!(benches, parse_heads);
criterion_main!(benches);

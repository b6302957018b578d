//! hyper 1 answering every request with a 61-byte page, as lab-07's `/` does.
//! `hyper-hello ADDR [--single-thread]`: prints `listening on http://ADDR/`.

use http_body_util::Full;
use hyper::body::Bytes;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use std::convert::Infallible;

const PAGE: &str = "<!doctype html><h1>lab-07: one thread, many connections</h1>\n";

async fn page(_: Request<hyper::body::Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    Ok(Response::new(Full::new(Bytes::from_static(PAGE.as_bytes()))))
}

async fn serve(addr: String) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("listening on http://{}/", listener.local_addr()?);
    loop {
        let (stream, _) = listener.accept().await?;
        tokio::spawn(async move {
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service_fn(page))
                .await;
        });
    }
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let addr = args.next().unwrap_or_else(|| "127.0.0.1:0".into());
    let single = args.any(|a| a == "--single-thread");
    let runtime = if single {
        tokio::runtime::Builder::new_current_thread().enable_io().build()?
    } else {
        tokio::runtime::Builder::new_multi_thread().enable_io().build()?
    };
    runtime.block_on(serve(addr))
}

//! A small HTTP server on 127.0.0.1 for the `jllm update` tests (std
//! TcpListener, a thread per connection): each route answers a body, a
//! redirect, or nothing at all.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

/// What a route answers.
#[derive(Clone)]
pub enum Reply {
    /// 200 with this body.
    Body(Vec<u8>),
    /// 302 to this URL.
    Redirect(String),
    /// Reads the request and never answers (for 30 s).
    Stall,
}

/// Serves `routes` (path → body) on 127.0.0.1; `/stall` reads the request
/// and never answers; anything else is a 404. Returns the base URL.
pub fn serve(routes: Vec<(&'static str, Vec<u8>)>) -> String {
    let mut replies: Vec<(String, Reply)> = routes
        .into_iter()
        .map(|(p, b)| (p.to_string(), Reply::Body(b)))
        .collect();
    replies.push(("/stall".into(), Reply::Stall));
    serve_replies(replies)
}

/// Serves `routes` (path → reply) on 127.0.0.1; anything else is a 404.
/// Returns the base URL.
pub fn serve_replies(routes: Vec<(String, Reply)>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let routes = routes.clone();
            std::thread::spawn(move || answer(stream, &routes));
        }
    });
    format!("http://{addr}")
}

fn answer(mut stream: TcpStream, routes: &[(String, Reply)]) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
    match routes.iter().find(|(p, _)| *p == path).map(|(_, r)| r) {
        Some(Reply::Body(body)) => {
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: application/gzip\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(body);
        }
        Some(Reply::Redirect(to)) => {
            let _ = write!(
                stream,
                "HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
        }
        Some(Reply::Stall) => std::thread::sleep(Duration::from_secs(30)),
        None => {
            let _ = stream.write_all(
                b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nNot Found",
            );
        }
    }
}

"""Python's socketserver.ThreadingTCPServer serving the same tiny response as lab-02.

Written for the lab-02 handout and benchmark. Prints `listening on PORT` once bound,
then serves until killed. Usage: python3 threading_server.py [PORT]   (0 = any free port)
"""
import socketserver
import sys

BODY = b"slept 0 ms\n"
RESPONSE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n"
    b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(BODY), BODY)
)


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        # Read the request head up to the blank line, then answer and close.
        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
            pass
        self.wfile.write(RESPONSE)


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # the default is 5: connections beyond it wait for SYN retries


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    with Server(("127.0.0.1", port), Handler) as server:
        print("listening on", server.server_address[1], flush=True)
        server.serve_forever()

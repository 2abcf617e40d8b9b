"""Small real HTTP(S) servers on loopback whose answer the test sets: up, 503, hanging, redirecting."""

from __future__ import annotations

import ssl
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PAGE = b"<html><body>Masuk ke e-learning Polibatam</body></html>"


@dataclass
class Behaviour:
    status: int = 200
    hang: bool = False
    requests: int = 0
    release: threading.Event = field(default_factory=threading.Event)


class _Handler(BaseHTTPRequestHandler):
    server: WebServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        behaviour = self.server.behaviour
        behaviour.requests += 1
        if self.path == "/redirect-here":
            self._answer(302, b"", location="/login")
        elif self.path == "/redirect-away":
            self._answer(302, b"", location=f"http://localhost:{self.server.server_address[1]}/login")
        elif behaviour.hang:
            behaviour.release.wait(30)
        else:
            self._answer(behaviour.status, PAGE if behaviour.status == 200 else b"Service Unavailable")

    def _answer(self, status: int, body: bytes, location: str = "") -> None:
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class WebServer(ThreadingHTTPServer):
    daemon_threads = True
    behaviour: Behaviour

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def url(self, path: str = "/login") -> str:
        scheme = "https" if isinstance(self.socket, ssl.SSLSocket) else "http"
        return f"{scheme}://127.0.0.1:{self.port}{path}"

    def stop(self) -> None:
        self.behaviour.release.set()
        self.shutdown()
        self.server_close()


def start_web(behaviour: Behaviour | None = None, tls: ssl.SSLContext | None = None) -> WebServer:
    server = WebServer(("127.0.0.1", 0), _Handler)
    server.behaviour = behaviour or Behaviour()
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server

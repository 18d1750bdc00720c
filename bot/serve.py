"""``jiebei-bot serve --stdio``: JSON Lines over stdin/stdout, one response per request line,
flushed at once; exit 0 at end of input. ``--http``: the WSGI app on the standard library's
server (see bot.web)."""

from __future__ import annotations

from typing import Iterable, TextIO

from .engine import Engine
from .protocol import Dispatcher, dumps, error_response

MAX_LINE_BYTES = 64 * 1024


def serve_stdio(engine: Engine, lines: Iterable[str], out: TextIO) -> int:
    """Answer every non-empty line; a malformed one gets an error object and the server goes on."""
    dispatcher = Dispatcher(engine)
    for line in lines:
        if not line.strip():
            continue
        if len(line.encode("utf-8", "surrogatepass")) > MAX_LINE_BYTES:
            response = error_response(None, "too_long", f"request line longer than {MAX_LINE_BYTES} bytes")
        else:
            response = dispatcher.handle_text(line)
        out.write(dumps(response) + "\n")
        out.flush()
    return 0


def serve_http(host: str, port: int) -> int:  # pragma: no cover - exercised by subprocess tests
    """Serve bot.web:app with wsgiref's threading server until interrupted."""
    from socketserver import ThreadingMixIn
    from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

    from .web import app

    class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
        daemon_threads = True

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass  # no request logging by default: questions are private

    server = make_server(host, port, app, server_class=ThreadingWSGIServer, handler_class=QuietHandler)
    print(f"jiebei-bot: serving on http://{host}:{server.server_port}/ (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0

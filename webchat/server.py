"""Serves the web chat (this folder) on a local port, and a drawn picture for every product.

    python -m webchat.server --port 8080 --rasa-url http://localhost:5005

- `/` is the demo shop page (index.html) with the chat embedded by one <script> tag, pointed at
  `--rasa-url`; `/shop-chat.js`, `/shop-chat.css` and `/vendor/…` are the widget's files.
- `/images/<handle>.jpg` is a placeholder picture of that product drawn from the store (SVG,
  whatever the name ends in), 404 for a product the store does not have. With
  `SHOP_IMAGE_BASE_URL=http://localhost:8080/images`, the assistant's web chat channel points
  product images here (shop_channels/webchat.py).

Only the widget's own kinds of files are served; nothing is fetched from anywhere.
"""

from __future__ import annotations

import argparse
import logging
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from html import escape
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from commerce.db import get_engine, session_scope
from commerce.products import product_details
from webchat.placeholders import product_picture_svg

WEBCHAT_DIR = Path(__file__).resolve().parent
DEFAULT_RASA_URL = "http://localhost:5005"  # what index.html says; `--rasa-url` replaces it
SERVED_SUFFIXES = {".html", ".js", ".css", ".svg", ".png", ".ico", ".txt", ".md"}
IMAGE_PATH = re.compile(r"^/images/([a-z0-9][a-z0-9-]{0,200})(?:\.(?:jpe?g|png|webp|svg))?$")

logger = logging.getLogger(__name__)


class WebChatRequestHandler(SimpleHTTPRequestHandler):
    """Static files of webchat/, the demo page pointed at the assistant, product pictures."""

    server: WebChatServer

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        if path.startswith("/images/"):
            self._send_product_picture(path)
        elif path in ("/", "/index.html"):
            self._send(HTTPStatus.OK, "text/html; charset=utf-8", self._demo_page())
        elif Path(path).suffix in SERVED_SUFFIXES and "/." not in path:
            super().do_GET()  # files under webchat/ only; http.server refuses to leave it
        else:
            self.send_error(HTTPStatus.NOT_FOUND)

    def do_HEAD(self) -> None:
        # GET's routing decides what exists; HEAD would bypass it and reveal other files.
        self.send_error(HTTPStatus.METHOD_NOT_ALLOWED)

    def end_headers(self) -> None:
        # The page may be embedded elsewhere; its scripts and pictures must load from any origin.
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        logger.debug("%s %s", self.address_string(), format % args)

    def _demo_page(self) -> bytes:
        page = (WEBCHAT_DIR / "index.html").read_text(encoding="utf-8")
        return page.replace(
            f'data-rasa-url="{DEFAULT_RASA_URL}"', f'data-rasa-url="{escape(self.server.rasa_url)}"'
        ).encode()

    def _send_product_picture(self, path: str) -> None:
        match = IMAGE_PATH.match(path)
        if not match:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        try:
            with session_scope(get_engine(self.server.database_url)) as session:
                product = product_details(session, match.group(1))
        except Exception:
            logger.exception("Reading product %s for its picture failed", match.group(1))
            self.send_error(HTTPStatus.SERVICE_UNAVAILABLE)
            return
        if product is None:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        colours = [*product.stock_by_colour, *product.sold_out_colours]
        svg = product_picture_svg(product.title, product.product_type, next(iter(colours), None))
        self._send(HTTPStatus.OK, "image/svg+xml", svg.encode())

    def _send(self, status: HTTPStatus, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class WebChatServer(ThreadingHTTPServer):
    """The web chat's HTTP server; `rasa_url` and `database_url` may change while it runs."""

    daemon_threads = True

    def __init__(
        self, address: tuple[str, int], rasa_url: str, database_url: str | None = None
    ) -> None:
        super().__init__(address, partial(WebChatRequestHandler, directory=str(WEBCHAT_DIR)))
        self.rasa_url = rasa_url
        self.database_url = database_url  # the store pictures are drawn from; None: configured

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"


@contextmanager
def serving_web_chat(
    rasa_url: str = DEFAULT_RASA_URL, database_url: str | None = None
) -> Iterator[WebChatServer]:
    """The web chat served on a free port of 127.0.0.1 from a background thread, until the end
    of the `with` block."""
    server = WebChatServer(("127.0.0.1", 0), rasa_url, database_url)
    thread = threading.Thread(target=server.serve_forever, name="webchat-server", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument(
        "--rasa-url", default=DEFAULT_RASA_URL, help="the Rasa server the demo page talks to"
    )
    args = parser.parse_args(argv)
    server = WebChatServer((args.host, args.port), args.rasa_url)
    shown_host = "localhost" if args.host in ("127.0.0.1", "0.0.0.0") else args.host
    print(
        f"Web chat: http://{shown_host}:{args.port}/ (talking to the assistant at "
        f"{args.rasa_url}); product pictures at http://{shown_host}:{args.port}/images/",
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()

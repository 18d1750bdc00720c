"""Static files for the web chat page, served by the same WSGI app (``GET /``, ``GET /static/NAME``).

The files ship inside the package (``bot/server/static/``) and are read once, when the app is
built: no file system access per request, no directory listing, no path from the request ever
reaches the file system (names are looked up in a dict of what was loaded).
"""

from __future__ import annotations

import hashlib
import importlib.resources
import re
from ..records import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8", ".json": "application/json; charset=utf-8",
    ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon", ".txt": "text/plain; charset=utf-8",
    ".webmanifest": "application/manifest+json",
}
_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
MAX_FILE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class StaticFile:
    """One file's bytes, content type and ETag (a digest of its bytes)."""

    body: bytes
    content_type: str
    etag: str


def load_static(folder: Traversable | None = None) -> dict[str, StaticFile]:
    """The servable files of ``folder`` (default: the packaged one) by name; empty when none."""
    folder = folder or importlib.resources.files("bot.server").joinpath("static")
    files: dict[str, StaticFile] = {}
    if not folder.is_dir():
        return files
    for entry in folder.iterdir():
        suffix = "." + entry.name.rsplit(".", 1)[-1] if "." in entry.name else ""
        if not entry.is_file() or not _NAME_RE.fullmatch(entry.name) or suffix not in CONTENT_TYPES:
            continue
        body = entry.read_bytes()
        if len(body) <= MAX_FILE_BYTES:
            etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
            files[entry.name] = StaticFile(body, CONTENT_TYPES[suffix], etag)
    return files


def static_name(path: str) -> str | None:
    """The file a request path names: "/" is index.html, "/static/NAME" is NAME; None otherwise."""
    if path == "/":
        return "index.html"
    if path.startswith("/static/"):
        name = path[len("/static/"):]
        return name if _NAME_RE.fullmatch(name) else None
    return None

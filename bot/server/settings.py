"""The servers' settings, read and checked once at start-up, before anything is served.

A setting that cannot be right (``JIEBEI_SESSION_TTL=-5``, ``--threads 0``, ``--port 99999``)
stops start-up with one line that says where, what was expected and what was found, rather than
a server that says "serving" and then never answers, or quietly does something else. Unset or
empty settings take their defaults.

Environment: JIEBEI_KNOWLEDGE (a folder; default the packaged one), JIEBEI_SESSION_STORE (unset:
client-held state only; "memory"; a redis://, rediss:// or unix:// URL), JIEBEI_SESSION_TTL
(seconds a stored conversation is kept after its last question), JIEBEI_CORS_ORIGIN (origins
allowed to call the API from a browser, space- or comma-separated, or "*"), JIEBEI_MAX_BODY
(bytes), JIEBEI_ACCESS_LOG (on or off).
"""

from __future__ import annotations

import re
from ..records import dataclass
from typing import Mapping

from ..errors import UsageError

DEFAULT_TTL = 1800
MAX_TTL = 30 * 86400
DEFAULT_MAX_BODY = 64 * 1024  # a question (2,000 characters) and a state (16 kB), escaped, fit
MAX_MAX_BODY = 16 * 1024 * 1024
MIN_MAX_BODY = 256  # below this not even a short question with its id fits
MAX_THREADS = 256
STORE_SCHEMES = ("redis://", "rediss://", "unix://")
_ON, _OFF = ("1", "on", "true", "yes"), ("0", "off", "false", "no")
# What a browser sends as Origin: a scheme and a host, an optional port, never a path.
_ORIGIN_RE = re.compile(r"https?://[A-Za-z0-9.\-\[\]:]+")


class SettingError(UsageError):
    """A command-line option or an environment setting that cannot be right (exit status 2)."""


@dataclass(frozen=True)
class Settings:
    """The checked environment settings of a server."""

    knowledge: str | None = None
    store: str | None = None
    ttl: int = DEFAULT_TTL
    cors_origins: tuple[str, ...] = ()
    max_body: int = DEFAULT_MAX_BODY
    access_log: bool = True


def read_settings(env: Mapping[str, str]) -> Settings:
    """The settings in ``env``; SettingError naming the first one that is wrong."""
    store = env.get("JIEBEI_SESSION_STORE", "").strip() or None
    if store is not None and store != "memory" and not store.startswith(STORE_SCHEMES):
        raise SettingError(f"JIEBEI_SESSION_STORE: expected 'memory' or a redis:// URL, found {_found(store, 40)}")
    return Settings(
        knowledge=env.get("JIEBEI_KNOWLEDGE", "").strip() or None, store=store,
        ttl=whole_number(env.get("JIEBEI_SESSION_TTL"), "JIEBEI_SESSION_TTL", 1, MAX_TTL, DEFAULT_TTL, "seconds"),
        cors_origins=_origins(env.get("JIEBEI_CORS_ORIGIN", "")),
        max_body=whole_number(env.get("JIEBEI_MAX_BODY"), "JIEBEI_MAX_BODY", MIN_MAX_BODY, MAX_MAX_BODY,
                              DEFAULT_MAX_BODY, "bytes"),
        access_log=_switch(env.get("JIEBEI_ACCESS_LOG", ""), "JIEBEI_ACCESS_LOG"))


def whole_number(text: str | None, where: str, low: int, high: int, default: int, unit: str = "") -> int:
    """``text`` as a whole number from ``low`` to ``high`` (``default`` when unset or empty);
    SettingError("<where>: expected ..., found ...") otherwise."""
    text = (text or "").strip()
    if not text:
        return default
    if text.isascii() and text.isdigit() and len(text) <= 12 and low <= int(text) <= high:
        return int(text)
    unit = f" {unit}" if unit else ""
    raise SettingError(f"{where}: expected a whole number of{unit} from {low} to {high}, found {_found(text)}")


def check_port(port: int) -> int:
    """A TCP port to listen on: 0 (any free port) to 65535."""
    if not 0 <= port <= 65535:
        raise SettingError(f"--port: expected a port number from 0 (any free port) to 65535, found {port}")
    return port


def check_threads(threads: int) -> int:
    """How many threads run the app: at least one (none would accept requests and never answer)."""
    if not 1 <= threads <= MAX_THREADS:
        raise SettingError(f"--threads: expected a whole number from 1 to {MAX_THREADS}, found {threads}")
    return threads


def check_host(host: str) -> str:
    """An address or host name to listen on (not empty; spaces or a URL are mistakes)."""
    if not host or not re.fullmatch(r"[A-Za-z0-9.\-:\[\]%_]{1,253}", host):
        raise SettingError(f"--host: expected an IP address or host name such as 127.0.0.1, found {_found(host)}")
    return host


def _origins(text: str) -> tuple[str, ...]:
    origins = tuple(text.replace(",", " ").split())
    for origin in origins:
        if origin != "*" and not _ORIGIN_RE.fullmatch(origin):
            raise SettingError("JIEBEI_CORS_ORIGIN: expected origins such as https://example.com (a scheme "
                               f"and a host, optional port, no path) or *, found {_found(origin)}")
    return origins


def _switch(text: str, where: str) -> bool:
    value = text.strip().lower()
    if not value or value in _ON:
        return True
    if value in _OFF:
        return False
    raise SettingError(f"{where}: expected on or off, found {_found(text)}")


def _found(text: str, limit: int = 20) -> str:
    return repr(text[:limit]) + ("..." if len(text) > limit else "")


# Set by bot/server/gunicorn_conf.py when gunicorn reads it: bot.server.app then knows its
# on_starting checks the memory store against the worker count.
GUNICORN_SETTINGS_READ = "JIEBEI_GUNICORN_CONF"

__all__ = ["GUNICORN_SETTINGS_READ", "Settings", "SettingError", "check_host", "check_port", "check_threads", "read_settings", "whole_number"]

"""Template outputs kept for reuse: a template's output depends on nothing but its text and the
context, so ``bot.templates.render`` hands out an output made for exactly the same pair again.

A context is named two ways, each telling apart any two contexts Jinja2 could render differently
(values keep their type: True, 1 and 1.0 differ, as do -0.0 and 0.0). A context that holds
anything but plain data (str, int, float, bool, None, and lists, tuples and dicts of them) gets
no name, and its outputs are never reused: another object's repr or equality might not tell
two values apart.

- ``memo_key``: a hashable copy of the context, for this process's bounded table of outputs
  (``REMEMBERED``): a few microseconds for the usual context of strings, numbers and flags.
- ``context_digest``: a digest of the context's canonical text, for the tables that
  ``jiebei-bot train`` writes to a file (bot.prerender); computed only when such a table exists.
"""

from __future__ import annotations

import threading
from collections.abc import Hashable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from .digest import blake2b

# Live outputs kept: a few per topic, language and product covers everyday traffic. Outputs are
# bounded by the sandbox (MAX_CHARS), so the memory held is bounded too. Since bot.render_subset
# renders a detail answer without Jinja2, a miss is cheap: 256 (was 1024) asks as many
# instructions per unseen question (3.607 M against 3.611) and holds ~0.5 MiB less on a server.
REMEMBERED = 256
_FAST = frozenset({str, int, bool, type(None)})  # hashable, and equal only when rendered alike
_SCALARS = _FAST | {float}

MemoKey = tuple[tuple[str, ...], tuple[type, ...], tuple[Any, ...]]


def memo_key(context: Mapping[str, Any]) -> MemoKey | None:
    """The names, types and values of a context, in its order, hashable; None when a value is
    not plain data. Equal keys mean equal contexts (the same context built in another order
    merely gets another key)."""
    values = tuple(context.values())
    kinds = tuple(map(type, values))
    if _FAST.issuperset(kinds):
        return _shared(tuple(context)), _shared(kinds), values
    slow = _SLOW_AT.get(kinds)
    if slow is None:
        slow = _slow_places(kinds)
    frozen = list(values)
    for place in slow:  # floats, lists and dicts by their text; anything else has no key
        if not _plain(values[place]):
            return None
        frozen[place] = repr(values[place])  # with _plain, faithful: 0.0 != -0.0, [1] != (1,)
    return _shared(tuple(context)), _shared(kinds), tuple(frozen)


# The names and the value types of a context, one tuple of each per shape: the keys a server's
# tables of outputs and compositions keep (~2,000 of them) share them instead of holding a copy
# each (~0.4 MiB after 100,000 requests). Shapes come from the code, so this stays small.
_SHAPES: dict[tuple[Any, ...], tuple[Any, ...]] = {}


def _shared(part: tuple[Any, ...]) -> tuple[Any, ...]:
    found = _SHAPES.get(part)
    if found is None:
        if len(_SHAPES) >= 512:  # only a guard, as for _SLOW_AT
            _SHAPES.clear()
        found = _SHAPES[part] = part
    return found


# Where a context of given value types holds values that are not hashable or not told apart by
# equality: contexts come in a few shapes, each looked up here rather than searched value by value.
_SLOW_AT: dict[tuple[type, ...], tuple[int, ...]] = {}


def _slow_places(kinds: tuple[type, ...]) -> tuple[int, ...]:
    places = tuple(place for place, kind in enumerate(kinds) if kind not in _FAST)
    if len(_SLOW_AT) >= 256:  # shapes come from the code, not from users: this is only a guard
        _SLOW_AT.clear()
    _SLOW_AT[kinds] = places
    return places


def context_digest(context: Mapping[str, Any]) -> str | None:
    """A digest naming a context by its canonical text (names sorted), or None when a value is
    not plain data."""
    if not all(map(_plain, context.values())):
        return None
    return digest(repr(sorted(context.items())))


def _plain(value: Any) -> bool:
    kind = type(value)
    if kind in _SCALARS:
        return True
    if kind is list or kind is tuple:
        return all(map(_plain, value))
    if kind is dict:
        return all(type(name) is str and _plain(item) for name, item in value.items())
    return False


def digest(text: str) -> str:
    """A short, collision-safe name for a text (128-bit BLAKE2b, hex)."""
    return blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class Remembered:
    """Outputs by (template text, memo key); the oldest goes when ``size`` are held. Lookups
    take no lock (a dict read is atomic); additions do, since engines are shared by threads."""

    def __init__(self, size: int) -> None:
        self._outputs: dict[Hashable, Any] = {}
        self._size = size
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Any:
        """The output kept for ``key``, or None."""
        return self._outputs.get(key)

    def put(self, key: Hashable, text: Any) -> None:
        """Keep ``text`` for ``key``, letting the oldest go past the size."""
        with self._lock:
            self._outputs[key] = text
            if len(self._outputs) > self._size:
                del self._outputs[next(iter(self._outputs))]

    def clear(self) -> None:
        """Forget every output."""
        with self._lock:
            self._outputs.clear()

    def __len__(self) -> int:
        return len(self._outputs)


REMEMBERED_OUTPUTS = Remembered(REMEMBERED)
# Set while bot.prerender records outputs: every render then runs live and is written down.
RECORDING: ContextVar[dict[str, dict[str, str]] | None] = ContextVar("jiebei_recording", default=None)


@contextmanager
def recording() -> Iterator[dict[str, dict[str, str]]]:
    """Within the block, every render runs in the sandbox (nothing reused) and its output is
    recorded in the dict yielded: {template digest: {context digest: output}}."""
    outputs: dict[str, dict[str, str]] = {}
    token = RECORDING.set(outputs)
    try:
        yield outputs
    finally:
        RECORDING.reset(token)


__all__ = ["REMEMBERED", "REMEMBERED_OUTPUTS", "Remembered", "context_digest", "digest", "memo_key", "recording"]

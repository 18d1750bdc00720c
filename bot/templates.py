"""Answer templates: Jinja2 in a bounded, immutable sandbox (bot.sandbox) with StrictUndefined.

Templates come only from the knowledge folder; user text only ever reaches them as a variable
value, so it is never parsed as a template. A template that breaks or goes past a sandbox bound
while rendering raises RenderError (a BotError), never a bare Jinja2 or Python error.

The sandbox is the only thing that ever evaluates a template, and its output depends on nothing
but the template's text and the context. So ``render`` reuses an output made for exactly that
pair: one rendered ahead of time by ``jiebei-bot train`` (bot.prerender: messages that state no
details, so a process that answers only those never imports Jinja2), or one of the last
REMEMBERED live renders of this process. Jinja2 is imported when the first template must run.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from .errors import RenderError

if TYPE_CHECKING:
    from jinja2 import Template

    from .sandbox import BoundedEnvironment

# The variables every template may use; render_context() fills them all, so StrictUndefined
# catches only real mistakes (a misspelt name), never a detail the borrower did not give.
TEMPLATE_VARIABLES = ("lang", "kind", "product", "product_name", "is_jiebei", "alipay", "contact", "outside",
                      "days", "days_given", "days_text", "amount", "amount_given", "amount_text",
                      "concern", "concern_name", "concern_text", "sources", "echo", "scale_note")
# Live renders kept for reuse: a few per topic, language and product covers everyday traffic.
# Outputs are bounded by the sandbox (MAX_CHARS), so the memory held is bounded too.
REMEMBERED = 1024
# Pre-rendered outputs: {template digest: {context digest: output}} (see bot.prerender).
Prerendered = Mapping[str, Mapping[str, str]]
_NOTHING: Mapping[str, str] = {}
_NO_TABLE: Prerendered = {}
_SCALARS = frozenset({str, int, float, bool, type(None)})


@dataclass(frozen=True)
class Source:
    """A template's text. It is compiled on first use and the result cached, so that loading
    knowledge costs no Jinja2 compilation for templates a process never renders. ``prerendered``
    is the folder's table of outputs rendered ahead of time (empty when it has none)."""

    text: str
    prerendered: Prerendered = field(default_factory=dict, compare=False, repr=False)

    def compiled(self) -> Template:
        """The compiled template. Raises jinja2.TemplateError on bad syntax."""
        return _compile(self.text)

    @cached_property
    def digest(self) -> str:
        """Names the template's text in pre-rendered tables."""
        return digest(self.text)


@lru_cache(maxsize=None)
def _compile(text: str) -> Template:
    return _environment().compile_bounded(text)


@lru_cache(maxsize=1)
def _environment() -> BoundedEnvironment:
    from .sandbox import BoundedEnvironment  # Jinja2 is imported here, when a template must run

    return BoundedEnvironment()


def compile_lines(lines: tuple[str, ...] | list[str], check: bool = True,
                  prerendered: Prerendered = _NO_TABLE) -> Source:
    """A template written as a list of lines; with ``check``, compiled now so that bad syntax
    raises jinja2.TemplateError here rather than at first use."""
    source = Source("\n".join(lines), prerendered)
    if check:
        source.compiled()
    return source


def render(source: Source, context: dict[str, Any]) -> str:
    """Render and tidy: strip each line, drop empty lines (conditional lines may render empty).
    Raises RenderError when the template is broken or goes past a bound of the sandbox."""
    key = context_digest(context)
    record = _RECORDING.get()
    if key is not None and record is None:
        known = source.prerendered.get(source.digest, _NOTHING).get(key)
        if known is None:
            known = _REMEMBERED.get((source.digest, key))
        if known is not None:  # an empty output ("" for a line with nothing to say) counts too
            return known
    text = _render_live(source, context)
    if key is not None:
        if record is not None:
            record.setdefault(source.digest, {})[key] = text
        else:
            _REMEMBERED.put((source.digest, key), text)
    return text


def _render_live(source: Source, context: dict[str, Any]) -> str:
    try:
        text = source.compiled().render(**context)
    except Exception as error:  # the knowledge folder's mistake: reported, never the process's end
        raise RenderError(describe_error(error)) from error
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def context_digest(context: Mapping[str, Any]) -> str | None:
    """Names a context exactly (every name and value), or None when a value is not plain data:
    then its output is never reused, since another object's repr might not tell values apart."""
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
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class _Remembered:
    """The last REMEMBERED live outputs by (template, context) digests; least recently used out."""

    def __init__(self, size: int) -> None:
        self._outputs: OrderedDict[tuple[str, str], str] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()  # engines are shared between threads

    def get(self, key: tuple[str, str]) -> str | None:
        with self._lock:
            text = self._outputs.get(key)
            if text is not None:
                self._outputs.move_to_end(key)
            return text

    def put(self, key: tuple[str, str], text: str) -> None:
        with self._lock:
            self._outputs[key] = text
            if len(self._outputs) > self._size:
                self._outputs.popitem(last=False)

    def __len__(self) -> int:
        return len(self._outputs)


_REMEMBERED = _Remembered(REMEMBERED)
# Set while bot.prerender records outputs: every render then runs live and is written down.
_RECORDING: ContextVar[dict[str, dict[str, str]] | None] = ContextVar("jiebei_recording", default=None)


@contextmanager
def recording() -> Iterator[dict[str, dict[str, str]]]:
    """Within the block, every render runs in the sandbox (nothing reused) and its output is
    recorded in the dict yielded: {template digest: {context digest: output}}."""
    outputs: dict[str, dict[str, str]] = {}
    token = _RECORDING.set(outputs)
    try:
        yield outputs
    finally:
        _RECORDING.reset(token)


def describe_error(error: Exception) -> str:
    """A template error in one line (a TemplateSyntaxError's str() adds a line of its own)."""
    from jinja2 import TemplateError, TemplateSyntaxError  # any Jinja2 error was raised by Jinja2, loaded

    if isinstance(error, TemplateSyntaxError):
        return f"{error.message} (line {error.lineno})"
    return str(error) if isinstance(error, TemplateError) else f"{type(error).__name__}: {error}"


def sample_contexts(lang: str) -> list[dict[str, Any]]:
    """Contexts used by the content checks: no details at all, masked details, full details for
    another Alipay product, and details for another lender with a named fear, so every template
    is proven to render in each case (and checked for what it says in each)."""
    from .answer import answer_context  # late: answer.py renders with this module
    from .slots import Slot

    bare = answer_context(lang, {})
    masked = answer_context(lang, {"days": Slot("days", None, "***天"), "amount": Slot("amount", None, "***元"),
                                   "product": Slot("product", "jiebei", "借呗")})
    huabei = answer_context(lang, {"days": Slot("days", 60, "两个月"), "amount": Slot("amount", 15000, "一万五"),
                                   "product": Slot("product", "huabei", "花呗")})
    other = answer_context(lang, {"days": Slot("days", 45, "45 days"), "amount": Slot("amount", 8000, "8000多"),
                                  "product": Slot("product", "weilidai", "微粒贷"),
                                  "concern": Slot("concern", "jail", "坐牢")})
    cited = [{"id": "background", "title": "「t」"}]
    return [bare, masked, dict(huabei, sources=cited, scale_note=True), other]


__all__ = ["Source", "TEMPLATE_VARIABLES", "compile_lines", "context_digest", "describe_error", "digest", "recording",
           "render", "sample_contexts"]

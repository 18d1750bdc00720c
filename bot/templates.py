"""Answer templates: Jinja2 in a bounded, immutable sandbox (bot.sandbox) with StrictUndefined.

Templates come only from the knowledge folder; user text only ever reaches them as a variable
value, so it is never parsed as a template. A template that breaks or goes past a sandbox bound
while rendering raises RenderError (a BotError), never a bare Jinja2 or Python error.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jinja2 import Template, TemplateError, TemplateSyntaxError

from .errors import RenderError
from .sandbox import BoundedEnvironment

_ENV = BoundedEnvironment()

# The variables every template may use; render_context() fills them all, so StrictUndefined
# catches only real mistakes (a misspelt name), never a detail the borrower did not give.
TEMPLATE_VARIABLES = ("lang", "kind", "product", "product_name", "is_jiebei", "alipay", "contact", "outside",
                      "days", "days_given", "days_text", "amount", "amount_given", "amount_text",
                      "concern", "concern_name", "concern_text", "sources", "echo", "scale_note")


@dataclass(frozen=True)
class Source:
    """A template's text. It is compiled on first use and the result cached, so that loading
    knowledge costs no Jinja2 compilation for templates a process never renders."""

    text: str

    def compiled(self) -> Template:
        """The compiled template. Raises jinja2.TemplateError on bad syntax."""
        return _compile(self.text)


@lru_cache(maxsize=None)
def _compile(text: str) -> Template:
    return _ENV.compile_bounded(text)


def compile_lines(lines: tuple[str, ...] | list[str], check: bool = True) -> Source:
    """A template written as a list of lines; with ``check``, compiled now so that bad syntax
    raises jinja2.TemplateError here rather than at first use."""
    source = Source("\n".join(lines))
    if check:
        source.compiled()
    return source


def render(source: Source, context: dict[str, Any]) -> str:
    """Render and tidy: strip each line, drop empty lines (conditional lines may render empty).
    Raises RenderError when the template is broken or goes past a bound of the sandbox."""
    try:
        text = source.compiled().render(**context)
    except Exception as error:  # the knowledge folder's mistake: reported, never the process's end
        raise RenderError(describe_error(error)) from error
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def describe_error(error: Exception) -> str:
    """A template error in one line (a TemplateSyntaxError's str() adds a line of its own)."""
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


__all__ = ["Source", "TemplateError", "compile_lines", "describe_error", "render", "sample_contexts", "TEMPLATE_VARIABLES"]

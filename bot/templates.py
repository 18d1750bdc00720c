"""Answer templates: Jinja2 in a bounded, immutable sandbox (bot.sandbox) with StrictUndefined.

Templates come only from the knowledge folder; user text only ever reaches them as a variable
value, so it is never parsed as a template. A template that breaks or goes past a sandbox bound
while rendering raises RenderError (a BotError), never a bare Jinja2 or Python error.

The sandbox is the only thing that ever evaluates a template, and its output depends on nothing
but the template's text and the context. So ``render`` reuses an output made for exactly that
pair (bot.render_memo): one of this process's recent live renders, or one rendered ahead of
time by ``jiebei-bot train`` (bot.prerender: messages that state no details, so a process that
answers only those never imports Jinja2). Other outputs are rendered by bot.render_subset, the
subset of Jinja2 the knowledge templates use, with the sandbox's output; Jinja2 is imported
only for a template or a rendering outside that subset (or a broken one, to report it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from .records import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from .errors import RenderError
from .render_memo import RECORDING, REMEMBERED_OUTPUTS, context_digest, digest, memo_key, recording

if TYPE_CHECKING:
    from jinja2 import Template

    from .sandbox import BoundedEnvironment

# The variables every template may use; render_context() fills them all, so StrictUndefined
# catches only real mistakes (a misspelt name), never a detail the borrower did not give.
TEMPLATE_VARIABLES = ("lang", "kind", "product", "product_name", "is_jiebei", "alipay", "contact", "outside",
                      "days", "days_given", "days_text", "amount", "amount_given", "amount_text",
                      "concern", "concern_name", "concern_text", "figure", "figure_name", "figure_text",
                      "also_name",
                      "sources", "echo", "scale_note", "relatives_loan", "asks_coping", "asks_start",
                      "legal_ask", "helpline_unreachable", "repaid_ask", "someone_at_risk", "act_done", "visit_threat", "feels_better", "sms_link", "fixer_fee",
                      "kin_violence")
# Bump when render() changes what a template outputs (its tidying): pre-rendered outputs made
# before then are no longer used (bot.prerender.renderer_id; tests/test_prerender.py also
# rebuilds them and compares).
RENDER_VERSION = 1
# Pre-rendered outputs: {template digest: {context digest: output}} (see bot.prerender).
Prerendered = Mapping[str, Mapping[str, str]]
_NO_TABLE: Prerendered = {}
# Live renders the subset did not answer, so the sandbox rendered them (bot.render_subset), by
# why: "outside the subset" (the template) or the refusal's or error's type name (this context).
# The fallback is silent by design; tests read this so that a subset bug cannot hide behind it
# (a debugging count: renders on several threads at once may lose an increment).
FALLBACKS: Counter[str] = Counter()


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
    record = RECORDING.get()
    if record is not None:  # bot.prerender: everything runs live in the sandbox, and is written down
        text = _render_live(source, context, reference=True)
        key = context_digest(context)
        if key is not None:
            record.setdefault(source.digest, {})[key] = text
        return text
    memo = memo_key(context)
    if memo is None:
        return _render_live(source, context)
    known: str | None = REMEMBERED_OUTPUTS.get((source.text, memo))
    if known is not None:  # an empty output ("" for a line with nothing to say) is known too
        return known
    table = source.prerendered.get(source.digest) if source.prerendered else None
    known = table.get(context_digest(context) or "") if table else None
    if known is None:
        known = _render_live(source, context)
    REMEMBERED_OUTPUTS.put((source.text, memo), known)
    return known


def _render_live(source: Source, context: dict[str, Any], reference: bool = False) -> str:
    """Render without Jinja2 when the template and this rendering are inside the subset
    bot.render_subset answers for (the same text as the sandbox's), else (or with ``reference``)
    in the sandbox."""
    from .render_subset import compile_subset  # late: a process answering only detail-free messages never needs it

    subset = None if reference else compile_subset(source.text)
    text = None
    if subset is not None:
        try:
            text = subset(**context)
        except Exception as refusal:  # outside the subset for this context, or an error: the sandbox decides
            FALLBACKS[type(refusal).__name__] += 1
    elif not reference:
        FALLBACKS["outside the subset"] += 1
    if text is None:
        try:
            text = source.compiled().render(**context)
        except Exception as error:  # the knowledge folder's mistake: reported, never the process's end
            raise RenderError(describe_error(error)) from error
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


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
    # (the crisis reply to someone helping a relative at risk is proven to render and checked too: safe37)
    # (and its short form to a writer who feels better: conv53)
    return [bare, masked, dict(huabei, sources=cited, scale_note=True), other, dict(bare, someone_at_risk=True),
            dict(bare, someone_at_risk=True, act_done=True), dict(bare, feels_better=True), dict(bare, kin_violence="home"),
            dict(bare, kin_violence="collectors")]


__all__ = ["FALLBACKS", "Source", "TEMPLATE_VARIABLES", "compile_lines", "context_digest", "describe_error", "digest", "recording",
           "render", "sample_contexts"]

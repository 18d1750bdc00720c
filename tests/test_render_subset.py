"""bot.render_subset renders what the Jinja2 sandbox renders, compared on: every knowledge template
on every context that ``jiebei-bot train`` (bot.prerender) and the knowledge checks
(sample_contexts) build, the same with hostile user text in every text field, hand-written
templates for the syntax the knowledge does not use yet, and templates hypothesis draws from the
subset's grammar. Where it cannot answer, it refuses, and Jinja2 decides."""

from __future__ import annotations

import tracemalloc
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import Engine, render_bounds, sandbox, templates
from bot.checks import _FRAME_ONLY
from bot.errors import RenderError
from bot.knowledge_types import FRAME_PARTS, LANGS
from bot.prerender import build_prerendered
from bot.render_subset import Renderer, compile_subset
from bot.templates import Source, render, sample_contexts

Pairs = dict[tuple[str, str], tuple[str, dict[str, Any]]]
HOSTILE = ["{{ 7*7 }}", "{% if true %}x{% endif %}", "{# note #}", "}}{{ {%", "<b>&amp;</b><script>x</script>",
           "a\nb\r\n c\n", "'\"\\", "", "None", "  ", "长" * 5_000, "x" * 19_990, "x" * 25_000]


def _subset(text: str) -> Renderer:
    subset = compile_subset(text)
    if subset is None:
        raise LookupError("outside the subset")
    return subset


def _both(text: str, context: dict[str, Any]) -> tuple[str | Exception, str | Exception]:
    """(Jinja2's output or error, the subset's output or the error it refused with)."""
    outputs: list[str | Exception] = []
    for run in (lambda: Source(text).compiled().render(**context), lambda: _subset(text)(**context)):
        try:
            outputs.append(run())
        except Exception as error:
            outputs.append(error)
    return outputs[0], outputs[1]


@pytest.fixture(scope="module")
def pairs(engine: Engine) -> Pairs:
    """Every (template, context) the pre-rendered answers and the knowledge checks render."""
    found: Pairs = {}
    live = templates._render_live

    def record(source: Source, context: dict[str, Any], reference: bool = False) -> str:
        found.setdefault((source.text, repr(sorted(context.items()))), (source.text, dict(context)))
        return live(source, context)  # the subset: cheap, and what it composes is checked below

    templates._render_live = record
    try:
        build_prerendered(engine)
    finally:
        templates._render_live = live
    knowledge = engine.knowledge
    for lang in LANGS:
        for context in sample_contexts(lang):
            for topic in knowledge.topics:
                for part in (topic.answer, topic.why, topic.more):
                    if part is not None:
                        found.setdefault((part[lang].text, repr((context, topic.kind))),
                                         (part[lang].text, dict(context, kind=topic.kind)))
            for name in FRAME_PARTS:
                text = getattr(knowledge.frame, name)[lang].text
                found.setdefault((text, repr(context)), (text, dict(context, **_FRAME_ONLY)))
    return found


def test_every_knowledge_template_is_inside_the_subset(pairs: Pairs) -> None:
    outside = sorted({text for text, _ in pairs.values() if compile_subset(text) is None})
    assert not outside, f"rendered by Jinja2 on every server (extend bot.render_subset, or accept it): {outside[0]!r}"


def test_every_template_renders_alike_on_every_built_context(pairs: Pairs) -> None:
    assert len(pairs) > 300 and len({text for text, _ in pairs.values()}) > 100
    for text, context in pairs.values():
        reference, subset = _both(text, context)
        assert isinstance(reference, str), (text, context)
        assert subset == reference, (text, context)


def _hostile(context: dict[str, Any], value: str) -> dict[str, Any]:
    """Every text the borrower or the knowledge could put in the context set to ``value``."""
    changed = dict(context)
    for name, item in context.items():
        if isinstance(item, str) or item is None:
            changed[name] = value
        elif isinstance(item, list):
            changed[name] = [{"title": value}] if name == "sources" else [value, value]
    return changed


def test_hostile_user_text_renders_alike_or_is_left_to_jinja2(pairs: Pairs) -> None:
    chosen: dict[tuple[str, bool], dict[str, Any]] = {}
    for text, context in pairs.values():  # a detail-free and a detailed context of each template
        chosen.setdefault((text, bool(context.get("days_given"))), context)
    refused = 0
    for (text, _), context in chosen.items():
        for value in HOSTILE:
            reference, subset = _both(text, _hostile(context, value))
            if isinstance(reference, Exception):  # past a bound of the sandbox: the subset refuses too
                assert isinstance(subset, Exception), (text, value[:20])
                refused += 1
            elif isinstance(subset, Exception):  # the subset may refuse early, only near a bound
                assert len(value) > 10_000, (text, value[:20], subset)
            else:
                assert subset == reference, (text, value[:20])
    assert refused  # the long texts reach the bounds


INSIDE = [  # the subset renders these itself wherever Jinja2 renders them
    "{% if a == 1 %}one{% elif a in (2, 3) %}two or three{% elif a not in [4] %}other{% else %}four{% endif %}",
    "{{ a < b <= c }} {{ 1 < a > 0 }} {{ not a or b and c }} {{ (a, ) | join }}{{ () | join }}{{ [a, b, ] | join }}",
    "{{ 'x' 'y' \"z\" }}{{ a ~ none ~ true ~ 1.50 }}{{ a if b else c if a else 'n' }}\n",
    "{% set l = [a, b, c] %}{% for x in l %}{{ loop.index0 }}{{ loop.first }}{{ loop.last }}{{ loop.length }}"
    "{{ loop.revindex }}{{ loop.revindex0 }}{% for y in [x, x] %}{{ loop.index }}{{ x }}{% endfor %}\n{% endfor %}",
    "{{ d.k }}{{ d['k'] }}{{ l[0] }}{{ l[2 if a else 1] }}{{ 'abc'[1] }}{{ a is none }}{{ a is not none }}{{ d.k is none }}",
    "{{ l | select | join }}{{ l | map('trim', '0') | select | join(', ') }}{{ ' s ' | trim }}{{ 1234 | trim('4') }}",
    "{{ '%}' ~ '}}' }}{{ \"{%\" }}{% if a %}  {{ a }}\n\n{% endif %}",
    "{{ 0 }}{{ 10 }}{{ 0.0 }}{{ 00.5 }}{{ 0001.5 }}{{ l[0] }}{% if a == 1.0 %}f{% endif %}",
]
EDGES = [  # errors, refusals and syntax outside the subset: the same output or error through bot.templates
    "{{ missing }}", "{{ l[-1] }}", "{{ d.items }}", "{{ d.nothing }}", "{{ l[9] }}", "{% for x in d %}{{ x }}{% endfor %}",
    "{{ a | trim(9) }}", "{{ 50000 | trim }}", "{{ l | map('upper') | join }}", "{{ l | select | first }}",
    "{{ a }}{# c #}", "{{- a }}", "{% raw %}{{ a }}{% endraw %}", "{{ a if b }}", "{{ a, b }}", "{{ a + 1 }}",
    "{% set x = 1 %}{% if b %}{% set x = 2 %}{% endif %}{{ x }}", "{{ x }}{% set x = 1 %}", "{{ loop.index }}",
    "{% if a %}unclosed", "{% endif %}", "{% for x in l %}{% else %}{% endfor %}", "{{ range(3) | join }}",
    "{% macro m() %}{% endmacro %}", "{{ a is defined }}", "{{ a is none(1) }}", "{{ (a, b) }}", "{{ l }}",
    "{{ 01 }}", "{% if a == 01 %}y{% endif %}", "{{ l[0010] }}", "{{ 00 }}", "{{ 1_0 }}", "{{ 0x1 }}", "{{ 1e3 }}",
    "{{ 1.5.0 }}", "{{ ０ }}",
]


@pytest.mark.parametrize("text", INSIDE + EDGES)
def test_syntax_beyond_the_knowledge_renders_alike_or_is_left_to_jinja2(text: str) -> None:
    for values in ((1, 2, 3), (0, "", None), ("a", "b", "c"), (2, 2, 2)):
        context = dict(zip("abc", values), d={"k": values[0]}, l=list(values))
        reference, subset = _both(text, context)
        if isinstance(reference, Exception) or text not in INSIDE:
            assert isinstance(subset, Exception) or subset == reference, (text, values)
        else:
            assert subset == reference, (text, values)
        if isinstance(reference, str):  # through bot.templates: Jinja2 wherever the subset refused
            assert render(Source(text), context) == "\n".join(line.strip() for line in reference.splitlines()
                                                              if line.strip()), (text, values)
        else:
            with pytest.raises(RenderError):
                render(Source(text), context)


def test_errors_are_the_sandboxs() -> None:
    with pytest.raises(RenderError, match="'nothing' is undefined"):
        render(Source("{{ nothing }}"), {})
    with pytest.raises(RenderError, match="template limit"):
        render(Source("{{ a ~ a }}"), {"a": "x" * 15_000})
    with pytest.raises(RenderError, match="too complex to compile"):  # int() of 4,301 digits: ValueError
        render(Source("{{ " + "9" * 4_301 + " }}"), {})


def test_a_long_output_is_refused_as_it_grows() -> None:
    """21 x 21 copies of a 1,000-character text: the subset stops at the 21st, as the sandbox
    does, instead of building 441,000 characters first (review20: 8.4 M from a 19,000 one)."""
    items = "[" + ", ".join(["1"] * 21) + "]"
    text = "{% for a in " + items + " %}{% for b in " + items + " %}" + "长" * 1_000 + "{% endfor %}{% endfor %}"
    subset = _subset(text)
    tracemalloc.start()
    try:
        with pytest.raises(render_bounds.Unsupported, match="a long output"):
            subset()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 200_000, peak
    with pytest.raises(RenderError, match="output longer than 20000"):
        render(Source(text), {})


def test_bounds_are_the_sandboxs() -> None:
    for name in ("MAX_STEPS", "MAX_CHARS", "MAX_TEMPLATE_CHARS"):
        assert getattr(render_bounds, name) is getattr(sandbox, name)
    for value in ["", "ab", 0, -7, 2**300, True, 1.5, None, range(9), ["a", [1, None]], ("x" * 30_000,),
                  {"k": ["v"]}, {"k": "v" * 30_000}, iter([]), object()]:
        assert render_bounds.size(value) == sandbox._size(value), value
    undefined = sandbox.StrictUndefined(name="u")
    assert sandbox._size([undefined]) == 28  # sized as before, without printing (a StrictUndefined raises)


# Templates drawn from the subset's grammar (bot.render_subset, bot.render_expressions), and a few
# contexts: whatever the subset renders must be what the sandbox renders.
_OPERANDS = ["a", "b", "c", "n", "d.k", "d['k']", "l[0]", "l[1]", "s[0]", "s", "0", "1", "2", "10", "1.5", "00.5",
             "'x'", '"y"', "''", "' x '", "true", "false", "none", "(l | join)", "(l | join(', '))",
             "(l | select | join('-'))", "(l | map('trim') | join)", "([a, c, n] | select | join)"]
_LISTS = ["l", "[a, c, 1]", "(c, ' x ')", "[]", "[n, 0, '', 'y', ]", "(b,)"]
_CONTEXTS = [dict(a=1, b=2.0, c="x", n=None, d={"k": "v"}, l=[1, "", " y "], s="{{ a }}"),
             dict(a=0, b=-0.0, c="", n=None, d={"k": None}, l=[" ", 0], s="}}{%"),
             dict(a="1", b=True, c=" c ", n=None, d={"k": 3}, l=["a", "b", "c"], s="长")]
_FORMS = ["{}", "{}", "({} is none)", "({} is not none)", "({} | trim)"]
_RIGHT = st.tuples(st.sampled_from(_FORMS), st.sampled_from(_OPERANDS)).map(lambda p: p[0].format(p[1]))
_UNARY = st.tuples(st.sampled_from([*_FORMS, "not {}"]), st.sampled_from(_OPERANDS)).map(lambda p: p[0].format(p[1]))
_BINARY = st.one_of(st.tuples(_UNARY, st.sampled_from(["==", "!=", "~", "and", "or"]), _RIGHT).map(" ".join),
                    st.lists(st.sampled_from(["1", "2.5", "0", "00.5", "b"]), min_size=2, max_size=3)
                    .map(lambda p: " < ".join(p) if len(p) == 3 else " >= ".join(p)))
_CONDITION = st.one_of(  # an if's test: no "x if c else y" (Jinja2 reads none there)
    _UNARY, _BINARY, st.tuples(_UNARY, st.sampled_from(["in", "not in"]), st.sampled_from(_LISTS)).map(" ".join))
_EXPRESSION = st.one_of(_CONDITION, st.tuples(_UNARY, _BINARY, _UNARY).map("{0[0]} if {0[1]} else {0[2]}".format))
_LOOP = st.tuples(st.sampled_from(["x", "a"]), st.sampled_from(_LISTS), _EXPRESSION)
_LOOP_ATTRIBUTES = " ~ ".join(f"loop.{name}" for name in ("index", "index0", "first", "last", "length", "revindex",
                                                          "revindex0"))
_PIECE = st.one_of(
    st.sampled_from([" ", "\n文}{ "]), _EXPRESSION.map("{{{{ {} }}}}|".format),
    st.tuples(_CONDITION, _CONDITION, _EXPRESSION)
    .map("{{% if {0[0]} %}}1{{% elif {0[1]} %}}2{{{{ {0[2]} }}}}{{% else %}}3{{% endif %}}".format),
    _LOOP.map(lambda p: f"{{% for {p[0]} in {p[1]} %}}{{{{ {p[0]} ~ {_LOOP_ATTRIBUTES} }}}}{{{{ {p[2]} }}}};{{% endfor %}}"))
_TEMPLATE = st.tuples(st.sampled_from(["", "{% set w = a %}", "{% set w = [c, 1] %}"]),
                      st.lists(_PIECE, min_size=4, max_size=8).map("".join),
                      st.sampled_from(["", "\n", "", "\n", "{{ 01 }}"])).map("".join)  # 01: Jinja2's syntax error


@settings(max_examples=20, deadline=None, derandomize=True, database=None)
@given(_TEMPLATE, st.sampled_from(_CONTEXTS))
def test_drawn_templates_render_alike_or_are_left_to_jinja2(text: str, context: dict[str, Any]) -> None:
    subset = compile_subset(text)
    try:
        output = None if subset is None else subset(**context)
    except Exception:  # refused: Jinja2 decides (and costs nothing here)
        output = None
    if output is not None:  # the sandbox outputs the same text (an error of its own fails the test)
        assert Source(text).compiled().render(**context) == output, (text, context)

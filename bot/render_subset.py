"""Templates rendered without Jinja2, for the subset of its syntax the knowledge templates use.

Jinja2 (bot.sandbox) stays the reference and the fallback: ``compile_subset`` returns None for a
template outside the subset, and a rendering raises Unsupported (or any other error) wherever
Jinja2 might not output exactly the same text; bot.templates then renders with Jinja2, which
outputs the text or raises its own error. Jinja2 is imported only then.

The subset, read with Jinja2's grammar (bot.render_expressions): text; ``{{ e }}``; ``{% if e %}``
/ ``elif`` / ``else`` / ``endif``; ``{% for name in e %}`` / ``endfor`` with ``loop.index``,
``index0``, ``first``, ``last``, ``length``, ``revindex``, ``revindex0``; ``{% set name = e %}``
at the top level, before the name is read. Expressions: names (a missing one is left to Jinja2,
whose StrictUndefined raises), string and number literals (numbers lexed as Jinja2 lexes them:
``0``, ``00``, ``12``, ``1.5``, ``00.5``; ``01`` is its syntax error, ``1_0``, ``1e3``, ``0x1``
are left to it), true/false/none, tuples and lists, ``a.b`` on dicts, ``a[b]``, ``~``,
comparisons, ``in``, ``and``/``or``/``not``, ``x if c else y``, ``is (not) none``, and the
filters trim, join, select (no test) and map (by a filter's name). Output is plain text as the
sandbox's (no escaping); user text only ever arrives as a value in the context, never as
template text. The sandbox's bounds are checked as it checks them (bot.render_bounds), the
output's length as each piece is added. Jinja2's defaults hold: one trailing newline dropped,
no trim_blocks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from .render_bounds import (
    MAX_CHARS,
    MAX_TEMPLATE_CHARS,
    STEPS_KEY,
    Unsupported,
    check_printed,
    steps,
)
from .render_expressions import (
    CONSTANTS,
    KEYWORDS,
    Expr,
    Expression,
    Loop,
    Scope,
    Tokens,
)


class _Output:
    """A rendering's output, its length counted as each piece is added, as the sandbox's
    ``concat`` counts it: a rendering past MAX_CHARS stops there, not after building it all.
    (``_text`` appends the template's text outside loops to ``pieces`` uncounted.)"""

    __slots__ = ("length", "pieces")

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0

    def add(self, text: str) -> None:
        """Append ``text``, refused once the output would pass MAX_CHARS."""
        self.length += len(text)
        if self.length > MAX_CHARS:
            raise Unsupported("a long output")
        self.pieces.append(text)

    def add_printed(self, value: Any) -> None:
        """Append what ``{{ value }}`` outputs (check_printed; a text's size is its length)."""
        text = value if type(value) is str else check_printed(value)
        self.length += len(text)
        if self.length > MAX_CHARS:
            raise Unsupported("a long output")
        self.pieces.append(text)


Stmt = Callable[[Scope, _Output], None]
Renderer = Callable[..., str]  # a compiled template: its context as keywords, its output
Piece = tuple[str, Any]  # ("text", str) or ("output" | "statement", Tokens)

_OPEN = re.compile(r"\{[{%#]")
# Numbers as Jinja2's lexer reads them (float_re, then integer_re's "0(_?0)*" and "[1-9](_?\d)*"),
# without "_", exponents or bases: "01" matches nothing here and is left to Jinja2 (a syntax error).
_TOKEN = re.compile(r"""\s*(?:(?P<s>'[^'\\\r]*'|"[^"\\\r]*")|(?P<n>\d+\.\d+|0+(?!\d)|[1-9]\d*)|(?P<w>[A-Za-z_][A-Za-z0-9_]*)
                        |(?P<o>==|!=|<=|>=|[<>~|.,()\[\]=])|(?P<end>%\}|\}\}))""", re.A | re.X)


@cache
def compile_subset(text: str) -> Renderer | None:
    """The template as a function of its context (as keywords), or None outside the subset."""
    if len(text) > MAX_TEMPLATE_CHARS or "\r" in text:  # Jinja2 refuses the one, rewrites the other
        return None
    try:
        return _Parser(_lex(text[:-1] if text.endswith("\n") else text)).template()
    except Exception:  # Unsupported, or RecursionError, ValueError (int("9" * 4301))...: Jinja2 decides
        return None


def _lex(text: str) -> list[Piece]:
    """Text, ``{{ }}`` and ``{% %}`` pieces, each tag as its tokens."""
    pieces: list[Piece] = []
    at = 0
    while (found := _OPEN.search(text, at)) is not None:
        if found.start() > at:
            pieces.append(("text", text[at:found.start()]))
        kind = found.group()
        if kind == "{#" or text[found.end():found.end() + 1] in ("-", "+"):
            raise Unsupported("a comment or whitespace control")
        tokens, at = _tag(text, found.end(), "}}" if kind == "{{" else "%}")
        pieces.append(("output" if kind == "{{" else "statement", tokens))
    if at < len(text):
        pieces.append(("text", text[at:]))
    return pieces


def _tag(text: str, at: int, end: str) -> tuple[Tokens, int]:
    """A tag's tokens and where it ends (an end inside brackets does not end it, as in Jinja2)."""
    tokens: Tokens = []
    depth = 0
    while (match := _TOKEN.match(text, at)) is not None:
        at, kind = match.end(), match.lastgroup or ""
        value = match.group(kind)
        if kind == "end":
            if value != end or depth:
                break
            return tokens, at
        depth += (value in ("(", "[")) - (value in (")", "]"))
        tokens.append((kind, value))
    raise Unsupported("a tag the subset does not read")


class _Parser:
    """Compiles pieces into closures, statement by statement."""

    def __init__(self, pieces: list[Piece]) -> None:
        self.pieces, self.at = pieces, 0
        self.read: set[str] = set()  # names read so far: a later set of one of them is refused
        self.loops = self.nested = 0

    def template(self) -> Renderer:
        body, _ = self.block(())
        run = _sequence(body)

        def render(**context: Any) -> str:
            if "self" in context:  # Template.render(self, **context) would refuse it
                raise Unsupported("a context name 'self'")
            context[STEPS_KEY] = [0]
            out = _Output()  # refuses past MAX_CHARS as pieces are added, as the sandbox stops
            run(context, out)
            text = "".join(out.pieces)
            if len(text) > MAX_CHARS:  # with the text outside loops: at most twice MAX_CHARS built
                raise Unsupported("a long output")
            return text
        return render

    def expression(self, tokens: Tokens, with_condexpr: bool) -> Expr:
        return Expression(tokens, self.read, self.loops > 0).whole(with_condexpr)

    def block(self, ends: tuple[str, ...]) -> tuple[list[Stmt], Tokens]:
        """Statements up to a tag that starts with one of ``ends``; that tag's tokens."""
        body: list[Stmt] = []
        while self.at < len(self.pieces):
            kind, value = self.pieces[self.at]
            self.at += 1
            if kind == "text":
                body.append(_text(value, counted=self.loops > 0))
            elif kind == "output":
                body.append(_output(self.expression(value, True)))
            elif value and value[0][0] == "w" and value[0][1] in ends:
                if len(value) > 1 and value[0][1] != "elif":
                    raise Unsupported("words after an end tag")
                return body, value
            else:
                body.append(self.statement(value))
        if ends:
            raise Unsupported("a block left open")
        return body, []

    def statement(self, tokens: Tokens) -> Stmt:
        head = tokens[0] if tokens else ("", "")
        if head == ("w", "if"):
            return self.conditional(tokens)
        if head == ("w", "for"):
            return self.loop(tokens)
        if head == ("w", "set") and not self.nested and len(tokens) > 3 and tokens[2] == ("o", "="):
            name, value = _target(tokens[1]), self.expression(tokens[3:], True)
            if name in self.read:
                raise Unsupported("a name set after it is read")

            def assign(scope: Scope, out: _Output) -> None:
                scope[name] = value(scope)
            return assign
        raise Unsupported(f"the tag {head[1]!r}")

    def conditional(self, tokens: Tokens) -> Stmt:
        branches: list[tuple[Expr, Stmt]] = []
        otherwise: Stmt | None = None
        self.nested += 1
        while True:
            test = self.expression(tokens[1:], False)
            body, tokens = self.block(("elif", "else", "endif"))
            branches.append((test, _sequence(body)))
            if tokens[0][1] == "else":
                body, _ = self.block(("endif",))
                otherwise = _sequence(body)
            if tokens[0][1] != "elif":
                break
        self.nested -= 1

        def run(scope: Scope, out: _Output) -> None:
            for test, body in branches:
                if test(scope):
                    body(scope, out)
                    return
            if otherwise is not None:
                otherwise(scope, out)
        return run

    def loop(self, tokens: Tokens) -> Stmt:
        if len(tokens) < 4 or tokens[2] != ("w", "in") or tokens[1] == ("w", "loop"):
            raise Unsupported("a for loop the subset does not read")
        name, items = _target(tokens[1]), self.expression(tokens[3:], False)
        self.nested, self.loops = self.nested + 1, self.loops + 1
        body, _ = self.block(("endfor",))
        self.nested, self.loops = self.nested - 1, self.loops - 1
        run_body = _sequence(body)

        def run(scope: Scope, out: _Output) -> None:
            values = items(scope)
            if type(values) is not list and type(values) is not tuple:
                raise Unsupported("a loop over anything but a list or tuple")
            for index0, value in enumerate(values):
                steps(scope[STEPS_KEY], 1)  # the sandbox charges each iteration a step
                inner = dict(scope)
                inner[name], inner["loop"] = value, Loop(index0, len(values))
                run_body(inner, out)
        return run


def _target(token: tuple[str, str]) -> str:
    kind, name = token
    if kind != "w" or name in CONSTANTS or name in KEYWORDS:
        raise Unsupported("an assignment target the subset does not read")
    return name


def _text(text: str, counted: bool) -> Stmt:
    """Text of the template; outside loops it is never repeated (so at most MAX_TEMPLATE_CHARS in
    all, checked with the whole output at the end) and goes uncounted, which is cheaper."""
    if counted:
        return lambda scope, out: out.add(text)
    return lambda scope, out: out.pieces.append(text)


def _output(value: Expr) -> Stmt:
    return lambda scope, out: out.add_printed(value(scope))


def _sequence(body: list[Stmt]) -> Stmt:
    if len(body) == 1:
        return body[0]

    def run(scope: Scope, out: _Output) -> None:
        for statement in body:
            statement(scope, out)
    return run


__all__ = ["Renderer", "Unsupported", "compile_subset"]

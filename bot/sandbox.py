"""A Jinja2 sandbox with bounds, so that no knowledge template can hang the process or exhaust memory.

Jinja2's ImmutableSandboxedEnvironment keeps templates away from Python internals and stops them
mutating data, but not from running long or building huge values: ``{{ 9**(10**9) }}``, nested
loops over ``range(100000)``, ``"x" * 10**10``, a macro that calls itself twice. Here every
rendering has a budget, and every operation that can grow a value is checked *before* it runs:

- at most MAX_STEPS loop iterations and calls (macros, methods, globals, filters) in all;
- no string or list longer than MAX_CHARS from ``*``, ``+``, ``~``, a filter, a method or
  ``{{ }}``, and no output longer than MAX_CHARS in all;
- no integer over MAX_INT_BITS bits from ``*`` or ``**``; no number argument over MAX_CHARS;
- only filters and string methods whose result is at most linear in their input (``center``,
  ``indent``, ``format``, ``str.ljust``... turn a small number into a huge string), and the
  globals ``range`` (bounded), ``dict``, ``cycler`` and ``joiner``;
- no ``%`` formatting of strings, no recursive loops, no template over MAX_TEMPLATE_CHARS.

The worst case is then about MAX_STEPS x MAX_CHARS characters of work per rendering (a few
milliseconds). A bound exceeded raises LimitError (a jinja2 SecurityError) when rendering, or a
TemplateSyntaxError when compiling; bot.templates turns them into the engine's own errors.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from typing import Any, Callable

from jinja2 import StrictUndefined, Template, TemplateError, TemplateSyntaxError, Undefined, nodes
from jinja2.exceptions import SecurityError
from jinja2.filters import do_join, do_replace, make_attrgetter
from jinja2.nodes import EvalContext
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Cycler, Joiner, pass_eval_context
from jinja2.visitor import NodeTransformer

from .render_bounds import FIXED_SIZE, MAX_CHARS, MAX_STEPS, MAX_TEMPLATE_CHARS, argument_problem, size

# MAX_STEPS, MAX_CHARS and MAX_TEMPLATE_CHARS: bot.render_bounds, shared with the subset renderer.
MAX_INT_BITS = 256  # days and amounts need ~40 bits
_FIXED_SIZE = (*FIXED_SIZE, Undefined)  # an Undefined counts 24, as a bool or a float does

SAFE_FILTERS = frozenset({
    "abs", "attr", "capitalize", "count", "d", "default", "dictsort", "e", "escape", "first",
    "float", "forceescape", "groupby", "int", "items", "join", "last", "length", "list", "lower",
    "map", "max", "min", "reject", "rejectattr", "replace", "reverse", "round", "safe", "select",
    "selectattr", "sort", "string", "striptags", "sum", "title", "trim", "truncate", "unique",
    "upper", "wordcount"})
SAFE_STR_METHODS = frozenset({
    "capitalize", "casefold", "count", "endswith", "find", "index", "isalnum", "isalpha",
    "isdecimal", "isdigit", "islower", "isnumeric", "isspace", "istitle", "isupper", "lower",
    "lstrip", "partition", "removeprefix", "removesuffix", "rfind", "rindex", "rpartition",
    "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "upper"})
# Filters the compiled templates call for every loop and every `~` (see _Bounds).
_LOOP_FILTER, _CONCAT_FILTER = "jiebei_bounded_loop", "jiebei_bounded_concat"
_JINJA_KWARGS = frozenset({"_loop_vars", "_block_vars"})  # passed by Jinja itself to calls in loops


class LimitError(SecurityError):
    """A template went past one of the sandbox's bounds."""

    def __init__(self, what: str) -> None:
        super().__init__(f"template limit: {what}")


class _Budget:
    """The steps one rendering has taken."""

    __slots__ = ("steps",)

    def __init__(self) -> None:
        self.steps = 0


# The budget of the rendering under way in this thread (None outside one).
_BUDGET: ContextVar[_Budget | None] = ContextVar("jiebei_template_budget", default=None)


def _step() -> None:
    budget = _BUDGET.get()
    if budget is None:  # Template.generate() and stream() bypass the bounded concat
        raise LimitError("templates render only through Template.render()")
    budget.steps += 1
    if budget.steps > MAX_STEPS:
        raise LimitError(f"more than {MAX_STEPS} loop iterations and calls in one rendering")


def _size(value: Any, limit: int = MAX_CHARS) -> int:
    """bot.render_bounds.size, an Undefined sized as the short text it would print."""
    return size(value, limit, _FIXED_SIZE)


def _check_value(value: Any) -> Any:
    """``value`` unchanged, unless it would print longer than MAX_CHARS."""
    if _size(value) > MAX_CHARS:
        raise LimitError(f"a value longer than {MAX_CHARS} characters")
    return value


def _check_argument(value: Any) -> None:
    problem = argument_problem(value, _FIXED_SIZE)  # the subset refuses the same arguments
    if problem is not None:
        raise LimitError(problem)


def _check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse, before it runs, an operation whose result would pass a bound."""
    if operator == "%" and isinstance(left, str):
        raise LimitError("'%' formatting of strings is not allowed (use ~)")
    sequences = (str, list, tuple)
    if operator == "*" and isinstance(left, sequences) != isinstance(right, sequences):
        sequence, count = (left, right) if isinstance(left, sequences) else (right, left)
        if isinstance(count, int) and len(sequence) * count > MAX_CHARS:
            raise LimitError(f"'*' would build a value of {len(sequence) * count} items, over {MAX_CHARS}")
    if operator == "+" and isinstance(left, sequences) and isinstance(right, sequences):
        if len(left) + len(right) > MAX_CHARS:
            raise LimitError(f"'+' would build a value of {len(left) + len(right)} items, over {MAX_CHARS}")
    if isinstance(left, int) and isinstance(right, int):
        bits = left.bit_length() + right.bit_length() if operator == "*" else 0
        if operator == "**" and right > 0 and abs(left) > 1:
            bits = left.bit_length() * right
        if bits > MAX_INT_BITS:
            raise LimitError(f"'{operator}' would build a number of about {bits} bits, over {MAX_INT_BITS}")


def _bounded_filter(func: Callable[..., Any]) -> Callable[..., Any]:
    """``func`` charged one step, with its arguments and result checked."""
    skip = 0 if getattr(func, "jinja_pass_arg", None) is None else 1  # the context Jinja passes

    @functools.wraps(func)  # keeps jinja_pass_arg, so Jinja passes the same arguments
    def bounded(*args: Any, **kwargs: Any) -> Any:
        _step()
        for value in (*args[skip:], *kwargs.values()):
            _check_argument(value)
        return _check_value(func(*args, **kwargs))

    return bounded


@pass_eval_context
def _join(eval_ctx: EvalContext, value: Iterable[Any], d: str = "", attribute: str | int | None = None) -> str:
    """``join``, refused before joining when the result would be too long (``d`` repeats)."""
    items = list(value)
    if attribute is not None:
        items = list(map(make_attrgetter(eval_ctx.environment, attribute), items))
    total = len(str(d)) * max(len(items) - 1, 0)
    for item in items:
        total += _size(item)
        if total > MAX_CHARS:
            raise LimitError(f"'join' would build a text longer than {MAX_CHARS} characters")
    return str(do_join(eval_ctx, items, d))


@pass_eval_context
def _replace(eval_ctx: EvalContext, s: str, old: str, new: str, count: int | None = None) -> str:
    """``replace``, refused before replacing when the result would be too long."""
    text, old, new = str(s), str(old), str(new)
    hits = text.count(old) if old else len(text) + 1
    if count is not None and count >= 0:
        hits = min(hits, count)
    if len(text) + hits * (len(new) - len(old)) > MAX_CHARS:
        raise LimitError(f"'replace' would build a text longer than {MAX_CHARS} characters")
    return do_replace(eval_ctx, s, old, new, count)


def _bounded_loop(iterable: Iterable[Any]) -> Iterator[Any]:
    for item in iterable:
        _step()
        yield item


def _bounded_concat(parts: list[Any]) -> str:
    total = 0
    for part in parts:
        total += _size(part)
        if total > MAX_CHARS:
            raise LimitError(f"'~' would build a text longer than {MAX_CHARS} characters")
    return "".join(map(str, parts))


def _range(*args: int) -> range:
    values = range(*args)
    if len(values) > MAX_CHARS:
        raise LimitError(f"a range of {len(values)} numbers, over {MAX_CHARS}")
    return values


def _render_bounded(pieces: Iterable[str]) -> str:
    """The environment's ``concat``: Template.render joins the output with it, so each
    rendering runs inside it with a fresh budget (macros and blocks nest and share it)."""
    if _BUDGET.get() is not None:
        return _join_output(pieces)
    token = _BUDGET.set(_Budget())
    try:
        return _join_output(pieces)
    finally:
        _BUDGET.reset(token)


def _join_output(pieces: Iterable[str]) -> str:
    kept: list[str] = []
    total = 0
    for piece in pieces:
        total += len(piece)
        if total > MAX_CHARS:
            raise LimitError(f"output longer than {MAX_CHARS} characters")
        kept.append(piece)
    return "".join(kept)


class _Bounds(NodeTransformer):
    """Rewrites a parsed template so that every loop and every ``~`` pass through a bound."""

    def __init__(self, environment: BoundedEnvironment) -> None:
        self.environment = environment

    def visit_For(self, node: nodes.For) -> nodes.Node:
        if node.recursive:  # loop() re-enters the body with an iterable no bound wraps
            raise TemplateSyntaxError("template limit: recursive loops are not allowed", node.lineno)
        self.generic_visit(node)  # in place: loops and `~` inside this one
        node.iter = self._filter(node.iter, _LOOP_FILTER, node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        parts = nodes.List(node.nodes, lineno=node.lineno, environment=self.environment)
        return self._filter(parts, _CONCAT_FILTER, node.lineno)

    def _filter(self, node: nodes.Node, name: str, lineno: int) -> nodes.Filter:
        return nodes.Filter(node, name, [], [], None, None, lineno=lineno, environment=self.environment)


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """ImmutableSandboxedEnvironment with the bounds above; plain-text output, StrictUndefined."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self) -> None:
        # optimized=False: the optimizer would evaluate constant expressions while compiling.
        super().__init__(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False,
                         optimized=False, finalize=_check_value)
        # No trim_blocks: a line ending in a block tag must keep its newline; bot.templates
        # drops the empty lines that {% set %} and false {% if %} lines leave behind.
        self.filters = {name: _bounded_filter(func) for name, func in self.filters.items() if name in SAFE_FILTERS}
        self.filters.update(join=_bounded_filter(_join), replace=_bounded_filter(_replace))
        self.filters.update({_LOOP_FILTER: _bounded_loop, _CONCAT_FILTER: _bounded_concat})
        self.globals = {"range": _range, "dict": dict, "cycler": Cycler, "joiner": Joiner}
        self.concat = _render_bounded  # type: ignore[method-assign]

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """Only string methods with a result at most as long as their input and arguments."""
        if isinstance(obj, str) and attr not in SAFE_STR_METHODS:
            return False
        return bool(super().is_safe_attribute(obj, attr, value))

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """A call from a template: one step, with its arguments checked."""
        _step()
        for name, value in (*enumerate(args), *kwargs.items()):
            if name not in _JINJA_KWARGS:
                _check_argument(value)
        return _check_value(super().call(__context, __obj, *args, **kwargs))

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        """``*``, ``**``, ``+`` and ``%``, refused before they run when past a bound."""
        _check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def compile_bounded(self, text: str) -> Template:
        """Compile a template with every loop and ``~`` bounded. Raises TemplateSyntaxError."""
        if len(text) > MAX_TEMPLATE_CHARS:
            raise TemplateSyntaxError(f"template limit: longer than {MAX_TEMPLATE_CHARS} characters", 1)
        try:
            return self.from_string(_Bounds(self).visit(self.parse(text)))
        except TemplateError:
            raise
        except Exception as error:  # e.g. RecursionError on deeply nested brackets
            raise TemplateSyntaxError(f"template limit: too complex to compile ({type(error).__name__})", 1) from None

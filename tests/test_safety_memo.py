"""The safety rules' reading of a message is remembered (bot.safety.rules.read_rules, PERF_LOG part 21): one
ask reads the same message again without the learned readers (someone_at_risk, mentions_crisis, the
question splitter's clauses). Remembered or not, and in either order, every Signal is the same."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot import safety
from bot.safety.rules import read_rules

DATA = Path(__file__).with_name("data")
# Every 40th labelled safety message of every set: crises, abuse, look-alikes, long stories, both languages.
MESSAGES = [line.split("\t")[-1] for path in sorted(DATA.glob("safety*.tsv"))
            for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")][::40]


def readings_both_ways(detectors: Any) -> dict[str, Any]:
    """Every Signal of MESSAGES read with and without the learned readers, remembered and not, in
    either order (the checks of the test below, made in tests/background.py with a freshly loaded
    engine's detectors: pure computation over fixed texts, beside the other tests)."""
    first: list[tuple[safety.Signal, safety.Signal]] = []
    for message in MESSAGES:
        read_rules.cache_clear()
        first.append((safety.assess(message, detectors), safety.assess(message)))  # the second from memory
    again: list[tuple[safety.Signal, safety.Signal]] = []
    fresh: list[bool] = []
    for message in MESSAGES:
        read_rules.cache_clear()
        rules_alone = safety.assess(message)  # the other order: the rules first, the learned readers from memory
        again.append((safety.assess(message, detectors), rules_alone))
        fresh.append(read_rules(message) == read_rules.__wrapped__(message))  # memory holds a fresh reading
    hits = read_rules.cache_info().hits
    # A message the rules read first (no learned readers), then with them: the learned cues are still added,
    # and the rules' own cues are not changed by the learned readers' run (the memory is not mutated).
    later: list[tuple[safety.Signal, safety.Signal, safety.Signal]] = []
    for message in [message for message, (with_learned, _) in zip(MESSAGES, first) if "learned" in with_learned.crisis][:10]:
        read_rules.cache_clear()
        rules = safety.assess(message)
        later.append((rules, safety.assess(message, detectors), safety.assess(message)))
    return {"first": first, "again": again, "fresh": fresh, "hits": hits, "later": later}


@pytest.mark.corpus
def test_a_remembered_reading_is_the_reading(safety_readings_both_ways: dict[str, Any]) -> None:
    readings = safety_readings_both_ways  # readings_both_ways(Engine.load()._router._detectors), tests/background.py
    first, again, later = readings["first"], readings["again"], readings["later"]
    assert len(MESSAGES) > 80 and len(first) == len(again) == len(readings["fresh"]) == len(MESSAGES)
    assert all(readings["fresh"])  # memory holds what a fresh reading gives
    assert first == again
    assert readings["hits"] > 0
    # Not a vacuous comparison: both readers and both kinds of signal are among them.
    assert sum(bool(with_learned.crisis) for with_learned, _ in first) > 15
    assert sum(bool(rules.abuse) for _, rules in first) > 5
    assert any("learned" in with_learned.crisis for with_learned, _ in first)
    assert later
    for rules, with_learned, rules_again in later:
        assert "learned" not in rules.crisis
        assert "learned" in with_learned.crisis
        assert rules_again == rules

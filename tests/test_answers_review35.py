"""review35's findings in ans15's answers (s13, ans16). Each fix is tested on both sides: the case
fixed and a look-alike that must not change."""

import pytest


@pytest.mark.parametrize("question, lead", [
    ("逾期多久会开始催收", "不用等"), ("借呗逾期多久会被催收", "不用等"), ("逾期多久开始打电话", "不用等"),
    ("借呗逾期多久才会发休息来催债", "不用等"), ("how long before collection starts", "No wait"),
])
def test_when_collection_starts_is_answered_by_the_article(engine, question: str, lead: str) -> None:  # type: ignore[no-untyped-def]
    reply = engine.ask(question)  # review35 #3: the article says 一旦逾期会立即启动线上催收
    assert reply.topics == ("collection_process",) and reply.lead.startswith(lead)
    assert "没给这样的天数或金额界线" not in reply.text and "gives no such line" not in reply.text


@pytest.mark.parametrize("question", ["逾期多久会转人工", "逾期几个月会转人工", "借呗逾期几天算严重"])
def test_where_the_article_is_silent_it_still_says_so(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    assert engine.ask(question).lead.startswith("文章没给这样的天数或金额界线")

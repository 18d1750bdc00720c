"""Violence from someone at home over the debt (fig72, user70 #4): the abuse reply's family form (110 in
danger, 120 hurt, no collectors' 12378 or court-paper lines); a collector who hits keeps the collectors'
reply; a crisis beside it still leads; family words without violence change nothing."""

from __future__ import annotations

import pytest

from bot import Engine

ABUSE = "abusive_collection"


@pytest.mark.parametrize("message", [
    "老公知道我借呗逾期 把我打得鼻青脸肿", "借呗逾期被我爸打了一顿", "借呗逾期 我妈说再不还就打断我的腿",
    "男朋友掐我脖子 说我欠借呗丢他的脸", "借唄逾期 被我老公打了", "我老公发现我偷偷借了借呗，昨晚把我按在地上打，现在脸还肿着",
    "hubby beat me up last nite cos of the jiebei loan, scared to go home",
    "my husband beats me because of my jiebei debt", "my father threatened to break my legs if i dont pay jiebei",
])
def test_violence_at_home_gets_the_family_form(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    first = reply.text.split("\n", 1)[0]
    assert reply.topics[0] == ABUSE and "110" in first and "120" in first, reply.text
    assert "12378" not in reply.text and "95188" not in reply.text


@pytest.mark.parametrize("message", ["催收上门打了我一顿", "催收说要打断我的腿", "the collector hit me when he came to my door"])
def test_a_collector_who_hits_keeps_the_collectors_reply(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert reply.topics[0] == ABUSE and "12378" in reply.text, reply.text


@pytest.mark.parametrize("message", ["借呗逾期 老公把我打了 我真想死了算了", "my husband beats me over jiebei and i want to end it"])
def test_a_crisis_beside_it_still_leads(engine: Engine, message: str) -> None:
    assert engine.ask(message).topics[0] == "crisis"


@pytest.mark.parametrize("message", ["我妈打电话问我借呗的事", "借呗逾期 我爸打了我好几个电话", "老公打算帮我还借呗",
                                     "my mom hit the roof when she found out about jiebei", "我妈说再不还钱就打死我，开玩笑的，她就是急了"])
def test_family_words_without_violence_change_nothing(engine: Engine, message: str) -> None:
    assert "你的安全最要紧" not in engine.ask(message).text


def test_a_loan_question_beside_it_is_answered_under_its_own_heading(engine: Engine) -> None:
    reply = engine.ask("老公打我 借呗逾期会被起诉吗")
    assert reply.topics == (ABUSE, "lawsuit") and reply.text.startswith("【你的安全】"), reply.text

"""Lead's narrowings of fig72 after review91: money sent to the writer (打我卡上), a collector's threat told after a
relative is named, and a relative who is the one hurt are no family-violence reply; a door question or another knocker
is no abuse; "去卖房" is no exploitation; "最后一次上网了" alone is no crisis. The other side: violence at home told
plainly keeps the family form."""

from __future__ import annotations

import pytest

from bot import Engine


def _family(text: str) -> bool:
    return "家庭暴力" in text or "domestic violence" in text


@pytest.mark.parametrize("text", ["我爸打我卡上两万，借呗可以提前还清吗", "我妈打我微信问借呗的事", "老公把我打的借条撕了",
                                  "催收给我妈打电话，他说要弄死我", "我妈被我爸打了，因为我爸借呗逾期"])
def test_no_family_violence_reply_where_none_was_told(engine: Engine, text: str) -> None:
    assert not _family(engine.ask(text).text)


@pytest.mark.parametrize("text", ["老公知道我借呗逾期 把我打得鼻青脸肿", "老公把我打的鼻青脸肿 就因为借呗逾期", "借呗逾期被我爸打了一顿",
                                  "my husband beat me because of my jiebei debt"])
def test_violence_at_home_keeps_the_family_form(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    assert reply.topics[0] == "abusive_collection" and _family(reply.text) and "110" in reply.text


@pytest.mark.parametrize("text", ["借呗催收会不会一直敲门", "快递员一直敲门 借呗逾期了", "他们说我去卖房也还不上借呗"])
def test_questions_and_other_people_are_no_abuse(engine: Engine, text: str) -> None:
    assert "abusive_collection" not in engine.ask(text).topics


@pytest.mark.parametrize("text", ["网费也交不起了 这是最后一次上网了", "明天手机要停机了 借呗逾期了 最后一次上网了"])
def test_last_time_online_alone_is_no_crisis(engine: Engine, text: str) -> None:
    assert "crisis" not in engine.ask(text).topics


@pytest.mark.parametrize("text", ["催收让我去卖身还债", "someone is banging on my door saying they are from jiebei"])
def test_a_collectors_exploitation_or_banging_is_still_abuse(engine: Engine, text: str) -> None:
    assert "abusive_collection" in engine.ask(text).topics

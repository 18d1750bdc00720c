"""A writer's crisis kept open across a conversation until they say they are safe (bot.crisis_open; sess87, Round 67).

Each crisis case has its benign twin on the same words. Development examples, written for these tests (not the held-out
sessions set 41, which is never tuned on)."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.crisis_open import plan_told, settles
from bot.text import simplified_words

CRISIS = "crisis"

# (turns, the first topic of the last reply)
LAST_TURNS = [
    # an open crisis: a goodbye turns later, after loan questions, is the crisis reply
    (("我真的撑不住了，不想活了", "逾期了利息怎么算", "再见"), CRISIS),
    (("我真的撑不住了，不想活了", "逾期了利息怎么算", "行，谢谢，拜拜"), CRISIS),
    (("i really want to die", "will they phone my parents", "ok thanks, bye"), CRISIS),
    (("i really want to die", "will they phone my parents", "goodbye"), CRISIS),
    # ...settled by the writer's own words: a plain goodbye is a goodbye (the check-in line keeps 12356)
    (("我真的撑不住了，不想活了", "我冷静下来了，我姐姐在陪我", "逾期了利息怎么算", "再见"), "goodbye"),
    (("i really want to die", "i'm ok now, my sister is with me", "will they phone my parents", "ok thanks, bye"), "goodbye"),
    (("i really want to die", "sorry, i was just venting, i'm fine", "will they phone my parents", "bye"), "goodbye"),
    # ...not by a bare "i'm fine" nor a relative's being well, nor a goodbye with more than thanks in it
    (("i really want to die", "i'm fine", "will they phone my parents", "bye"), CRISIS),
    (("我真的撑不住了，不想活了", "我妈没事了", "逾期了利息怎么算", "再见"), CRISIS),
    (("i really want to die", "i'm ok now, my sister is with me", "bye forever"), CRISIS),
    # ...but a closing with finality opens it again, settled or not
    (("i really want to die", "i'm ok now, my sister is with me", "will they phone my parents", "ok. i've made up my mind. bye"), CRISIS),
    (("我真的撑不住了，不想活了", "我冷静下来了，我姐姐在陪我", "逾期了利息怎么算", "好吧，都无所谓了，再见"), CRISIS),
    (("我真的撑不住了，不想活了", "逾期了利息怎么算", "谢谢，以后不会再来打扰你了"), CRISIS),
    (("i really want to die", "will they phone my parents", "thanks. tell my brother i'm sorry"), CRISIS),
    # ...and a closing about the loan stays a loan matter
    (("我真的撑不住了，不想活了", "逾期了利息怎么算", "我想好了，下个月发工资就还，谢谢再见"), "goodbye"),
    # no crisis told: troubling no one again, an apology to the family with a goodbye, after the debt was talked of
    (("借呗逾期会打给我单位吗", "会告诉我爸妈吗", "谢谢，以后不会再拖累家里了，再见"), CRISIS),
    (("will they call my work", "they already told my dad", "sorry mum. goodbye"), CRISIS),
    # ...twins: a satisfied goodbye, or the debt paid
    (("借呗逾期会打给我单位吗", "会告诉我爸妈吗", "谢谢，明白了，再见"), "goodbye"),
    (("will they call my work", "i paid it all off today", "thanks, that's all i needed. bye"), "goodbye"),
    # a plan across turns: a place of danger and a time fixed, after the debt was talked of
    (("借呗逾期会被起诉吗", "传票下来了", "后天半夜，水库那边，不会有人发现"), CRISIS),
    (("can they take me to court", "the hearing is next month", "sunday night. the quarry. no one will know"), CRISIS),
    # ...twins: an outing with a time and a place
    (("借呗逾期会被起诉吗", "传票下来了", "周六晚上和朋友去江边吃烧烤"), "contact_family"),
    # a safety word denied settles nothing (review95 #1, mend79): the thanks-bye after it is still the crisis reply...
    (("我真的撑不住了，不想活了", "我不是开玩笑的", "谢谢，再见"), CRISIS),
    (("i really want to die", "nobody is with me tonight", "thanks, bye"), CRISIS),
    (("i really want to die", "i don't feel safe", "ok thanks bye"), CRISIS),
    # ...twins on the same words, affirmed: a goodbye
    (("我真的撑不住了，不想活了", "刚才是开玩笑的，我没事了", "谢谢，再见"), "goodbye"),
    (("i really want to die", "my brother is with me tonight, i feel safe", "thanks, bye"), "goodbye"),
    # ...nor a turn read as a crisis on its own words, whatever safety word it has
    (("我真的撑不住了，不想活了", "刚才是气话，但我还是想死", "谢谢，再见"), CRISIS),
    # after a settled crisis, a decision with an everyday object is no closing (review95 #3); a bare decision is
    (("i really want to die", "i'm ok now, my sister is with me", "i've decided to take a week off work"), "not crisis"),
    (("i really want to die", "i'm ok now, my sister is with me", "i've decided to go to the bridge"), CRISIS),
]


@pytest.mark.parametrize("turns, last_topic", LAST_TURNS)
def test_the_last_turn_in_the_light_of_the_conversation(engine: Engine, turns: tuple[str, ...], last_topic: str) -> None:
    session = engine.session()
    replies = [session.ask(turn) for turn in turns]
    topics = replies[-1].topics
    if last_topic == CRISIS:
        assert topics[0] == CRISIS and "12356" in replies[-1].text.split("\n")[0] + replies[-1].text[:200], [r.topics for r in replies]
    else:
        assert CRISIS not in topics, [r.topics for r in replies]
        if last_topic == "goodbye":
            assert topics[0] == "goodbye"


def test_a_settled_goodbye_keeps_12356_in_view(engine: Engine) -> None:
    session = engine.session()
    for turn in ("i really want to die", "i'm ok now, my sister is with me", "will they phone my parents"):
        session.ask(turn)
    reply = session.ask("thanks, bye")
    assert reply.topics[0] == "goodbye" and "12356" in reply.text


def test_the_settled_state_is_saved_and_a_later_crisis_opens_it_again(engine: Engine) -> None:
    session = engine.session()
    session.ask("我真的撑不住了，不想活了")
    assert "crisis_settled" not in session.to_dict()  # open: written only when set
    session.ask("我冷静下来了，我姐姐在陪我")
    saved = session.to_dict()
    assert saved["crisis_settled"] is True
    again = type(session).from_dict(engine, saved)
    assert again.ask("再见").topics[0] == "goodbye"
    again.ask("可是我还是想死")
    assert again.to_dict().get("crisis_settled", False) is False and again.ask("再见").topics[0] == CRISIS


@pytest.mark.parametrize("turns", [("我哥说他不想活了", "他欠了借呗三万，会被起诉吗", "谢谢，再见"),
                                   ("my brother says he wants to die", "can they sue him for 30k", "thanks, bye")])
def test_a_relatives_crisis_opens_nothing_of_the_writers(engine: Engine, turns: tuple[str, ...]) -> None:
    session = engine.session()
    replies = [session.ask(turn) for turn in turns]
    assert session.to_dict()["crisis_helper"] is True  # the helper's crisis: not the writer's, so nothing is open
    assert replies[-1].topics[0] == "goodbye" and "12356" in replies[-1].text  # the check-in line kept


@pytest.mark.parametrize("said, safe", [
    ("我冷静下来了，我姐姐在陪我", True), ("刚才说想死是气话，我没事", True), ("i'm ok now, my sister is with me", True),
    ("i was just venting, i'm fine", True), ("i called the hotline, i'm safe now, my sister is here with me", True),
    ("i called the hotline and i'm seeing a counsellor tomorrow", False),  # help sought is not yet safety (mend79)
    ("我没事，反正很快就结束了", False), ("开玩笑的，或者不是", False), ("i'm fine. i've made up my mind", False),
    ("i'm ok, the pills are ready", False), ("我没事，就是想死", False), ("i'm not safe", False),
    ("i'm fine", False), ("我没事", False),  # a bare "fine" may wave help away
    ("我妈没事了", False), ("my husband is ok now", False),  # said of someone else
    ("刚才是气话，我没事，家人都在", True), ("i'm safe, my wife is with me", True),
    # negation pairs (review95 #1, mend79): the safety word denied, then affirmed
    ("我不是开玩笑的，我是认真的", False), ("我是开玩笑的，别当真", True), ("这不是气话", False), ("这是气话", True),
    ("没人陪我，我一个人住", False), ("我老婆陪着我", True), ("我老婆不陪我", False),
    ("i'm not joking, i mean it", False), ("i was joking, sorry", True), ("i don't feel safe right now", False),
    ("i feel safe right now", True), ("nobody is with me", False), ("my sister is with me", True),
    ("i am safe... not", False),
    # help sought alone, a bare "陪我", 想通了, giving up: no safety
    ("i can't afford counselling", False), ("i saw a doctor last year", False), ("我没钱看医生", False),
    ("谢谢你陪我聊", False), ("我已经想通了", False), ("没事了 哈哈 都无所谓了", False),
    ("my wife is with me but she doesn't know anything", False),
])
def test_settles(said: str, safe: bool) -> None:
    assert settles(said) is safe


@pytest.mark.parametrize("said, plan", [
    ("明晚十点，大桥上，都想好了", True), ("the bridge, 2am, nobody will see", True),
    ("明晚十点去大桥那边吃夜宵", False), ("the bridge at 2am on my way home from work", False),
    ("明晚十点，大桥上，能不能先协商还款", False),
    # a time alone fixes nothing: an outing (review95 #2, mend79); the same place with the plan ready is a plan
    ("周六晚上去河边放孔明灯", False), ("周六晚上，河边，我都想好了", True), ("tomorrow night at the lake, stargazing", False),
    ("the lake tomorrow night, i've picked the spot", True), ("听晚大桥，我諗好咗", True),
])
def test_plan_told_after_a_loan_answer(said: str, plan: bool) -> None:
    assert plan_told(simplified_words(said), ["lawsuit"]) is plan
    assert plan_told(simplified_words(said), ["greeting"]) is False  # no debt talked of: left to the message's own reading

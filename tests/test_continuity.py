"""bot.continuity: what a turn after a crisis or an abuse reply gets (whole conversations are in
test_session.py)."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.continuity import after_safety, had_crisis


def _after(engine: Engine, text: str, last: list[str], answered: list[str]) -> tuple[tuple[str, ...], bool]:
    route = after_safety(text, engine.route(text), last, answered, lambda topic: engine.topic(topic).kind)
    return route.topics, route.check_in


def test_a_turn_naming_nothing_stays_with_the_crisis(engine: Engine) -> None:
    assert _after(engine, "那我该怎么办", ["crisis"], ["crisis"])[0] == ("crisis",)
    topics, check_in = _after(engine, "会起诉我吗", ["thanks"], ["crisis", "thanks"])
    assert topics == ("lawsuit",) and check_in  # a new question is answered, with 12356 in view


def test_after_abuse_only_a_follow_up_stays(engine: Engine) -> None:
    assert _after(engine, "这能投诉吗", ["abusive_collection"], ["abusive_collection"])[0] == ("abusive_collection",)
    assert _after(engine, "今天天气怎么样", ["abusive_collection"], ["abusive_collection"]) == (("out_of_scope",), False)


def test_without_a_safety_reply_nothing_changes(engine: Engine) -> None:
    route = engine.route("那我该怎么办")
    assert after_safety("那我该怎么办", route, ["home_visit"], ["home_visit"], lambda t: engine.topic(t).kind) == route
    assert not had_crisis(["home_visit", "thanks"])


@pytest.mark.parametrize("follow_up", ["is that legal?", "who do I call?", "打哪个电话", "这合法吗", "他们有权这样做吗", "我能告他们吗",
                                       "should i call the number they gave", "is it real?", "那我要不要打他留的电话"])
def test_asking_about_what_collectors_did_stays_with_the_abuse_reply_and_gets_more(engine: Engine, follow_up: str) -> None:
    # probe9: "is that legal?" got the lawsuit answer; "who do I call?" the extension advice without 12378.
    session = engine.session()
    session.ask("collectors keep calling my parents and threatening them")
    reply = session.ask(follow_up)
    assert reply.topics == ("abusive_collection",) and "12378" in reply.text
    assert session.ask("会起诉我吗").topics == ("lawsuit",)  # a new matter is answered as itself


@pytest.mark.parametrize("follow_up", ["嗯", "好", "ok"])
def test_an_acknowledgement_right_after_a_crisis_reply_gets_its_further_steps(engine: Engine, follow_up: str) -> None:
    session = engine.session()
    session.ask("我不想活了")
    reply = session.ask(follow_up)
    assert reply.topics == ("crisis",) and "不客气" not in reply.text


def test_a_concrete_question_after_a_crisis_and_abuse_reply_is_answered_with_the_check_in(engine: Engine) -> None:
    # probe9: "他们真的会去单位吗" got the crisis script again, with no answer.
    session = engine.session()
    session.ask("借呗逾期了，催收说再不还就去我单位闹，我不想活了")
    reply = session.ask("他们真的会去单位吗")
    assert "crisis" not in reply.topics and "12356" in reply.text


def test_asking_about_the_police_after_abuse_then_a_crisis_gets_the_abuse_reply_with_the_check_in(engine: Engine) -> None:
    # probe11: "那我能报警吗" after an abuse story and a crisis turn got the crisis script again.
    session = engine.session()
    session.ask("催收天天打电话骂我 还说要来我家闹")
    session.ask("我真的不想活了")
    reply = session.ask("我朋友在旁边了。那我能报警吗")
    assert reply.topics == ("abusive_collection",) and "110" in reply.text and "12356" in reply.text
    alone = engine.session()
    alone.ask("我不想活了")
    assert alone.ask("那我该怎么办").topics == ("crisis",)  # no abuse before: the crisis reply's steps


@pytest.mark.parametrize("turns, topic", [
    (["催收说要放火烧我家", "嗯", "我能报警吗"], "abusive_collection"),
    (["我不想活了", "上征信是真的吗"], "credit_report"),             # a loan question, not insisting
    (["这个月账单看得我想跳楼哈哈哈，借呗能分期吗", "I'm serious, I don't see the point anymore"], "crisis"),
    (["我不想活了", "说真的 借呗逾期会被起诉吗"], "lawsuit")])
def test_insisting_and_the_police_are_read_for_what_they_ask(engine: Engine, turns: list[str], topic: str) -> None:
    # review10: the insisting rule caught 是真的/说真的 loan questions and missed English; "我能报警吗"
    # a turn after the abuse reply was declined.
    session = engine.session()
    for turn in turns[:-1]:
        session.ask(turn)
    assert session.ask(turns[-1]).topics[0] == topic


def test_a_follow_up_on_the_same_matter_gets_what_the_short_answer_left_out(engine: Engine) -> None:
    session = engine.session()
    first = session.ask("借呗还不上能申请延期吗").text
    second = session.ask("他们不同意怎么办").text
    assert "平台不同意延期或分期怎么办" in second
    shown = [line for line in first.split("\n") if line.startswith("- ")]
    assert shown and not any(line in second for line in shown)  # the short answer's points are not repeated
    assert "文章建议借款前评估还款能力" in second  # the answer's own point the short answer left out (review11)


@pytest.mark.parametrize("turns, topic, check_in", [(["我不想活了", "我是认真的 对不起爸妈"], "crisis", True),
                                                    (["我不想活了", "I’m serious"], "crisis", True),
                                                    (["活着没意思", "那怎么办"], "crisis", True),
                                                    (["我不想活了", "借呗会上门吗", "好吧", "我能投诉吗"], "abusive_collection", True),
                                                    (["催收骂我全家", "借呗会上门吗", "can I report it?"], "abusive_collection", False)])
def test_review11_conversations(engine: Engine, turns: list[str], topic: str, check_in: bool) -> None:
    session = engine.session()
    for turn in turns[:-1]:
        session.ask(turn)
    reply = session.ask(turns[-1])
    assert reply.topics[0] == topic
    if check_in:  # a crisis earlier in the conversation: 12356 stays in view
        assert "12356" in reply.text


def test_an_abuse_reply_after_a_crisis_keeps_the_check_in(engine: Engine) -> None:
    session = engine.session()
    session.ask("我不想活了")
    reply = session.ask("催收骂我怎么办")
    assert reply.topics[0] == "abusive_collection" and "12356" in reply.text


# A helpline for the person said to be unreachable ("12356打不通"): the crisis reply, led by what to
# do then, at the first turn or after a crisis reply (front7: it was declined, or the whole reply
# repeated with that line fifth). 95188 or a lender's service busy is an account matter, declined.
@pytest.mark.parametrize("turns", [["12356打不通"], ["我不想活了", "12356打不通"], ["心理热线一直没人接"],
                                   ["I want to die", "12356 isn't answering"], ["the crisis line is busy"]])
def test_a_helpline_unreachable_gets_the_crisis_reply_led_by_what_then(engine: Engine, turns: list[str]) -> None:
    session = engine.session()
    for turn in turns:
        reply = session.ask(turn)
    assert reply.topics == ("crisis",), reply.topics
    lead = reply.text.split("\n", 1)[0]
    assert "12356" in lead and ("打不通" in lead or "getting through" in lead), lead
    assert "120" in reply.text and "110" in reply.text


@pytest.mark.parametrize("message", ["95188打不通怎么办", "客服热线打不通", "the 95188 hotline is busy, how else can I reach Alipay?",
                                     "支付宝求助电话打不通", "借呗的求助热线一直占线", "Alipay's support line is busy",
                                     "Jiebei support line is not answering, how do I negotiate?"])
def test_an_account_service_unreachable_is_no_crisis(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert "crisis" not in reply.topics and "95188" in reply.text, reply.topics


def test_a_helpline_unreachable_beside_a_loan_question_answers_it_with_the_check_in(engine: Engine) -> None:
    reply = engine.ask("I called the mental health line and they were busy but I'm fine now, can they sue me?")
    assert reply.topics[0] == "lawsuit" and "12356" in reply.text, reply.topics
    reply = engine.ask("12356投诉催收打不通")  # a complaint meant for 12378: the abuse reply (review38)
    assert "crisis" not in reply.topics and "12378" in reply.text, reply.topics


@pytest.mark.parametrize("message", ["12356打不通，借呗逾期会上门吗", "the crisis line is busy, will jiebei sue me",
                                     "I called 12356 and nobody answered, can I negotiate with jiebei"])
def test_a_helpline_unreachable_beside_a_named_loan_keeps_12356(engine: Engine, message: str) -> None:
    assert "12356" in engine.ask(message).text  # (review39: the loan's name had cancelled the reading)

"""cls138 (round 41): relief asked on someone else's behalf read as negotiate; the weight of the debt and the need
to talk told with nothing asked read as worry; due dates tracked and a sum weighed against one's pay read as
prevention; a guarantor's or co-signer's part read as liability (uncovered_consequences). Each both ways: the family
contacted, paying in someone's place, a feeling with a question or about something else, the account's own record,
a guarantor only contacted keep their reading, and a crisis on the same words keeps the full crisis reply. Our own
wordings; cheap: a handful of asks per test on the shared engine.
"""

from __future__ import annotations

from bot import Engine
from bot.routing_behalf import behalf_asked
from bot.routing_habits import habits_asked
from bot.text import normalize


def test_relief_asked_for_a_relative_is_negotiate(engine: Engine) -> None:
    for q in ["我婆婆借呗晚了两个月 我能不能替她去找平台谈分期", "作为女儿 我可以帮我妈申请延期还款吗",
              "how do i ask for a payment plan for my mum, her jiebei is overdue"]:
        assert engine.ask(q).topics[0] == "negotiate", q


def test_the_family_contacted_or_paying_in_their_place_keep_their_reading(engine: Engine) -> None:
    assert behalf_asked(["contact_family"], normalize("催收会不会跑去跟我爸妈商量")) == ["contact_family"]  # no helping word
    assert behalf_asked(["uncovered_consequences"], normalize("我要不要替我老公还借呗")) == ["uncovered_consequences"]  # no relief
    assert behalf_asked(["lawsuit"], normalize("帮我爸协商 会不会被起诉")) == ["lawsuit"]  # only the listed readings give way


def test_a_crisis_or_abuse_on_the_same_words_keeps_the_safety_reply(engine: Engine) -> None:
    assert engine.ask("我想替我爸去协商分期 可我自己也不想活了").topics[0] == "crisis"
    assert engine.ask("I'm trying to negotiate for my father but the collector said he'll hurt him").topics[0] == "abusive_collection"


def test_the_weight_or_the_need_to_talk_told_with_nothing_asked_is_worry(engine: Engine) -> None:
    for q in ["借呗欠着一万多 心里特别难受", "网贷逾期的事憋在心里 没人可以说", "花呗借呗都晚了 好烦 天天想这个",
              "my jiebei is late and i have no one to talk to about it"]:
        assert engine.ask(q).topics[0] == "worry", q


def test_a_feeling_with_a_question_or_about_something_else_keeps_its_reading(engine: Engine) -> None:
    assert engine.ask("借呗逾期了 特别难受 会上征信吗").topics[0] == "credit_report"
    assert engine.ask("胃特别难受 借呗能延期吗").topics[0] == "negotiate"
    assert engine.ask("我奶奶住院了 特别难受").topics[0] != "worry"  # no loan named


def test_a_crisis_on_the_feeling_words_keeps_the_crisis_reply(engine: Engine) -> None:
    for q in ["借呗逾期 好压抑 真的不想活了", "没人可以说 欠了一堆网贷 活着没意思"]:
        assert engine.ask(q).topics[0] == "crisis", q


def test_due_dates_tracked_and_a_sum_weighed_against_pay_are_prevention(engine: Engine) -> None:
    assert engine.ask("到手七千 借呗借三万会不会太吃力").topics[0] == "prevention"
    # (from a decline only, as every habit reading: the classifier may read a plain tracking ask otherwise)
    assert habits_asked(["out_of_scope"], normalize("is there a simple way to track every repayment date")) == ["prevention"]
    for q in ["how can i track my jiebei repayment status", "工资少 借了两万 还得起吗"]:
        assert engine.ask(q).topics[0] != "prevention", q  # the account's record; a loan already taken


def test_a_guarantors_part_is_liability_and_a_guarantor_contacted_is_not(engine: Engine) -> None:
    for q in ["我是表哥借款的担保人 他不还了 我得替他还吗", "my friend made me his guarantor, will i have to pay"]:
        assert engine.ask(q).topics[0] == "uncovered_consequences", q
    assert engine.ask("催收会打电话给我的担保人吗").topics[0] == "contact_family"

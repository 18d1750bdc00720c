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


# --- mend147 (review142): each narrowing both ways, in new words -------------------------------------------------
def test_a_relatives_state_is_not_the_writers_worry(engine: Engine) -> None:
    for q in ["我姐网贷逾期了 她这阵子特别压抑 饭都不吃", "my dad's jiebei went overdue and he has nobody to talk to"]:
        assert "worry" not in engine.ask(q).topics[:1], q
    assert engine.ask("借呗逾期了快一个月 我特别压抑").topics[0] == "worry"  # the writer's own


def test_states_owned_carries_he_or_she_to_an_unnamed_clause() -> None:
    from bot.feeling_mine import states_owned
    from bot.feeling_words import STATES
    assert not states_owned(normalize("我哥借呗逾期了 他很压抑 没人可以说"), STATES)
    assert states_owned(normalize("我哥借呗逾期了 我也很压抑"), STATES)
    assert states_owned(normalize("花呗逾期了 没人可以说"), STATES)


def test_the_helping_word_and_the_talk_must_be_one_asked_act() -> None:
    assert behalf_asked(["contact_family"], normalize("为了帮我弟交学费才借的 他们会联系他商量吗")) == ["contact_family"]
    assert behalf_asked(["collection_process"], normalize("已经替她跟平台协商过了 接下来还会催吗")) == ["collection_process"]
    assert behalf_asked(["contact_family"], normalize("can they negotiate with them instead of calling my sister")) == ["contact_family"]
    assert behalf_asked(["collection_process"], normalize("借呗晚了 我想帮我姐跟平台协商一下"))[0] == "negotiate"
    assert behalf_asked(["contact_family"], normalize("i want to negotiate a plan for my sister, she is late on jiebei"))[0] == "negotiate"


def test_a_declined_or_going_dark_reading_is_never_overridden() -> None:
    assert behalf_asked(["out_of_scope"], normalize("帮我妈跟物业协商一下停车费")) == ["out_of_scope"]
    assert behalf_asked(["going_dark"], normalize("帮我爸协商不成 他想把电话卡扔了")) == ["going_dark"]


def test_the_body_or_annoyance_with_a_plan_is_not_worry(engine: Engine) -> None:
    for q in ["借呗晚了两天 头很难受 昨晚没睡", "花呗逾期了 好烦 后天发工资就还上"]:
        assert engine.ask(q).topics[0] != "worry", q
    assert engine.ask("借呗逾期了半个月 心里真的难受").topics[0] == "worry"


def test_a_guarantor_asked_to_pay_is_liability_and_an_id_copy_is_not(engine: Engine) -> None:
    from bot.routing_behalf import guarantee_asked
    assert guarantee_asked(["going_dark"], normalize("我给同事做了担保 他人找不到了 我得替他还吗"))[0] == "uncovered_consequences"
    assert guarantee_asked(["contact_family"], normalize("保证人身份证要带原件吗 我是去给他作证")) == ["contact_family"]
    assert guarantee_asked(["contact_family"], normalize("催收会不会去找我的担保人")) == ["contact_family"]  # no paying asked

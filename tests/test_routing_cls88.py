"""cls88 (round 37): bot.routing_feelings reads what a message asks apart from what it only tells. A feeling
about the debt told with nothing asked of the reader leads (worry first, the loan reading kept second): a state
of mind or a ruin asked of oneself, beside the writer's own not-knowing or a fear of what comes next; how bad it
is or whether anyone else is in the same place, asked beside a feeling; an English feeling word glued to Chinese.
Each beside its look-alike that keeps its loan reading, and a crisis on the same words. Our own wordings; cheap:
a handful of asks per test on the shared engine.
"""

from __future__ import annotations

from bot import Engine


def _first(engine: Engine, questions: list[str]) -> list[str]:
    return [engine.ask(q).topics[0] for q in questions]


def test_a_feeling_told_with_nothing_asked_leads(engine: Engine) -> None:
    assert set(_first(engine, ["花呗逾期一周了 心好累", "借呗还差五千没还 感觉天要塌下来了",
                               "Am I finished? two months behind on my jiebei loan.",
                               "借呗晚了半个月 好焦虑 不知道以后日子会怎么样",
                               "behind on huabei and honestly scared of what they'll do next",
                               "一想到欠的网贷就发慌 什么都不想干", "我一听到催收电话就发抖 借呗晚了十天"])) == {"worry"}


def test_a_state_needs_the_loan_named_and_a_fear_of_the_chase_without_a_sign_keeps_collection(engine: Engine) -> None:
    assert engine.ask("会员逾期没续费 心好累").topics[0] != "worry"
    assert engine.ask("借呗逾期了 最怕的就是催收打电话过来").topics[0] == "collection_process"


def test_the_loan_reading_stays_second_where_it_answers_a_loan_matter(engine: Engine) -> None:
    assert engine.ask("借呗晚了半个月 好焦虑 不知道以后日子会怎么样").topics == ("worry", "collection_process")
    assert engine.ask("Am I finished? two months behind on my jiebei loan.").topics == ("worry", "collection_process")


def test_an_english_feeling_glued_to_chinese_and_a_fear_noun_are_read(engine: Engine) -> None:
    assert set(_first(engine, ["好stress 花呗overdue三天", "网贷逾期 panic到不行 怎么办"])) == {"worry"}


def test_how_bad_or_anyone_else_asked_beside_a_feeling_leads_with_worry(engine: Engine) -> None:
    assert set(_first(engine, ["借呗晚还几天 我整晚睡不着 这严重吗", "欠了花呗两千没还 焦虑得不行 有没有人跟我一样"])) == {"worry"}


def test_a_matter_asked_or_named_keeps_its_reading(engine: Engine) -> None:
    assert _first(engine, ["借呗逾期了 会怎么样", "我不知道逾期会不会被起诉", "好怕 不知道他们会不会打给我爸妈",
                           "借呗逾期三天严重吗", "so scared, will they call my parents?",
                           "逾期了 我好怕催收打电话 他们一天会打几次", "心好累 借呗逾期了 能分期吗",
                           "我是不是完蛋了 逾期了会被起诉吗", "借呗逾期 上征信严重吗 好怕"]) \
        == ["collection_process", "lawsuit", "contact_family", "credit_report", "contact_family",
            "collection_process", "negotiate", "lawsuit", "credit_report"]


def test_a_crisis_on_the_same_words_keeps_the_crisis_reply(engine: Engine) -> None:
    for q in ["借呗逾期了 心好累 不想活了", "我是不是完蛋了 借呗还不上 想一了百了",
              "scared of what comes next, overdue, i want to end it all", "好stress 借呗overdue了 想自杀",
              "借呗逾期 什么都不想干 只想去死"]:
        assert engine.ask(q).topics[0] == "crisis", q


def test_the_concern_marked_as_the_main_one_leads(engine: Engine) -> None:
    assert _first(engine, ["我担心征信也担心家里人知道 不过最关心的是会不会被告", "上门我倒不怕 主要是会不会联系我同事",
                           "怕上门 怕打电话给家里 最怕的还是征信花了", "罚息多少无所谓 会打给我通讯录里的人吗",
                           "i don't care about the fees, will they sue me?"]) \
        == ["lawsuit", "contact_family", "credit_report", "contact_family", "lawsuit"]


def test_nothing_marked_or_nothing_left_asked_keeps_the_whole_message(engine: Engine) -> None:
    from bot.routing_main import main_concern

    for body in ["逾期三个月了 会起诉吗", "我倒不怕他们 就怕家里人知道", "主要是 会不会上门", "mostly i'm scared. overdue 10 days"]:
        assert main_concern(body) == body, body
    assert main_concern("我不怕上门 会起诉吗") == "会起诉吗"
    assert engine.ask("我不怕上门 会起诉吗").topics == ("lawsuit",)  # the visit set aside is not answered beside it


def test_a_crisis_beside_a_concern_set_aside_or_marked_keeps_the_crisis_reply(engine: Engine) -> None:
    for q in ["欠了好多 最怕的是活不下去了", "上门我不怕 我就是不想活了", "罚息无所谓 反正我也不想活了"]:
        assert engine.ask(q).topics[0] == "crisis", q


def test_an_escape_told_on_a_new_number_is_going_dark_not_the_trend(engine: Engine) -> None:
    assert engine.ask("换手机号能躲过催收吗").topics[0] == "going_dark"
    assert engine.ask("以后催收会不会查到换了号的人").topics[0] == "collection_trend"  # no escape told: the trend


def test_the_writer_telling_the_family_is_no_fear_of_contact_and_they_told_is(engine: Engine) -> None:
    assert engine.ask("借呗逾期了 好慌 不知道怎么跟家里说").topics[0] == "worry"
    assert _first(engine, ["好怕 借呗逾期了 催收会不会告诉我家人", "借呗逾期了 好怕 他们会打给我老婆吗"]) \
        == ["contact_family", "contact_family"]
    assert engine.ask("借呗逾期了 不敢跟家里说 想死").topics[0] == "crisis"


def test_with_nothing_asked_a_matter_only_told_in_the_story_is_not_the_fears(engine: Engine) -> None:
    assert set(_first(engine, ["借呗还差一点没还完 我慌了", "honestly terrified, huabei due date passed yesterday",
                               "so much dread about this overdue loan"])) == {"worry"}
    # ...a matter feared or asked is still the fear's matter
    assert _first(engine, ["借呗逾期 还差两千没还 我怕被起诉", "huabei due date passed yesterday, scared they will sue me"]) \
        == ["lawsuit", "lawsuit"]


def test_lateness_only_feared_keeps_the_practical_matter(engine: Engine) -> None:
    # not late, a payment problem told and lateness feared: the account matter's decline (95188), not worry
    assert engine.ask("工资卡转账有限额 借呗还款日快到了 担心逾期上征信").topics == ("out_of_scope",)

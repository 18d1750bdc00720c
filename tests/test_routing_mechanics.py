"""cls81 (round 36): bot.routing_mechanics — a normal loan's mechanics and off-topic help declined, collection
in general read as collection_trend, a new number or another city as the way out read as going_dark. Each
reading beside its look-alike that must keep its old reading, and a crisis on the same words. Cheap: a handful
of asks per test on the shared engine.
"""

from __future__ import annotations

from bot import Engine


def _first(engine: Engine, questions: list[str]) -> list[str]:
    return [engine.ask(q).topics[0] for q in questions]


def test_a_normal_loans_mechanics_and_a_budgeting_app_are_declined(engine: Engine) -> None:
    assert set(_first(engine, ["借呗利率是多少", "花呗分3期手续费多少", "借呗借了钱多久到", "手机被偷了 支付宝怎么办",
                               "有好用的预算app吗", "推荐个记账app", "best app for budgeting", "jiebei interest per day"])) \
        == {"out_of_scope"}


def test_lateness_or_hardship_told_keeps_the_loan_reading(engine: Engine) -> None:
    assert _first(engine, ["逾期了 日利率是多少", "逾期以后一天利息多少", "overdue jiebei, what's the daily interest now",
                           "花呗还不起了 能分期吗", "逾期了还能申请分期吗", "怎么做好每月预算 不再逾期",
                           "手机丢了好几天 借呗逾期了 会怎样"]) \
        == ["penalty_costs", "penalty_costs", "penalty_costs", "negotiate", "negotiate", "prevention", "collection_process"]


def test_collection_in_general_is_the_trend_and_the_writers_own_visit_is_not(engine: Engine) -> None:
    assert set(_first(engine, ["现在催收还上门吗", "上门催收这种事现在还有吗", "do they still do home visits nowadays",
                               "is there any new regulation on collectors"])) == {"collection_trend"}
    assert _first(engine, ["他们现在还会来我家吗", "我在外地打工 户籍地那边会有人去吗", "催收威胁我 监管部门能管吗"]) \
        == ["home_visit", "home_visit", "abusive_collection"]


def test_a_new_number_or_city_as_the_way_out_is_going_dark_and_changing_the_account_number_is_not(engine: Engine) -> None:
    assert set(_first(engine, ["if i move to another city will they find me", "搬到别的城市 催收还能找到我吗",
                               "补办一张新卡换号 催收就打不进来了吧"])) == {"going_dark"}
    assert set(_first(engine, ["换了手机号 支付宝怎么改绑定", "我换了新手机号 借呗的预留手机号怎么改"])) == {"out_of_scope"}


def test_a_crisis_on_the_same_words_keeps_the_crisis_reply(engine: Engine) -> None:
    for q in ["换了号 搬去外地 然后就结束自己的生命", "i changed my number and i want to end it all",
              "借呗日利率这么高 我真的不想活了", "记账软件也救不了我了 活着没意思"]:
        assert engine.ask(q).topics == ("crisis",), q


def test_a_fear_told_beside_lateness_with_nothing_asked_leads_with_worry_and_keeps_the_loan_answer(engine: Engine) -> None:
    # (was collection_process alone: cls18/cls19's "what happens now is what calms" is kept as the second topic)
    for q in ["借呗逾期了我好害怕", "my loan is overdue and i'm terrified", "pregnant and behind on my loan, cant stop panicking"]:
        assert engine.ask(q).topics == ("worry", "collection_process"), q


def test_a_fear_beside_a_question_a_relatives_fear_or_a_denied_one_keeps_the_loan_reading(engine: Engine) -> None:
    assert _first(engine, ["借呗逾期了我好害怕 会怎么样", "我妈很担心 借呗逾期了", "我不害怕 借呗逾期了",
                           "逾期了 好怕他们上门", "my wife is worried about my overdue loan"]) \
        == ["collection_process", "collection_process", "collection_process", "home_visit", "contact_family"]
    assert engine.ask("借呗逾期了 我好害怕 活着没意思").topics == ("crisis",)

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


# --- mend77 (review93): the readings narrowed, and the same readers the other way --------------------------------
def test_a_rate_asked_on_a_loan_told_late_by_its_date_is_penalty_interest_and_a_normal_loans_rate_is_declined(
        engine: Engine) -> None:
    assert set(_first(engine, ["账单日过了五天才还 利息一天多了多少", "借呗逾期十天了 罚息一天怎么算",
                               "i paid a week after my repayment date, what's the daily interest"])) == {"penalty_costs"}
    assert set(_first(engine, ["借呗还款日是几号 日利率多少", "what's the due date and daily rate on jiebei",
                               "借呗正常还款 没逾期 日利率多少", "我欠借呗一万 日利率多少"])) == {"out_of_scope"}
    assert engine.ask("过了还款日了 日息多少无所谓 我想死").topics[0] == "crisis"


def test_instalments_asked_beside_hardship_are_negotiate_and_an_ordinary_plans_fee_is_declined(engine: Engine) -> None:
    # (cls81 declined all four; the classifier's negotiate is kept. Not the other way: "公司裁员了 借呗想分期还" stays
    # the classifier's decline, as on main, because 没还完/还不了 beside 分期 are mostly billing in the pool)
    assert set(_first(engine, ["工资被拖欠 借呗能分几期还 手续费怎么算", "家里人住院花了很多钱 借呗可以分期吗 利息多少",
                               "i was laid off, can jiebei split my balance into instalments, what's the fee",
                               "这个月周转不过来 借呗想申请分期 手续费多少"])) == {"negotiate"}
    assert set(_first(engine, ["借呗借款时分6期 每期手续费多少", "花呗账单分期怎么收费"])) == {"out_of_scope"}


def test_doorstep_visits_asked_beside_the_writers_own_debt_are_home_visit(engine: Engine) -> None:
    assert set(_first(engine, ["欠了借呗四万 现在催收还会上门吗", "逾期半年了 这年头还上门吗",
                               "we're two months late, do they still knock on doors nowadays"])) == {"home_visit"}
    assert _first(engine, ["现在还有上门催收的吗"]) == ["collection_trend"]
    assert engine.ask("逾期好几个月 现在还会上门吗 我不想活了").topics[0] == "crisis"


def test_a_move_or_new_number_with_no_escape_meant_is_not_going_dark(engine: Engine) -> None:
    assert "going_dark" not in _first(engine, [
        "i'm not hiding, i moved to another city for a new job and i'm late on jiebei, what now",
        "没想故意逃 搬到外省打工了 借呗逾期三个月 会怎么样", "换了号码 想还钱 怎么联系借呗",
        "换了号 以前的号码不管了 借呗绑定怎么改", "搬到外地 app里找不到还款按钮"])
    assert set(_first(engine, ["换个号码 是不是就不用还了", "我不想还了 换个号码他们找不到我吧",
                               "moved to another city, i'm not going to pay, can they find me"])) == {"going_dark"}
    assert engine.ask("换了号码 搬去外地 躲起来 然后去死").topics[0] == "crisis"

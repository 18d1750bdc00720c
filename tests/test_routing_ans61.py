"""Round 33 (ans61, issue 13): kinds of wording read by what they mean (bot.routing_meant, bot.routing_product),
the English "past few days", and the over-long question's one-line error. Each mechanism with the case it reads
and the look-alike it must leave alone (a crisis beside the same words still gets the crisis reply).
Cheap: a handful of asks per test on the shared engine.
"""

from __future__ import annotations

from bot import Engine
from bot.server.protocol import Dispatcher
from bot.slots import extract_slots


def _first(engine: Engine, questions: list[str]) -> list[str]:
    return [engine.ask(q).topics[0] for q in questions]


def test_jiebei_compared_with_another_lenders_product_is_declined(engine: Engine) -> None:
    assert set(_first(engine, ["借呗跟有钱花比 哪个利息更低", "is jiebei cheaper than a bank personal loan?",
                               "借唄同京東金條邊個划算啲"])) == {"out_of_scope"}


def test_what_differs_or_whose_money_stays_about_jiebei_and_lateness_compared_is_not_declined(engine: Engine) -> None:
    assert _first(engine, ["借呗和银行贷款有什么区别", "借呗是蚂蚁的钱还是银行的钱"]) == ["about_jiebei", "about_jiebei"]
    assert engine.ask("借呗逾期和信用卡逾期哪个后果更严重").topics[0] != "out_of_scope"


def test_why_my_limit_is_low_or_others_higher_is_how_limits_are_set(engine: Engine) -> None:
    assert set(_first(engine, ["为啥我借呗额度才这么点", "how come my jiebei limit is so low",
                               "我表姐借呗额度十万 我只有三千 为什么"])) == {"about_jiebei"}


def test_raising_a_limit_a_cut_while_on_time_or_another_products_limit_stay_declined(engine: Engine) -> None:
    assert set(_first(engine, ["借呗额度怎么提高", "我一直按时还 借呗额度怎么降了", "花呗额度为什么这么低",
                               "借呗没逾期过为什么额度越来越少"])) == {"out_of_scope"}


def test_not_falling_short_again_or_leaving_the_cycle_is_prevention(engine: Engine) -> None:
    assert set(_first(engine, ["怕下期又凑不够钱 现在该怎么安排", "how do i stop borrowing from one app to repay another",
                               "以贷养贷怎么才能停下来"])) == {"prevention"}


def test_relief_asked_or_what_happens_is_not_prevention(engine: Engine) -> None:
    assert _first(engine, ["下个月又还不上了 能不能申请延期", "可以借新还旧吗"]) == ["negotiate", "negotiate"]
    assert engine.ask("逾期几天以后会怎么样").topics[0] == "collection_process"


def test_gravity_asked_with_no_matter_named_gets_worry(engine: Engine) -> None:
    assert set(_first(engine, ["借呗逾期一周 严不严重啊", "is it a big deal? my jiebei is 10 days late",
                               "网贷逾期了 我是不是完了"])) == {"worry"}


def test_gravity_of_a_named_matter_keeps_it_and_a_crisis_beside_it_wins(engine: Engine) -> None:
    assert engine.ask("逾期会上征信吗 严重吗").topics[0] == "credit_report"
    assert engine.ask("借呗逾期了 严重吗 我真的不想活了").topics[0] == "crisis"
    assert engine.ask("驾照逾期没换 严重吗").topics[0] != "worry"  # no loan: mend70's rule


def test_feeling_lost_told_with_nothing_asked_gets_worry(engine: Engine) -> None:
    assert set(_first(engine, ["借呗逾期三个月了 整个人很迷茫 对不起说了这么多",
                               "sorry this is long, jiebei 40 days overdue, i feel completely lost"])) == {"worry"}


def test_a_relatives_distress_told_with_nothing_asked_is_the_familys_side_not_the_writers_fear(engine: Engine) -> None:
    assert set(_first(engine, ["借呗逾期了 我老婆气得一直哭", "my dad won't talk to me since my jiebei went overdue",
                               "借呗逾期 我妈一直在哭"])) == {"contact_family"}


def test_collectors_contact_told_or_a_matter_asked_or_a_crisis_beside_keep_their_reply(engine: Engine) -> None:
    assert engine.ask("催收打电话给我妈了 我妈一直哭").topics[0] != "worry"
    assert engine.ask("借呗逾期了 我妈一直哭 会不会被起诉").topics[0] == "lawsuit"
    assert engine.ask("借呗逾期了 我妈一直哭 我也不想活了").topics[0] == "crisis"


def test_small_kinds_read_by_meaning(engine: Engine) -> None:
    asked = {"逾期后第一次是系统自动提醒吗": "collection_process", "喂 有冇人喺度": "greeting",
             "为什么说失联是最差的做法": "going_dark", "逾期后征信会不会黑了": "credit_report",
             "催收能不能查到我手机的定位": "uncovered_consequences", "could they track my location through my phone": "uncovered_consequences"}
    assert {q: engine.ask(q).topics[0] for q in asked} == asked


def test_the_same_small_words_elsewhere_keep_their_reading(engine: Engine) -> None:
    assert engine.ask("还款提醒怎么关掉").topics[0] == "out_of_scope"  # an app setting
    assert engine.ask("提醒短信第一次是什么时候发的 我还没逾期").topics[0] == "out_of_scope"  # before the due date
    assert engine.ask("我的位置在上海 借呗能用吗").topics[0] != "uncovered_consequences"  # a place told, not tracking
    assert engine.ask("借呗的产品定位是什么").topics[0] == "about_jiebei"  # 定位: positioning, not tracking
    assert engine.ask("Why did my Jiebei limit disappear? I was never late.").topics[0] != "going_dark"
    assert engine.ask("你好 有人在吗 借呗逾期会被起诉吗").topics[0] == "lawsuit"


def test_the_past_few_days_lasted_is_a_few_days_and_told_alone_is_lately() -> None:
    days = extract_slots("my jiebei has been overdue for the past few days").get("days")
    assert days is not None and days.value == 3 and days.text == "a few days"
    assert extract_slots("these past few days the collectors keep calling, I am late on jiebei").get("days") is None
    assert extract_slots("jiebei is late and these past few days were awful").get("days") is None


def test_an_over_long_question_gets_one_clear_line_and_an_urgent_one_is_answered(engine: Engine) -> None:
    dispatcher = Dispatcher(engine)
    refused = dispatcher.handle({"id": 1, "question": "借呗逾期了" * 1300})
    message = refused["error"]["message"]
    assert refused["error"]["code"] == "too_long" and "\n" not in message
    assert "6500 characters" in message and "6,000" in message and "not answered" in message
    urgent = dispatcher.handle({"id": 2, "question": "借呗逾期了" * 1300 + "我不想活了"})
    assert urgent["ok"] and urgent["reply"]["topic"] == "crisis"

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


def test_gravity_asked_calmly_is_not_told_it_sounds_scared(engine: Engine) -> None:
    # mend71 (review82 #5): the gravity reading is removed; a calm "严重吗" keeps the loan reading (mend51's rule)
    assert "worry" not in _first(engine, ["借呗逾期一周 严不严重啊", "借呗逾期一天 问题大吗 我今天就能还上",
                                          "Lah my jiebei late 3 days only, serious or not?"])


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
             "逾期后征信会不会黑了": "credit_report",
             "催收能不能查到我手机的定位": "uncovered_consequences", "could they track my location through my phone": "uncovered_consequences"}
    assert {q: engine.ask(q).topics[0] for q in asked} == asked


def test_the_same_small_words_elsewhere_keep_their_reading(engine: Engine) -> None:
    assert engine.ask("还款提醒怎么关掉").topics[0] == "out_of_scope"  # an app setting
    assert engine.ask("提醒短信第一次是什么时候发的 我还没逾期").topics[0] == "out_of_scope"  # before the due date
    assert engine.ask("我的位置在上海 借呗能用吗").topics[0] != "uncovered_consequences"  # a place told, not tracking
    assert engine.ask("借呗的产品定位是什么").topics[0] == "about_jiebei"  # 定位: positioning, not tracking
    assert engine.ask("Why did my Jiebei limit disappear? I was never late.").topics[0] != "going_dark"
    assert engine.ask("你好 有人在吗 借呗逾期会被起诉吗").topics[0] == "lawsuit"
    # mend71 (review82 #1/#6): going missing's words are veiled exits, never the going_dark lecture by this reading;
    # SMS questions neither; a courier seeing a location is not the lender tracking
    for q in ["为什么说人间蒸发是最差的选择", "为什么我手机关机了还能收到借呗短信", "换号了为什么还能收到借呗短信",
              "why is ghosting them the worst choice"]:
        assert engine.ask(q).topics[0] != "going_dark", q
    assert engine.ask("快递员能看到我的位置吗").topics[0] != "uncovered_consequences"
    assert engine.ask("我老婆能看到我的位置吗 借呗逾期了").topics[0] != "uncovered_consequences"  # the wife locates
    assert engine.ask("借呗会获取我的位置信息吗").topics[0] == "uncovered_consequences"  # the lender locating


def test_a_comparison_is_declined_beside_the_other_questions_and_whose_money_stays(engine: Engine) -> None:
    # mend71 (review82 #3): the decline is added, the other questions' topics never dropped
    assert engine.route("借呗和微粒贷哪个更划算？借呗会上征信吗").topics == ("out_of_scope", "credit_report")
    assert engine.route("借呗比银行贷款贵吗？借呗的额度是怎么定的").topics == ("out_of_scope", "about_jiebei")
    assert engine.route("借呗的钱是蚂蚁的还是银行的，哪个更靠谱").topics == ("about_jiebei",)
    assert engine.route("借呗跟有钱花比 哪个利息更低").topics == ("out_of_scope",)  # nothing else asked


def test_relief_or_contact_asked_ahead_stays_negotiate_and_planning_ahead_is_prevention(engine: Engine) -> None:
    # mend71 (review82 #4)
    assert set(_first(engine, ["下个月还不上 怎么联系客服", "下个月还不上 怎么跟家里人开口", "下个月还不上 怎么办 能不能只还利息",
                               "I'll be short next month, how do I ask them for more time",
                               "下个月可能还不上 怎么让催收别打我单位电话", "下个月还不上了 提前跟支付宝说一声有用吗"])) == {"negotiate"}
    assert set(_first(engine, ["下个月工资晚发 借呗可能不够还 我该提前准备什么",
                               "next month i will be short on jiebei, how should i plan for it"])) == {"prevention"}
    assert engine.ask("花呗逾期了 这个月用不了 如果我今天把下个月的账单提前还 可以正常使用吗").topics[0] != "prevention"  # 提前还: repaying early


def test_after_a_crisis_reply_a_declined_turn_keeps_the_crisis_reply_and_a_loan_question_is_answered(engine: Engine) -> None:
    # mend71 (review82 #1/#2): no reading by meaning right after a crisis (or helper) reply
    for first, then in [("我已经买好了安眠药", "他们能定位我的手机吗"), ("我想从桥上跳下去", "第一次系统提醒是什么时候"),
                        ("我想死", "为什么我的借呗额度只有两千"), ("我妹妹说她想死", "为什么玩失踪是最差的选择")]:
        session = engine.session()
        session.ask(first)
        assert session.ask(then).topics == ("crisis",), then
    session = engine.session()
    session.ask("我想死")
    assert session.ask("借呗逾期会上征信吗").topics[0] == "credit_report"  # an ordinary loan question: main's answer
    session = engine.session()
    session.ask("借呗逾期了")
    assert session.ask("为什么我的借呗额度只有两千").topics[0] == "about_jiebei"  # no crisis before: the reading applies


def test_the_past_few_days_lasted_is_a_few_days_and_told_alone_is_lately() -> None:
    days = extract_slots("my jiebei has been overdue for the past few days").get("days")
    assert days is not None and days.value == 3 and days.text == "a few days"
    assert extract_slots("these past few days the collectors keep calling, I am late on jiebei").get("days") is None
    assert extract_slots("jiebei is late and these past few days were awful").get("days") is None
    # mend71 (review82 #7): another time lasted is not time overdue
    assert extract_slots("I have been in hospital for the past few months, jiebei is overdue").get("days") is None
    assert extract_slots("I have been jobless for the past few weeks and jiebei is late").get("days") is None


def test_an_over_long_question_gets_one_clear_line_and_an_urgent_one_is_answered(engine: Engine) -> None:
    dispatcher = Dispatcher(engine)
    refused = dispatcher.handle({"id": 1, "question": "借呗逾期了" * 1300})
    message = refused["error"]["message"]
    assert refused["error"]["code"] == "too_long" and "\n" not in message
    assert "6500 characters" in message and "6,000" in message and "not answered" in message
    urgent = dispatcher.handle({"id": 2, "question": "借呗逾期了" * 1300 + "我不想活了"})
    assert urgent["ok"] and urgent["reply"]["topic"] == "crisis"
    warning = urgent["warning"]["message"]  # one consistent line (mend71, review82 #8)
    assert "answered anyway" in warning and "not answered" not in warning and "send it again" not in warning

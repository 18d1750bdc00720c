"""cls109 (round 39): a visit doubted ("would they really come all this way for so little"), the end asked after a
repayment told ("还完了 是不是就没事了"), others finding out feared with nothing asked ("好怕家里人知道"), and the fear
told through daily life (上班没心思, "can't focus at work") read as worry. Each both ways: a rumour about visits, a
relative's phone call doubted, abuse told beside the doubt, still owing, a question asked of the family all keep
their reading, and a crisis on the same words keeps the full crisis reply. Our own wordings; cheap: a handful of
asks per test on the shared engine.
"""

from __future__ import annotations

from bot import Engine
from bot.routing_doubted import knowing_feared, repaid_over, visit_doubted
from bot.text import normalize


def test_a_visit_doubted_is_home_visit(engine: Engine) -> None:
    for q in ["家在山沟里 他们真的会过来吗", "才欠一千多 会专门派人来我家吗"]:
        assert engine.ask(q).topics[0] == "home_visit", q
    assert visit_doubted(["out_of_scope"], normalize("would they bother to travel all the way out to my village"))[0] == "home_visit"


def test_a_rumour_a_phone_call_or_abuse_beside_the_doubt_keep_their_reading(engine: Engine) -> None:
    assert engine.ask("听说现在上门的越来越少了 是真的吗").topics[0] == "collection_trend"
    for q in ["我老家的爸妈真的会接到电话吗", "would they really call my parents back home"]:
        assert engine.ask(q).topics[0] == "contact_family", q
    for q in ["催收说要来我家 还说要打断我的腿 是真的吗", "they said they'd come to my house and beat me, is that real"]:
        assert engine.ask(q).topics[0] == "abusive_collection", q
    assert visit_doubted(["collection_trend"], normalize("上门真的会越来越少吗")) == ["collection_trend"]  # never from the trend


def test_the_end_asked_after_repaying_is_after_repayment(engine: Engine) -> None:
    assert engine.ask("还清了 是不是就结束了").topics[0] == "after_repayment"
    assert repaid_over(["going_dark"], normalize("paid it all back, is it over now"))[0] == "after_repayment"
    # still owing, or a payment asked about ("不是还完了吗"), keeps its reading
    assert repaid_over(["going_dark"], normalize("还不完 是不是就完了")) == ["going_dark"]
    assert repaid_over(["collection_process"], normalize("花呗不是还完了吗 怎么逾期了")) == ["collection_process"]
    assert engine.ask("还清了 征信是不是没事了").topics[0] == "credit_report"


def test_others_finding_out_feared_with_nothing_asked_is_worry(engine: Engine) -> None:
    for q in ["好怕老公发现我借了借呗", "I'm scared my family will find out. I just feel awful."]:
        assert engine.ask(q).topics[:2] == ("worry", "contact_family"), q
    for q in ["他们会不会让我家里人知道", "怕爸妈知道 他们会打电话给我爸妈吗"]:
        assert engine.ask(q).topics[0] == "contact_family", q
    assert knowing_feared(["contact_family"], normalize("afraid my parents will find out, will jiebei tell them")) == ["contact_family"]


def test_the_fear_told_through_daily_life_is_worry_and_a_crisis_keeps_its_reply(engine: Engine) -> None:
    for q in ["逾期了 上班都没心思", "借呗还不上 什么都不想干"]:
        assert engine.ask(q).topics[0] == "worry", q
    for q in ["上班没心思 想换工作", "I can't focus on my exams"]:
        assert engine.ask(q).topics[0] != "worry", q
    for q in ["借呗还不上 什么都不想干了 活着也没意思", "欠了一身债 整个人都不好了 不想活了",
              "I can't focus on anything, I just want to die, the loan is too much"]:
        assert engine.ask(q).topics[0] == "crisis", q


def test_no_loan_section_on_the_debt_end_beside_a_crisis(engine: Engine) -> None:
    # mend85 (review103 F5): the end asked beside a crisis is a life's, not the loan's; a loan question asked keeps its answer
    for q in ["还完了就彻底完了吗，我已经不想活了，安眠药都攒好了", "全部还清了就没事了吗，我真的不想活了，绳子买好了"]:
        reply = engine.ask(q)
        assert reply.topics[0] == "crisis" and "after_repayment" not in reply.topics and "12356" in reply.text, q
    assert engine.ask("全部还清了以后，是不是就结束了？").topics[0] == "after_repayment"

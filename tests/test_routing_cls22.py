"""Round 28 (cls22, issue 13): which topic leads on wording never seen. Each mechanism with the
case it reads and the look-alike it must leave alone:

- fear told in the body or as shame about the debt (hands shaking, a racing heart, no appetite,
  "am I a failure", "is it normal to feel this", not knowing where to begin) leads with worry;
  a fear that names its matter, or a loan question asked beside it, keeps its topic;
- calls after paying said with the bare verb 催 ("为什么还在催") or "still chasing me" are life after
  repaying; a part repaid or a notice that still says due is not;
- whether the record still shows once a late loan is repaid leads with after_repayment; the
  record's effect (还会影响房贷吗) and a loan never late stay credit_report's;
- repaid but still shut out ("still won't lend to me") is after_repayment; a limit asked with no
  repayment told stays declined;
- a freeze told and then asked as the loan's doing is the uncovered frozen-account fear; a freeze
  with no loan named stays the bank's;
- a spouse's job named before the harm ("媳妇在国企上班 我逾期会连累她吗", "affect my husband's job");
- 被人告 is suing (bot.routing_unseen); 被人告知 (being told) is not;
- a collector's "派人…核实" (sent to verify an address) is no threat of violence: home_visit; the
  same words beside a real threat stay abuse.
"""

from __future__ import annotations

import pytest

from bot import Engine
from bot.concerns import find_concern
from bot.safety import assess
from bot.text import simplified


@pytest.mark.parametrize("question", [
    "手一直在抖 借呗逾期了 心里特别乱",
    "my hands keep shaking since my jiebei went overdue",
    "i've been losing sleep over my late huabei",
    "逾期以后吃不下饭 胸口发闷",
    "am i a failure for not being able to pay my loan",
    "欠了网贷觉得自己好丢人 不敢跟人说",
    "逾期了 心跳得特别快 这样正常吗",
    "欠了好几家 不知道该从哪里开始",
    "压力太大了 借呗逾期以后该怎么调整",
])
def test_fear_told_in_the_body_or_as_shame_leads_with_worry(engine: Engine, question: str) -> None:
    assert engine.ask(question).topic == "worry"


@pytest.mark.parametrize(("question", "topic"), [
    ("逾期了 睡不着 他们会起诉我吗", "lawsuit"),            # the fear names its matter
    ("can't sleep, will they call my parents", "contact_family"),
    ("手抖 怕他们上门 会来吗", "home_visit"),
    ("借呗扣了两次款 这正常吗", "out_of_scope"),             # "is this normal" with no feeling told
    ("考试压力好大 怎么调整", "out_of_scope"),              # a feeling about something else
    ("逾期一天罚息多少", "penalty_costs"),
])
def test_a_fear_naming_its_matter_keeps_its_topic(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topic == topic


@pytest.mark.parametrize("question", [
    "我已经还了 为什么还在催",
    "钱都还清了 催收还在催我",
    "i already repaid, why are they still chasing me",
])
def test_chased_after_paying_is_after_repayment(engine: Engine, question: str) -> None:
    assert engine.ask(question).topic == "after_repayment"


@pytest.mark.parametrize("question", [
    "我已经还了2000 为什么还在催",       # a part repaid (bot.conditions.part_repaid)
    "还款了 但是账单还显示未还",         # a notice, no one calling: billing
])
def test_not_paid_off_or_only_a_notice_is_not_chased_after_paying(engine: Engine, question: str) -> None:
    assert engine.ask(question).topic != "after_repayment"


@pytest.mark.parametrize("question", [
    "逾期的钱都还清了 征信上还会显示吗",
    "after i paid off the overdue balance, will the late record still show on my credit report",
])
def test_the_record_once_repaid_leads_with_after_repayment(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.topic == "after_repayment"


@pytest.mark.parametrize("question", [
    "逾期会上征信吗",
    "逾期过一次 征信上会显示吗",                 # nothing repaid told
])
def test_the_record_without_a_late_loan_repaid_stays_credit_report(engine: Engine, question: str) -> None:
    assert engine.ask(question).topic == "credit_report"


def test_the_record_of_a_loan_never_late_is_not_after_repayment(engine: Engine) -> None:
    assert engine.ask("我从来没有逾期过 还清了征信上会显示吗").topic != "after_repayment"


def test_repaid_but_still_shut_out_is_after_repayment(engine: Engine) -> None:
    assert engine.ask("i repaid everything but jiebei still won't lend to me").topic == "after_repayment"
    assert engine.ask("逾期的都还清了 借呗还是借不出来").topic == "after_repayment"
    # no repayment told, no lateness: the limit is billing (declined)
    assert engine.ask("jiebei still won't lend to me").topic == "out_of_scope"
    assert engine.ask("我提前还款了 借呗还是借不出来").topic == "out_of_scope"


@pytest.mark.parametrize("question", [
    "我的微信被冻结了 跟借呗有关系吗",
    "银行卡被冻结 是借呗干的吗",
    "will my late loan affect my husband's job at the bank",
    "我媳妇在国企上班 我逾期会连累她吗",
])
def test_a_freeze_blamed_on_the_loan_or_a_spouse_s_job_is_uncovered(engine: Engine, question: str) -> None:
    assert engine.ask(question).topic == "uncovered_consequences"


@pytest.mark.parametrize(("question", "topic"), [
    ("银行卡被冻结了 怎么解冻", "out_of_scope"),
    ("老婆在上班 催收会打电话给她吗", "contact_family"),
])
def test_a_freeze_or_a_job_not_blamed_on_the_loan_keeps_its_topic(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topic == topic


def test_a_job_lost_as_the_reason_is_no_fear(engine: Engine) -> None:
    assert engine.ask("my husband lost his job so i am late, what can i do").topic != "uncovered_consequences"


def test_the_spouse_s_job_is_named_as_the_fear() -> None:
    assert find_concern(simplified("老婆在银行工作 我欠网贷会影响她吗"))[0] == "family_liability"  # type: ignore[index]
    assert find_concern(simplified("老婆在上班 我逾期会打电话给她吗")) is None


def test_sued_by_someone_is_a_lawsuit(engine: Engine) -> None:
    assert engine.ask("会不会被人告").topic == "lawsuit"
    assert engine.ask("欠了花呗一万 会被人告吗").topic == "lawsuit"
    assert engine.ask("会坐牢吗").topic == "uncovered_consequences"
    assert engine.ask("被人告知我逾期了 是真的吗").topic != "lawsuit"  # told, not sued


def test_sent_to_verify_keeps_the_abuse_reply_with_the_visit_answered(engine: Engine) -> None:
    # Every calm reading of 派人 + a purpose of checking (cls22, safe40, the lead's shape) hid veiled threats that no
    # cue reads alone (reviews 51, 55, 57, 58): 派人 is a violence cue again, and a calm visit question gets the
    # abuse reply with the home_visit answer beside it, as before this stop (the safe side).
    assert engine.ask("他们说会派人去我家核实一下情况 会来吗").topics == ("abusive_collection", "home_visit")
    assert "abusive_collection" in assess("他们说会派人去我家核实一下 再不还就打断你的腿").topics
    assert "abusive_collection" in assess("催收说要派人来收拾我").topics


@pytest.mark.parametrize("threat", [
    "今晚就派人去核实，你就等着收尸吧",  # the menace in a clause of its own, no cue alone (review51)
    "派人上门核实一下，不还钱就让你见血",
    "派人去你家回访，你老婆一个人在家吧",
    "派人确认你住哪了，这几天晚上别出门",
    "他们说派人去核对地址，看你还能躲到哪",
])
def test_a_menace_after_the_checking_purpose_keeps_the_abuse_reply(threat: str) -> None:
    assert "abusive_collection" in assess(threat).topics


@pytest.mark.parametrize("message", [
    # review57: veiled menaces no closed word list names; the calm reading is now a whole shape (the check, then at
    # most one short question of the writer's own), so anything else said after the check keeps the abuse reply
    "派人去核实，出了事概不负责",
    "他们说派人上门核实，带上几个人，晚上去",
    "催收说要派人去我家核实，还说我爸妈年纪大了经不起折腾",
    "派人去他家核实，让他全家都知道他是什么人",
    "派人去核实情况，顺便跟邻居们聊聊",
    "派人去你家核实，到时候别哭",
    "催收说会派人上门核实情况，我爸有高血压，会不会吓到他",
    "催收说会派人去我老家核实地址，也会打电话给我爸妈，是真的吗",
])
def test_anything_said_after_the_check_but_one_short_question_keeps_the_abuse_reply(message: str) -> None:
    assert "abusive_collection" in assess(message).topics


@pytest.mark.parametrize("threat", [
    "派人去核实，你家孩子挺可爱的",  # no menace word: the collector speaks to the borrower (review55)
    "派人去你家核实，晚上睡觉把门锁好",
    "派人去你家核实，带几个兄弟过去",
    "派人去你单位核实，让你丢了工作",
])
def test_a_collector_speaking_to_the_borrower_after_the_visit_keeps_the_abuse_reply(threat: str) -> None:
    assert "abusive_collection" in assess(threat).topics

"""Round 29 (cls23, issue 13): which topic leads on wording never seen. Each mechanism with the
case it reads and the look-alike it must leave alone:

- anxiety told through the rest of the body's signs (a headache, the stomach, nausea, dizziness,
  hair falling out, no strength, "am I depressed") beside an overdue loan leads with worry, also
  when the chase is told as happening ("催收电话一个接一个", "the collectors' calls"); a fear that
  names its matter, a figurative 头疼, 恶心 as disgust, and a loan question asked keep their topic;
"""

from __future__ import annotations

import pytest

from bot import Engine


@pytest.mark.parametrize("question", [
    "欠花呗的钱逾期了 最近天天拉肚子 医生说是焦虑 我该怎么调整",
    "逾期后每天早上醒来心都在狂跳 催收电话一个接一个 我该怎么办",
    "我借呗逾期了 每晚只能睡两三个小时 脑子里全是催收 怎么才能好一点",
    "自从网贷逾期 我头发一把一把地掉 该怎么面对",
    "逾期了 浑身没劲 一点食欲都没有 我是不是抑郁了",
    "ever since my alipay loan went late i can't stop shaking and my stomach hurts, how do i get through this",
    "i feel dizzy and nauseous whenever i think about my overdue loan and the collection calls, what can i do",
])
def test_body_signs_beside_an_overdue_loan_lead_with_worry(engine: Engine, question: str) -> None:
    assert engine.ask(question).topic == "worry"


@pytest.mark.parametrize(("question", "topic"), [
    ("借呗逾期了真头疼 怎么办", "collection_process"),           # 头疼 as "what a bother": no sign
    ("催收太恶心了 天天打电话 怎么办", "collection_process"),     # 恶心 as disgust
    ("睡不着 催收说要上门 怎么办", "home_visit"),                 # the chase names its matter (a visit)
    ("催收电话一个接一个 会不会打给我家人", "contact_family"),      # the calls feared for the family
    ("i have a headache, will they sue me", "lawsuit"),           # a loan question asked beside the sign
    ("逾期了 头发掉了好多 征信会不会有记录", "credit_report"),
    ("考试压力好大 头一直疼 怎么办", "out_of_scope"),              # no debt named
    ("我妈最近老是头疼 借呗逾期会影响她吗", "credit_report"),
])
def test_look_alikes_of_body_signs_keep_their_topic(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topic == topic

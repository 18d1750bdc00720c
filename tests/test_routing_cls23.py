"""Round 29 (cls23, issue 13): which topic leads on wording never seen. Each mechanism with the
case it reads and the look-alike it must leave alone:

- anxiety told through the rest of the body's signs (a headache, the stomach, nausea, dizziness,
  hair falling out, no strength, "am I depressed") beside an overdue loan leads with worry, also
  when the chase is told as happening ("催收电话一个接一个", "the collectors' calls"); a fear that
  names its matter, a figurative 头疼, 恶心 as disgust, and a loan question asked keep their topic;
- whether people in the phone or life will *receive* a text or call is contact_family (bot.safety.asked
  reads the asked text and its "saying" as no text told; texts that came stay abuse); a visit to a school,
  hospital or workplace is home_visit (a call there is not); a mortgage wanted later beside lateness now and
  the central bank named with lateness are credit_report (repaid told, or the mortgage's own business, are not);
  the northern 俺 is 我 (bot.dialect).
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


@pytest.mark.parametrize(("question", "topic"), [
    # whether people in the writer's phone or life will receive a text or call: contact_family, not abuse told
    ("我通讯录里的人会收到短信吗", "contact_family"),
    ("联系人会不会收到短信 说我欠钱", "contact_family"),
    ("will my friends get texts saying i'm a deadbeat", "contact_family"),
    ("do collectors send messages to your contacts saying you're in debt", "contact_family"),
    ("is everyone in my phone going to get a text about my loan", "contact_family"),
    ("would my coworkers receive texts saying i owe jiebei money", "contact_family"),
    ("我朋友的手机会收到我的催收短信吗", "contact_family"),
    ("will my sister get a call saying i am overdue", "contact_family"),
    ("they called my sister saying i owe, will she get more calls", "abusive_collection"),  # a call told
    ("my mum is 78 and she is my emergency contact on the app, she gets confused easily. my loan is two months late now."
     " is jiebei going to ring her about it?", "contact_family"),
    # ...while texts that came are abuse told
    ("催收给我通讯录里的人发短信说我欠钱不还 我朋友都收到了", "abusive_collection"),
    ("they sent texts to all my contacts saying i'm a deadbeat, what can i do", "abusive_collection"),
    ("我朋友已经收到短信说我是老赖了 他们还会收到短信吗", "abusive_collection"),
    ("collectors keep texting my contacts saying i owe money", "abusive_collection"),
    # ...and reminders to the writer are not the contacts'
    ("会收到还款提醒短信吗", "out_of_scope"),
    ("will they text me before calling", "collection_process"),
])
def test_contacts_receiving_a_message_asked(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topic == topic


@pytest.mark.parametrize(("question", "topic"), [
    ("会不会跑到我儿子学校去", "home_visit"),
    ("can they come to my kid's school to find me", "home_visit"),
    ("他们会到医院找我吗 我在医院上班", "home_visit"),
    ("他们去过我学校了 怎么办", "home_visit"),
    ("会不会打电话到学校", "contact_family"),                   # a call to the place is no visit
    ("孩子上学会受影响吗", "uncovered_consequences"),            # the child's schooling feared
    ("will it affect my son's school application", "uncovered_consequences"),
])
def test_a_visit_to_a_place_other_than_home(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topic == topic


@pytest.mark.parametrize(("question", "topic"), [
    ("planning to buy a flat next year, will the overdue jiebei block my mortgage", "credit_report"),
    ("以后还能申请车贷吗 现在借呗逾期了", "credit_report"),
    ("央行那边会显示我逾期吗", "credit_report"),
    ("还清了以后能申请房贷吗", "after_repayment"),                 # repaid told: life after repaying
    ("i repaid my jiebei, can i get a mortgage next year", "after_repayment"),
    ("打算以后买房 公积金贷款怎么申请", "out_of_scope"),            # the mortgage's own business
    ("央行征信怎么查", "out_of_scope"),                             # no lateness told
])
def test_a_mortgage_later_and_the_central_bank_named(engine: Engine, question: str, topic: str) -> None:
    # the route (the engine answers "打算以后买房…" as the mortgage fear bot.concerns reads, as on main)
    assert engine.route(question).topics[0] == topic


@pytest.mark.parametrize(("text", "plain"), [
    ("俺的借呗逾期了 俺爹会不会知道", "我的借呗逾期了 我爸会不会知道"),
    ("俺们村", "我们村"),
    ("俺娘会知道吗", "我妈会知道吗"),
    ("我娘家人会知道吗", "我娘家人会知道吗"),   # a wife's parents' home
    ("我的娘啊", "我的娘啊"),                   # an oath
    ("那个姑娘", "那个姑娘"),
])
def test_northern_first_person_read_as_mandarin(text: str, plain: str) -> None:
    from bot.text import normalize
    assert normalize(text) == plain


def test_dialect_first_person_asks_about_family(engine: Engine) -> None:
    assert engine.ask("俺的借呗逾期了 俺爹会不会知道").topic == "contact_family"
    assert engine.ask("俺借呗逾期了 会不会上征信").topic == "credit_report"


@pytest.mark.parametrize(("question", "topic"), [
    ("催收一直说要去我户口所在地 找村委会了解情况 我爸妈都住在村里 他们要是真去了我爸妈会吓坏的 真的会去吗", "home_visit"),
    ("借呗逾期后 他们会去我户口本上的地址吗 我爸妈年纪大了 经不起吓", "home_visit"),
    ("逾期后大概的过程", "collection_process"),
    ("借呗逾期后的大概步骤", "collection_process"),
    # look-alikes: the writer going home, a call to the home, the parents called, a charge after lateness
    ("我回到老家以后 他们还会打电话吗", "contact_family"),
    ("他们会给我爸妈打电话吗 我爸妈住在老家", "contact_family"),
    ("逾期后的罚息怎么算", "penalty_costs"),
    ("借呗的申请流程是什么", "about_jiebei"),
])
def test_a_visit_to_the_registered_home_and_the_steps_after_lateness(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topic == topic

"""mend124 (issue 12, docs/safety.md Round 86 addendum): fake116's readers narrowed after review119. Each reading keeps
the abuse it was built for and no longer fires on its everyday twin: the writer's side shouting at a collector, a
lawyer's or caller's mobile number, a misspelt name asked about, the ex the borrower listed, the credit record called
untrustworthy, 道上 as the road, a reminder asked of a friend, a nickname everyone uses, a hearing's date; and a
negated 客气 is no politeness. Sentences in our own words."""

from __future__ import annotations

import pytest

from bot.safety import assess


@pytest.mark.parametrize("message", [
    "催收员在电话里冲我奶奶大吼，让她叫我赶紧还借呗",  # the collector shouts
    "那个催收的对着我爸吼了半天，说我欠钱不还",
    "A debt collector screamed at my grandmother on the phone about my overdue loan",
    "法院的通知说我被起诉了，要我联系一个个人手机号办理调解",  # a court claim with a mobile number
    "A text claiming to be from the court gave me a mobile number to call about my overdue loan",
    "律师函上我的名字写错了，还要我今天把欠款转到指定账户",  # wrong name with a demand
    "The lawyer letter has my ID number wrong and says they will sue me over the loan",
    "催收联系了我七年前的前同事，说我欠钱跑了",  # someone from the past, not listed
    "The collector told my boss I am a crook who never pays his loans",  # a third party told
    "催收威胁要把我的账卖给道上的人，让他们来找我",  # 道上的人, the rough ones
    "催收给我起外号叫老赖，发给了我通讯录里所有人",  # a nickname sent to everyone
    "催收说两天内不还就叫派出所来抓我",  # a detention threat with 不还 and a deadline
    "催收给我取了个难听的外号，还发消息给我的所有好友",  # the sending told in other words
    "短信说我已被法院立案，限三天内处理，留的联系方式是一个手机号",  # the court's claim clauses before the number
    "催收说要把账交给别人处理，那些人可不会对你这么客气了",  # a negated 客气
])
def test_the_readings_keep_their_abuse(message: str) -> None:
    assert assess(message).abuse


@pytest.mark.parametrize("message", [
    "我爸接了催收的电话，气得对着他们吼了几句，会不会被记黑名单",  # the writer's side shouts at the collectors
    "我忍不住对催收大吼了一声，现在想跟借呗协商还款还来得及吗",
    "My brother yelled at the collector who rang, will that make my payment plan harder?",
    "律师函上写的联系方式是律师的手机号，我应该打过去问清楚吗",  # a lawyer's mobile
    "Someone from the collection team called me from a mobile number and asked me to pay in the app, is that fine?",
    "提醒短信里我的姓打错了，是不是别人的借呗？我自己也确实欠着",  # a misspelt name asked about
    "My surname is spelled wrong in the reminder text but the amount is right, is it meant for me?",
    "借钱时我写的联系人是前夫，离婚好几年了，催收联系他了，怎么改联系人",  # the listed ex
    "I listed my old roommate as my contact years ago, we lost touch, and the collector called him. Can I change it?",
    "客服说逾期记录会让银行觉得我不讲信用，我想尽快还清",  # the record, no third party told
    "The agent told me a default makes me look untrustworthy to lenders, so how fast can I repair it?",
    "在上班的道上催收打来电话，很有礼貌地提醒我还款",  # 道上 as the road
    "Can the app remind me to pay my loan? My sister works at a shop and forgets to tell me",
    "Everyone calls me by my nickname at school, can collectors find my classmates though?",  # a nickname everyone uses
])
def test_the_everyday_twins_stay_questions(message: str) -> None:
    assert not assess(message).abuse


@pytest.mark.parametrize("message", [
    "The court notice says the hearing is tomorrow and I might be detained if I skip it, what should I do?",
    "The collector said the police will never arrest anyone for a loan, he only wants me to call back today",
])
def test_no_forgery_read_in_a_hearing_date_or_a_denial(message: str) -> None:
    # (jail_threat, another module's reading, still answers these: a known false alarm left to its owner)
    assert "forged" not in assess(message).abuse

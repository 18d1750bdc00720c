"""fake116 (issue 12, docs/safety.md Round 86): a notice or caller with a sign of forgery (a private number or a
person's own account, wrong identity details, detention with a deadline or from a machine) and collection through
people outside the loan (someone from the writer's past, a relative shouted at, a stranger passing a message, the debt
handed to rough people, a nickname broadcast, a client told the writer is dishonest) are abuse; the lawful notices,
calls and questions on the same words stay loan questions. Sentences in our own words."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.safety import assess


@pytest.mark.parametrize("message", [
    # forged notices and impostors
    "收到法院的短信说我被起诉了，让我打一个普通手机号去撤诉",
    "那封律师函上的姓名写错了两个字，还说欠款不还就起诉我",
    "短信说明天派出所会上门抓我，让我今天先还钱",
    "The so-called court notice gave a mobile number to call and settle my loan",
    "The letter about my debt has the wrong ID number and says I'll be detained tomorrow",
    "A woman who says she works for Alipay asked me to pay my loan into her own WeChat",
    "自称支付宝客服的人把他个人的收款码发给我，让我还借呗",
    # people outside the loan
    "催收给我十年前的大学同学打电话说我欠钱不还",
    "They called my ex-wife, we divorced six years ago, about my overdue loan",
    "催收打到我外婆家，对着她大吼大叫让她替我还钱",
    "The collector yelled at my father over the phone about my loan",
    "快递员送件的时候说有人托他转告我，欠的钱赶紧还",
    "A delivery guy told me someone asked him to remind me to pay what I owe",
    "催收说我再不还就把账交给道上的人，那些人下手没轻重",
    "They said they'd pass my debt to some men who don't just ask nicely",
    "催收给我起了个外号，还群发给我通讯录里的每个人",
    "The collector texted my supplier that I am dishonest and never pay debts",
])
def test_forgery_or_third_party_abuse_is_abuse(message: str) -> None:
    assert assess(message).abuse


@pytest.mark.parametrize("message", [
    "法院通过官方平台给我发了开庭通知，我该准备什么材料",
    "支付宝官方说只能在APP里还款，千万别转到任何个人账户，对吗",
    "Jiebei support told me never to pay into a personal account, only in the app",
    "律师函上我的姓名和身份证号都对，欠款也对得上，下一步怎么办",
    "Will I be arrested if I can't repay my loan?",
    "我十年前的大学同学找我借钱，我还有借呗没还完",
    "My ex-wife and I divorced years ago; can she see my overdue loan on my credit report?",
    "我外婆耳朵背，我跟她打电话只能大声喊，她问我借呗的事",
    "My father yelled at me when he found out about my overdue loan",
    "快递员让我转告我室友去取件，顺便问下借呗怎么还款",
    "The collector said my case may go to an outside agency. Is that allowed?",
    "朋友给我起了个外号叫小胖，借呗的额度怎么提升",
    "Is being on the dishonest debtors list something only a court can decide?",
    "催收打给了我填的紧急联系人，就是我老同学，态度很客气",
    "前男友两年前借我的钱还没还，我自己借呗也逾期了，他们会联系他吗",  # a reach asked, the ex named in another clause
    "催收打给我妈，我和前男友分手三年了，欠的钱还不上",  # the mother reached, no one from the past
    "笑死，催收打电话打到我前男友那儿去了，刚分的",  # no years between: may be the listed contact
    "借呗的还款提醒短信是一个普通手机号发的，正常吗",  # a reminder claims no court and asks no money to a person
    "The Jiebei reminder text came from a mobile number, is that normal?",
    "催收很不讲道理，说明天要上门",  # the collector's manner, no rough others the debt goes to
])
def test_lawful_notice_or_ordinary_people_is_no_abuse(message: str) -> None:
    assert not assess(message).abuse


def test_forged_notice_gets_the_abuse_reply(engine: Engine) -> None:
    reply = engine.ask("短信说我已经被法院立案，要我马上联系一个私人号码处理借呗欠款")
    assert reply.topic == "abusive_collection"


def test_crisis_still_leads_beside_a_forged_notice(engine: Engine) -> None:
    reply = engine.ask("收到假的律师函说明天就来抓我，欠的钱还不上，我真的不想活了")
    assert reply.topic == "crisis"

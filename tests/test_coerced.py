"""coerce173 (issue 12, docs/safety.md Round 101): coerced.py reads abuse told as coercion, fraud and threats to one's
status (an office that decides one's standing told, an organ or blood to sell, a side loan pushed, the case handed to
people outside the rules, money into a person's account, an invented closing fee, the borrower impersonated, the debt
passed along relatives, a "thief" told to others, a veiled threat to a child, a dated visit to the parents, silent
video calls at night), and not their everyday twins (a visa question, the borrower's own plans, a payment channel
asked about, blood given, a parent's visit, a child on video). Sentences in our own words."""

from __future__ import annotations

import pytest

from bot.safety import assess


@pytest.mark.parametrize(("message", "reading"), [
    ("催收扬言要给我们学校发邮件，让我拿不到毕业证", "status"),
    ("The collector said he will call the consulate so my residence permit gets cancelled.", "status"),
    ("催收对我说没钱就去卖肾，年轻人肾值钱", "organ"),
    ("They told me to sell my blood if I don't have the money.", "organ"),
    ("催收给了我一个电话号码，说打过去就能借到钱，日息百分之二，先把借呗平了", "side_loan"),
    ("The agent pushed me to take out a loan on another app to pay them today.", "side_loan"),
    ("催收威胁说我的单子转给黑催，后果自负", "rule_free"),
    ("They said the file is being handed to people who don't follow any of the platform's rules.", "rule_free"),
    ("对方让我把钱转到他个人的银行卡上，说可以帮我停催", "private_pay"),
    ("The caller wants me to send the money to his personal WeChat account instead of Alipay.", "private_pay"),
    ("借呗早就还清了，对方还说要交五百结案费才算完", "closing_fee"),
    ("Somebody is posing as me and asking my classmates to send money.", "impersonated"),
    ("催收到我们村里到处跟人说我是小偷，偷了钱跑了", "branded"),
    ("催收说要是不还，下周三就去我老家找我爸妈谈谈", "dated_visit"),
    ("A stranger keeps video calling me at midnight and just stares without saying anything. I owe Jiebei money.",
     "night_video"),
])
def test_coercion_told_is_abuse(message: str, reading: str) -> None:
    assert reading in assess(message).abuse


@pytest.mark.parametrize("message", [
    "我在国外工作，签证还有半年到期，借呗能不能先申请延期",
    "Can an overdue Jiebei loan get me deported if I'm working abroad?",
    "我想去别的平台借钱把借呗还上，这样划算吗",
    "I plan to sell my car and take a loan from my brother to pay off Jiebei.",
    "Is it safe to pay a collector into a personal account, or should I only pay through Alipay?",
    "听说有黑催这种东西，借呗会不会交给黑催",
    "我去医院献血了，借呗可以提前还吗",
    "我妈说下周三来我这边住几天，借呗的事怎么跟她说",
    "My parents are visiting on the 20th, my repayment date. Can I pay early?",
    "我每天晚上十点跟孩子视频，他都在笑，借呗的事没敢告诉他",
    "听说催收会让人去卖血还钱，是真的吗",
    "借呗结清以后要交结案费吗",
])
def test_everyday_twins_are_not(message: str) -> None:
    assert not assess(message).abuse

"""ident137 (issue 12, docs/safety.md Round 92): presence.py reads collection abuse told as what the collector DID
(a caller who will not say who they are, a scene at work, a debt called a crime, a sum far past the loan, being
watched, outsiders told, another app's loan pressed, a short-link notice), and not its everyday twins (a caller who
named the firm, a protest or a quarrel at the office, fraud on the news, the writer's own loans added up, a friend
who says one's name, a relative's photo, a relative's advice, a bank's link). Sentences in our own words."""

from __future__ import annotations

import pytest

from bot.safety import assess
from bot.safety.presence import _amount


@pytest.mark.parametrize(("message", "reading"), [
    ("打来的人不肯说自己是哪家公司的，只让我今天把钱还上", "anonymous"),
    ("The man on the phone wouldn't tell me which agency he was with, just kept demanding I pay by tonight", "anonymous"),
    ("催收跑到我上班的健身房，当着会员的面说我欠钱不还", "scene"),
    ("Four men came to the shop where I work and loudly told everyone I owe money", "scene"),
    ("催收说我拖着不还就是骗贷，要去报案抓我", "labelled"),
    ("My loan was 4000 and the collector now says I owe 15000 or he'll report me for fraud", "inflated"),
    ("有人一直在我家门口蹲守，催收打电话说你跑不掉的", "shadowed"),
    ("寄来的信封里是我爸妈的合照，脸上都被涂黑了", "shadowed"),
    ("催收打电话到我女儿的舞蹈班老师那里，说我欠钱不还", "outsiders"),
    ("催收让我去分期乐借钱来还借呗，不借就上门", "other_app"),
    ("短信里有个链接，说我的欠款已经立案，不处理明天上门抓人", "short_link"),
])
def test_acts_of_presence_are_abuse(message: str, reading: str) -> None:
    assert reading in assess(message).abuse


@pytest.mark.parametrize("message", [
    "我问客服是哪个公司的，她说是蚂蚁消费金融的，报了工号，我能申请延期吗",
    "I refused to give my name to the survey caller, unrelated, how do I repay early?",
    "今天公司门口有人大声吵架，是两个司机撞车了，借呗还款日能改吗",
    "Some people were shouting in front of my office about a football match, anyway what's the interest on jiebei?",
    "新闻里说有人借网贷不还被判了诈骗罪，我只是逾期几天，会被认定诈骗吗",
    "我借了一万，分二十四期，总共还一万一千多",
    "我借了五千，后来又借了一万五，现在一共欠两万，他们让我一次还清",
    "有个朋友在地铁站叫出了我的名字，原来是高中同学，借呗额度能提吗",
    "我妈给我寄了一张我女儿幼儿园门口的照片，好可爱，借呗还款日是几号",
    "My son's teacher sent me a photo of my kids at the school play. How do I check my Jiebei balance?",
    "我妈让我去京东金条借钱先把借呗还了，这样行吗",
    "My friend told me to borrow from another app to pay off Jiebei, is that smart?",
    "银行发短信让我点击链接领取积分，借呗逾期会影响吗",
    "Our pastor called to check on me because I missed church, unrelated, can I delay my Jiebei payment?",
])
def test_everyday_twins_are_not(message: str) -> None:
    assert not assess(message).abuse


def test_a_crisis_beside_a_scene_keeps_the_crisis() -> None:
    signal = assess("催收带了三个人到我店里大声说我欠钱不还，我已经买好了安眠药，今晚就吃")
    assert signal.crisis and "scene" in signal.abuse


@pytest.mark.parametrize(("token", "value"), [("8 000", 8000), ("三万二", 32000), ("2.5万", 25000), ("5k", 5000)])
def test_amounts_are_read_as_written(token: str, value: float) -> None:
    assert _amount(token) == value

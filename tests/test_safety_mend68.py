"""mend68 (review79 of abuse52): clearings that hid abuse removed; the new call-count cue counts only calls received
by the writer or their people with a collector or the debt named, never sales calls, and never vetoes the classifier."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.safety import assess
from safety_asserts import assert_abuse, assert_crisis, assert_no_alarm


# Hidden by abuse52's retort, own-work, 是否 and building-notice readings (review79): abuse again.
@pytest.mark.parametrize("message", [
    "催收把我骂了一顿",
    "催收打给我骂了一句傻逼",
    "I told them the agent cursed at my mom on the phone yesterday",
    "the collector rang and i got cursed out for twenty minutes",
    "借呗客服每天打三十多个电话给我，从早到晚不停",
    "自称借呗客服的人一天打五十多个电话，还打给我爸妈",
    "我在工地做工的，每天接到三十多个电话，说我欠钱不还，工友都知道了",
    "本人想咨询，催收公司是否可以每日拨打本人电话三十余次并辱骂本人",
    "敢问贵司催收是否可以将本人欠款信息张贴于本人家门口，此事已发生",
    "消防通道里贴满了我的照片，写着借钱不还的骗子",
    "催收人员每天致电本人工作单位逾四十次，并向本人主管声称本人涉嫌诈骗",
    "催收已经连续一周每天打我电话四十多次，是否合法",
])
def test_abuse_hidden_by_the_removed_clearings_is_abuse(engine: Engine, message: str) -> None:
    assert_abuse(engine, message)


@pytest.mark.parametrize("message", ["催收把我骂了一顿 我现在站在天台上",
                                     "I swore at the collector and hung up, I honestly want to end it all tonight"])
def test_a_crisis_beside_them_still_leads(engine: Engine, message: str) -> None:
    assert_crisis(engine, message)


# The call-count cue's false alarms (review79): calls made by the writer, sales calls, work calls, no debt named.
@pytest.mark.parametrize("message", [
    "Delivery rider here, I call customers like 50 times a day, can I extend my loan",
    "每天十几个贷款推销电话 烦死了 借呗怎么关闭",
    "每天二十多个保险推销电话打给我，借呗逾期有关系吗",
    "本人系物流公司调度，每日来电数十通，皆为工作所需，借呗逾期十日，敢问如何处理",
    "我是护士，值夜班的时候电话响个不停，借呗忘了还",
    "my phone rings 24/7 because I'm an on-call nurse, missed jiebei payment, what now",
    "本人从事客服工作，日均来电逾百通，借呗逾期五日，请问罚息几何",
    "my landlord texts me every few minutes about the broken pipe lol, also jiebei overdue",
    "本人系保险公司电话客服，每日接听来电百余通，借呗账单逾期三日，罚息如何计算",
])
def test_calls_not_received_about_a_debt_are_no_alarm(engine: Engine, message: str) -> None:
    assert_no_alarm(engine, message)


@pytest.mark.parametrize("message,cue", [
    ("催收每天给我打三十来个电话", "bombarded"),         # received, a collector named
    ("每天接到四五十个电话说我借呗逾期", "bombarded"),   # received, the debt named
    ("They call me 30+ times daily about the loan", "bombarded"),
    ("the collectors call my mom 30 times a day", "bombarded"),   # the writer's people called
    ("佢哋每日打嚟我度三四十次，借唄逾期咗", "bombarded"),       # Cantonese
])
def test_the_count_cue_reads_calls_received_about_a_debt(message: str, cue: str) -> None:
    assert cue in assess(message).abuse


@pytest.mark.parametrize("message", ["每天二十多个推销电话打给我说贷款", "我每天给客户打三十多个电话 借呗逾期了",
                                     "我手机一天响五十多次",
                                     "customers call me like 30 times a day, how to extend jiebei"])
def test_the_count_cue_leaves_sales_own_and_unnamed_calls(message: str) -> None:
    assert "bombarded" not in assess(message).abuse


@pytest.mark.parametrize("message", ["我朋友的手机会收到我的催收短信吗", "催收打到我们村委会去了，村委会的人都知道了"])
def test_hui_as_a_noun_only_after_committee_words(engine: Engine, message: str) -> None:
    result = engine.ask(message)
    assert ("abusive_collection" in result.topics) == message.startswith("催收打到")

"""review44's findings on the sentence reach of Round 23's mends (safe34), mended by the lead: the debt named
elsewhere in a message no longer clears a scheduled farewell, old things or a repayment plan in another sentence
no longer clear things given away, a loan question beside "the last time here" with thanks no longer clears it,
lateness told before "that thought came back" is its reason, not its content; "not safe" said of the writer is a
threat; following the dead is not said of the living who are ill or of a friend's grief."""

from __future__ import annotations

import pytest

from bot import Engine


@pytest.mark.parametrize("message", [
    "我给家里人设了几条定时短信，到那时候他们就都知道了。催收今天又打电话来了。",
    "我设了定时短信给爸妈，到时候他们就知道了。借呗还款日就是明天。",
    "I scheduled messages to my kids for Sunday. By then they'll know. The collectors won't stop calling.",
    "I scheduled a message to my wife, by then she'll know. I'm serious this time.",
    "我把存款和旧手机都给了我妹，反正以后也用不上了。",
    "我把吉他送给我表弟了，反正以后也用不上了。我已经跟借呗申请了还款计划，但是没用。",
    "最后一次来这里问了，逾期了会上门吗？谢谢你这段时间陪着我，以后不会再麻烦任何人了。",
    "我欠了借呗三万，上次吃药那次被室友发现送去医院洗胃了，后来我借钱把借呗还上了。现在又逾期了，那种想法又回来了。能不能申请停息挂账？",
])
def test_the_crisis_is_kept_beside_the_debt_named_elsewhere(engine: Engine, message: str) -> None:
    assert "crisis" in engine.ask(message).topics


@pytest.mark.parametrize("message", [
    "I set up a scheduled transfer to pay Jiebei on Friday, by then they'll know I'm paying. Will the late fee stop after that?",
    "我设置了定时短信，下周一自动发给催收，说明我的还款计划，到时候他们就知道了。这样算协商吗？",
    "我在微博设了定时发布，到时候大家就知道了，我的新店开业",
    "最后一次来这里问，借呗逾期三天会上征信吗",
    "最后一次跟你们聊了，问题都解决了，谢谢",
    "我下周要搬去深圳了，这几天把家具都送给邻居了，反正以后也用不上了。搬家以后地址变了他们会上门吗？",
    "我把旧书都送给表弟了，反正以后也用不上了",
    "那种想法又来了，想换个工作",
    "我老公住院了，我想去陪他。他爸前年去世了，他很难过",
    "我朋友的爸爸去世了，我想去陪她",
    "我外婆去世了，我想去陪她最后一程",
])
def test_the_everyday_readings_stay_answered(engine: Engine, message: str) -> None:
    assert "crisis" not in engine.ask(message).topics


def test_not_safe_said_of_the_writer_is_a_threat(engine: Engine) -> None:
    assert "abusive_collection" in engine.ask("他们给我房东打电话说不能保证我的安全。").topics
    assert "abusive_collection" not in engine.ask("银行说不能保证我的资金安全").topics


@pytest.mark.parametrize("message", [
    # (lead s23: a time word between 我 and the wish, and English "go and be with", had no rule; an independent set's kind)
    "我妈去年走了 我现在只想去陪她 借呗的债太多了",
    "奶奶去世了 我今晚就想去陪她",
    "my mum died last year and i just want to go and be with her now, the jiebei debt is too much",
])
def test_joining_the_dead_told_with_a_time_word_is_a_crisis(engine: Engine, message: str) -> None:
    assert engine.ask(message).topics[0] == "crisis"

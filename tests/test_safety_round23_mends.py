"""Round 23 mends (safe34): review42's false crisis replies from bot/safety/veiled.py, mended by where each cue reads
its everyday reason (cue.Cue.reach: the window's sentence; or the whole message for weak cues), tested on both sides:
the review's wording no longer a crisis, and the same kind of crisis still caught, also beside the benign words in
another sentence or another cue's crisis (docs/safety.md, "Round 23 mends (safe34)")."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.patterns import regex
from bot.safety.cue import Cue, note_sentences
from safety_asserts import assert_crisis as _crisis

CRISIS = "crisis"


def _no_crisis(engine: Engine, message: str) -> None:
    assert CRISIS not in engine.ask(message).topics


# review42 §1: an everyday reason one clause away from the cue (its own sentence), or anywhere for weak cues.
@pytest.mark.parametrize("message", [
    "我爸去年走了，他生前借了借呗，人没了账也就平了吧？我们家里人需要替他还吗？",
    "人没了账也就平了吗？我爸去世了，他借呗还欠两万",
    "If I die, would my wife still have to pay my Jiebei loan? Just doing estate planning.",
    "I set up a scheduled transfer to pay Jiebei on Friday, by then they'll know I'm paying. Will the late fee stop after that?",
    "I scheduled an email to the collection agency to go out Monday with my repayment plan, by then they'll know I'm serious. Will that stop the calls?",
    "我设置了定时短信，下周一自动发给催收，说明我的还款计划，到时候他们就知道了。这样算协商吗？",
    "我在微博设了定时发布，到时候大家就知道了，我的新店开业",
    "I scheduled an email to my landlord to go out on Monday, by then they'll know I paid.",
    "最后一次来这里问，借呗逾期三天会上征信吗",
    "最后一次跟你们聊了，问题都解决了，谢谢",
    "Last time I'm on here, thanks for the help, I paid it all off!",
    "This is the last time I'm talking to you people about this, stop calling my mother.",
    "以后你们就不会再见到我的消息了，我换号了",
    "我下周要搬去深圳了，这几天把家具都送给邻居了，反正以后也用不上了。搬家以后地址变了他们会上门吗？",
    "I gave away most of my things, I'm moving to a smaller flat next month.",
    "我把旧书都送给表弟了，反正以后也用不上了",
    "那个念头又来了，想把借呗全部还了换个平台",
    "那种想法又来了，想换个工作",
    "上次差点就成了，这次一定能还上",
    "这次不想再被发现了，偷偷还了借呗，不让家里人知道",
    "胳膊上又多了几道疤，是做饭烫的，能申请延期吗",
    "我女儿说我割得比上次深，其实是做饭切的",
])
def test_an_everyday_reason_beside_a_veiled_cue_is_no_crisis(engine: Engine, message: str) -> None:
    _no_crisis(engine, message)


@pytest.mark.parametrize("message", [
    # the same kinds without the everyday reason
    "人没了账也就平了吧，反正我也撑不下去了",
    "If I weren't around, would my wife still have to pay my Jiebei loan?",
    "那种想法又来了，想一了百了",
    "胳膊上又多了几道疤，是我自己划的",
    # the reason in another sentence clears nothing (sentence-scoped cues; a relative's death read in the window)
    "我爸去年走了。我要是没了，账也就平了吧",
    "My dad died last year. If I weren't around, would my wife still have to pay my Jiebei loan?",
    "借呗的事先不说了。那个念头又来了",
    "上次差点就成了。借呗逾期的事也不重要了",
    "昨天做饭的时候想了很多。胳膊上又多了几道疤",
    "问题解决了吗？不重要了。最后一次跟你们聊了",
    # a weak cue's reason read message-wide clears only that cue: another cue's crisis still wins
    "下个月要搬家了。我把东西都送给室友了，反正以后也用不上了。我真的不想活了",
    "我设置了定时短信，到时候他们就知道了。还款计划我也写好了，我不想活了",
    "Last time I'm on here, thanks. I paid it all off so nobody inherits it, and tonight I'm going to end my life.",
    "Just doing estate planning. If I weren't around, would my wife still have to pay? Honestly I want to kill myself.",
])
def test_the_same_kind_of_crisis_is_still_a_crisis(engine: Engine, message: str) -> None:
    _crisis(engine, message)


# review42 §2: a named drug counted to not waking up.
@pytest.mark.parametrize("message", [
    "How many of my antidepressants would it take to not wake up?",
    "How many of these sleeping tablets would it take to never wake up? Asking about my Jiebei too.",
])
def test_how_many_of_a_named_drug_not_to_wake_is_a_crisis(engine: Engine, message: str) -> None:
    _crisis(engine, message)


@pytest.mark.parametrize("message", [
    "How many of my antidepressants would it take to feel better? The doctor says weeks.",
    "How many ibuprofen would it take to stop this headache? Then I can think about my Jiebei payment.",
])
def test_how_many_pills_to_work_is_no_crisis(engine: Engine, message: str) -> None:
    _no_crisis(engine, message)


def test_a_cue_reads_its_reason_in_the_windows_sentence_only() -> None:
    cue = Cue("x", regex("cue"), unless=regex("reason"), unless_nearby=True, reach=True)
    message = "a reason here cue there b other reason"
    note_sentences(message, ("a reason here cue there", "b other reason"))
    assert cue.cancelled("cue there", message)  # the reason in the window's sentence
    note_sentences(message, ("a reason here", "cue there", "b other reason"))
    assert not cue.cancelled("cue there", message)  # ...not in another sentence
    assert not cue.cancelled("cue there", "a message never noted reason")  # not noted: the window alone
    assert not replace_reach(cue).cancelled("cue there", message)


def replace_reach(cue: Cue) -> Cue:
    """The cue with the window alone (no reach)."""
    return Cue(cue.name, cue.pattern, unless=cue.unless, unless_nearby=True)


def test_the_sentences_are_made_only_when_a_cue_reaches_for_them() -> None:
    made: list[int] = []

    def sentences() -> tuple[str, ...]:
        made.append(1)
        return ("a reason here cue there", "b other")

    message = "a reason here cue there b other (lazy)"
    note_sentences(message, sentences)
    window_only = Cue("x", regex("cue"), unless=regex("reason"), unless_nearby=True)
    assert window_only.cancelled("cue there", message) is False and not made  # no reach: never made
    reaching = Cue("x", regex("cue"), unless=regex("reason"), unless_nearby=True, reach=True)
    assert reaching.cancelled("cue there", message) and reaching.cancelled("cue there", message)
    assert made == [1]  # made once, then kept
    note_sentences(message, sentences)  # noted again by another reader: what was made stays
    assert reaching.cancelled("cue there", message) and made == [1]

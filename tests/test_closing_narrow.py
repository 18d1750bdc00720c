"""close172's closing reading, narrowed after its review (bot.closing_after; review175, mend179, docs/safety.md Round 100b).

Each fix is tested both ways: the calm borrower's turn stays a goodbye (or is let out), and the writer at risk on the
same words still gets the crisis reply. Development examples written for these tests (not held-out rows)."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.closing_after import corrects, refused
from bot.session import Session

CRISIS = "crisis"


def _topics(engine: Engine, turns: tuple[str, ...]) -> list[str]:
    session = Session(engine)
    return [session.ask(turn).topics[0] for turn in turns]


# A refusal counts only when it names relief or the lender, or names nothing else (review175 #3).
@pytest.mark.parametrize("said, told", [
    ("分期申请又被拒了", True), ("被拒了", True), ("the agent turned me down", True), ("they declined my extension", True),
    ("我的签证被拒了", False), ("儿子的入学申请没通过", False), ("my passport renewal was rejected", False),
    ("借呗提额又被拒了", False), ("车贷申请没通过", False), ("no luck finding the bill", False),
])
def test_refusal_needs_relief_or_the_lender(said: str, told: bool) -> None:
    assert refused(said) is told


# A plain correction of a heavy reading; never beside an end, death or giving up.
@pytest.mark.parametrize("said, told", [
    ("啊？我只是要去接孩子", True), ("你误会了，我想好了下周先还一千", True), ("no no, I meant I'm off to my shift", True),
    ("我只是想一了百了", False), ("你误会了，我是真的撑不下去了", False), ("i just meant goodbye forever", False),
    ("好的，谢谢", False),
])
def test_corrects(said: str, told: bool) -> None:
    assert corrects(said) is told


LAST_TURNS = [
    # a last goodbye counts only with nothing else said (review175 #1); "最后…聊" is an everyday "for today"
    (("借呗逾期了", "客服说不行", "这次真的拜拜了，去接孩子放学"), "goodbye"),
    (("借呗逾期了", "客服说不行", "今天就最后聊到这里，晚安"), "goodbye"),
    (("jiebei overdue", "they refused my extension", "really goodbye now, dinner is ready"), "goodbye"),
    (("借呗逾期了", "客服说不行", "好吧，谢谢，这回真的再见了，保重"), CRISIS),
    (("jiebei overdue", "they refused my extension", "this really is goodbye. take care of yourself"), CRISIS),
    # a refusal of something else arms nothing (review175 #3)
    (("借呗额度多少", "我的签证被拒了", "算了，我决定了，拜拜"), "goodbye"),
    (("借呗额度多少", "分期申请被拒了", "算了，我决定了，拜拜"), CRISIS),
    # gratitude sent on, or a shrug beside a plan, is no finality with no crisis open (review175 #4)
    (("借呗逾期了", "客服说不行", "帮我跟做这个的人说声谢谢，再见"), "goodbye"),
    (("借呗逾期了", "客服说不行", "帮我跟我爸妈说声对不起，再见"), CRISIS),
    (("借呗逾期了", "客服说不行", "无所谓了，大不了慢慢还，拜拜"), "goodbye"),
    (("借呗逾期了", "客服说不行", "无所谓了，拜拜"), CRISIS),
    # acknowledgements and particles beside a bare decision leave it unsaid; its object said, it stays a goodbye (#6)
    (("借呗逾期了", "我还不上了", "好吧 我想清楚了 拜拜"), CRISIS),
    (("借呗逾期了", "我还不上了", "好吧 我想清楚了去找份兼职 拜拜"), "goodbye"),
    (("jiebei overdue", "they said no", "ok. i've made my decision. take care"), CRISIS),
    (("jiebei overdue", "they said no", "ok. i've made my decision to ask my boss for overtime. take care"), "goodbye"),
]


@pytest.mark.parametrize("turns, last_topic", LAST_TURNS)
def test_the_narrowed_closing(engine: Engine, turns: tuple[str, ...], last_topic: str) -> None:
    assert _topics(engine, turns)[-1] == last_topic


def test_a_correction_lets_out_a_crisis_read_from_a_closing_alone(engine: Engine) -> None:
    topics = _topics(engine, ("借呗逾期了", "客服说不行", "嗯，我想好了，谢谢，再见", "啊？你误会了，我只是要去上夜班", "好的，拜拜"))
    assert topics[2] == CRISIS and CRISIS not in topics[3:]


def test_the_let_out_turn_keeps_the_check_in_line(engine: Engine) -> None:
    session = Session(engine)
    for turn in ("借呗逾期了", "客服说不行", "嗯，我想好了，谢谢，再见"):
        session.ask(turn)
    reply = session.ask("啊？你误会了，我只是要去上夜班")
    assert reply.topics[0] != CRISIS and "12356" in reply.text


def test_a_correction_never_lets_out_a_crisis_told_in_words(engine: Engine) -> None:
    topics = _topics(engine, ("借呗逾期了", "我不想活了", "嗯，我想好了，谢谢，再见", "啊？你误会了，我只是要去上夜班", "好的，拜拜"))
    assert topics[1] == CRISIS and topics[3] == CRISIS and topics[4] == CRISIS


def test_crisis_wording_after_a_closing_crisis_is_never_let_out(engine: Engine) -> None:
    topics = _topics(engine, ("借呗逾期了", "客服说不行", "嗯，我想好了，谢谢，再见", "我不想活了", "你误会了，我只是要去上班"))
    assert topics[2] == CRISIS and topics[3] == CRISIS and topics[4] == CRISIS


def test_the_closing_crisis_is_kept_across_a_saved_state(engine: Engine) -> None:
    session = Session(engine)
    for turn in ("借呗逾期了", "客服说不行", "嗯，我想好了，谢谢，再见"):
        session.ask(turn)
    saved = session.to_dict()
    assert saved["crisis_closing"] is True
    again = Session.from_dict(engine, saved)
    assert again.ask("你误会了，我只是要去上班").topics[0] != CRISIS
    plain = Session.from_dict(engine, {key: value for key, value in saved.items() if key != "crisis_closing"})
    assert plain.ask("你误会了，我只是要去上班").topics[0] == CRISIS  # an older state: never let out

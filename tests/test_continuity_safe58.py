"""Safety across the turns that say nothing of the writer's own (safe58, issue 12 round 49): an option picked ("1") under
a crisis reply holds that reply for the next turn, so a goodbye that does not say "better" keeps the crisis reply (a
goodbye after a loan question the writer asked stays a plain goodbye, probe12); a number or an "ok" after the crisis
reply spoken to a helper keeps speaking to the helper, and so do their thanks after it; the hold survives the JSON
round trip."""

from __future__ import annotations

import pytest

from bot import Engine, Session

HELPER = {"zh": "他（她）", "en": "them"}
WRITER = {"zh": "你", "en": "you"}


def _turns(engine: Engine, *turns: str) -> tuple[str, ...]:
    session = engine.session()
    return tuple(session.ask(turn).topics[0] for turn in turns)


@pytest.mark.parametrize("turns", [("我不想活了", "1", "算了 再见"), ("i want to die", "1", "nvm bye"),
                                   ("我不想活了", "1", "好的")])
def test_a_goodbye_after_an_option_picked_under_a_crisis_reply_keeps_it(engine: Engine, turns: tuple[str, ...]) -> None:
    assert _turns(engine, *turns) == ("crisis", "negotiate", "crisis")


@pytest.mark.parametrize("turns, last", [
    (("借呗逾期会怎样", "1", "算了 再见"), "goodbye"),  # no crisis reply before: a plain goodbye
    (("我不想活了", "1", "借呗会起诉吗"), "lawsuit"),  # a loan question of the writer's own is answered
    # (probe12 had "goodbye" here: a loan turn between "closed" the crisis. sess87: asking about the loan settles nothing;
    # the writer's crisis stays open until they say they are safe, bot.crisis_open)
    (("我不想活了", "好的，谢谢你", "借呗逾期会上门吗", "就这样吧，谢谢，再见"), "crisis"),
    (("我不想活了", "我好多了，家里人都在陪我", "借呗逾期会上门吗", "谢谢，再见"), "goodbye")])  # settled: a goodbye
def test_a_goodbye_after_a_loan_turn_stays_a_goodbye(engine: Engine, turns: tuple[str, ...], last: str) -> None:
    assert _turns(engine, *turns)[-1] == last


def test_the_hold_lasts_one_turn_and_survives_the_round_trip(engine: Engine) -> None:
    session = engine.session()
    session.ask("我不想活了"), session.ask("1")
    again = Session.from_dict(engine, session.to_dict())
    assert session.to_dict()["crisis_held"] is True and again.ask("算了 再见").topics[0] == "crisis"
    assert again.to_dict().get("crisis_held", False) is False  # written only when set (eng64)


@pytest.mark.parametrize("turns, lang", [(("my wife wants to die because of the debt", "2", "thanks, bye"), "en"),
                                         (("我老公说要去死", "1", "谢谢 再见"), "zh"),
                                         (("my dad says he wants to end his life", "ok", "ok thanks"), "en")])
def test_a_number_or_an_ok_after_the_helpers_reply_keeps_the_helper(engine: Engine, turns: tuple[str, ...], lang: str) -> None:
    session = engine.session()
    replies = [session.ask(turn) for turn in turns]
    assert replies[-1].topics[0] == "crisis" and HELPER[lang] in replies[-1].text.split("\n")[0]
    assert session.to_dict()["crisis_helper"] is True


@pytest.mark.parametrize("turns", [("my wife wants to die because of the debt", "2", "i want to die too"),
                                   ("我老公说要去死", "好的", "我也不想活了")])
def test_the_helpers_own_crisis_after_a_number_gets_the_writers_reply(engine: Engine, turns: tuple[str, ...]) -> None:
    session = engine.session()
    replies = [session.ask(turn) for turn in turns]
    assert replies[-1].topics[0] == "crisis" and session.to_dict().get("crisis_helper", False) is False

"""The turn after the crisis reply that only acknowledges it ("好的", "嗯", "ok", "2" of one
option) gets the crisis topic's short ``again`` reply (ans14): still here, 12356, 120/110 in
danger, the loan when ready, every number marked as not from the article; never the whole crisis
reply word for word each time. Insisting, pushing help away and new crisis wording still get the
whole reply."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot import Engine, Session
from bot.continuity import quiet_after_crisis
from knowledge_files import edit_json, load_problems

FULL = {"zh": "听你这样说，我很担心你", "en": "I'm really sorry you're going through this"}  # the crisis reply's lead
AGAIN = {"zh": "我还在这里陪着你", "en": "I'm still here with you"}
MARK = {"zh": "不是出自文章", "en": "not from the article"}


def _after_crisis(engine: Engine, first: str = "我不想活了") -> tuple[Session, str]:
    session = engine.session()
    return session, session.ask(first).text


@pytest.mark.parametrize("first, quiet, lang", [("我不想活了", "好的", "zh"), ("我不想活了", "嗯", "zh"),
                                                ("我不想活了", "ok", "zh"), ("我不想活了", "2", "zh"),
                                                ("i want to die", "ok", "en"), ("i want to die", "okay", "en")])
def test_a_quiet_turn_gets_the_short_reply_with_help_in_view(engine: Engine, first: str, quiet: str, lang: str) -> None:
    session, crisis = _after_crisis(engine, first)
    reply = session.ask(quiet)
    assert reply.topics == ("crisis",) and reply.lang == lang
    assert reply.text.startswith(AGAIN[lang]) and FULL[lang] not in reply.text
    assert len(reply.text) < len(crisis) and reply.text != crisis
    for number in ("12356", "120", "110"):
        assert number in reply.text
    assert reply.text.rstrip().endswith(MARK[lang] + ("。）" if lang == "zh" else ".)"))  # the numbers marked
    assert "95188" not in reply.text and "不客气" not in reply.text


def test_every_quiet_turn_stays_short_and_the_conversation_keeps_it(engine: Engine) -> None:
    session, _ = _after_crisis(engine)
    texts = [session.ask(turn).text for turn in ("好的", "嗯", "好的")]
    assert all(text.startswith(AGAIN["zh"]) and FULL["zh"] not in text for text in texts)
    restored = Session.from_dict(engine, json.loads(json.dumps(session.to_dict())))  # last_mode "again" is a state
    assert restored.ask("嗯").text.startswith(AGAIN["zh"])


@pytest.mark.parametrize("turn", ["我是认真的", "不用管我了", "晚安", "我还是想死", "我真的不想活了"])
def test_insisting_pushing_away_or_new_crisis_wording_gets_the_whole_reply(engine: Engine, turn: str) -> None:
    session, _ = _after_crisis(engine)
    session.ask("好的")
    reply = session.ask(turn)
    assert reply.topics == ("crisis",) and FULL["zh"] in reply.text and AGAIN["zh"] not in reply.text


def test_insisting_in_english_gets_the_whole_reply(engine: Engine) -> None:
    session, _ = _after_crisis(engine, "i want to die")
    session.ask("ok")
    assert FULL["en"] in session.ask("I'm serious").text


def test_asking_what_to_do_still_gets_the_further_steps(engine: Engine) -> None:
    session, _ = _after_crisis(engine)
    text = session.ask("那怎么办").text
    assert FULL["zh"] in text and "交给别人" in text  # the "more" steps, as before


def test_a_quiet_turn_after_a_loan_answer_is_thanked_as_before(engine: Engine) -> None:
    session = engine.session()
    session.ask("借呗逾期了会上门吗")
    reply = session.ask("好的")
    assert "crisis" not in reply.topics and AGAIN["zh"] not in reply.text


@pytest.mark.parametrize("text, last, quiet", [("好的", ["crisis"], True), ("ok", ["crisis"], True), ("2", ["crisis"], True),
                                               ("好的", ["home_visit"], False), ("我是认真的", ["crisis"], False),
                                               ("晚安", ["crisis"], False), ("那怎么办", ["crisis"], False),
                                               ("不想活了", ["crisis"], False)])
def test_quiet_after_crisis(engine: Engine, text: str, last: list[str], quiet: bool) -> None:
    answered = [*last, "crisis"]
    assert quiet_after_crisis(text, engine.route(text), last, answered) is quiet


def test_a_topic_without_an_again_reply_answers_as_more(engine: Engine) -> None:
    again = engine.compose(["home_visit"], "zh", {}, mode="again", echo=False).text
    assert again == engine.compose(["home_visit"], "zh", {}, mode="more", echo=False).text


def test_a_broken_again_reply_is_named_by_file_and_pointer(knowledge_copy: Path) -> None:
    path = edit_json(knowledge_copy / "topics" / "crisis.json", lambda d: d["again"].pop("en"))
    assert f"{path}: /again: missing required 'en'" in load_problems(knowledge_copy)
    edit_json(path, lambda d: d["again"].__setitem__("en", ["{{ no_such_detail }}"]))
    assert any(p.startswith(f"{path}: /again/en: template does not render") for p in load_problems(knowledge_copy))


# review32: "30" (no option) or "好了" / "够了" / "算了" alone (it may say it is over) got the short reply.
@pytest.mark.parametrize("turn", ["30", "99", "好了", "够了", "算了"])
def test_a_number_or_an_ending_after_the_crisis_reply_gets_the_whole_reply(engine: Engine, turn: str) -> None:
    session = engine.session()
    first = session.ask("我真的撑不下去了").text
    reply = session.ask(turn)
    assert reply.topics[0] == "crisis" and "12356" in reply.text and "如果你已经伤害了自己" in reply.text
    assert reply.text.startswith(first.splitlines()[0])


def test_the_short_reply_keeps_the_self_harm_line(engine: Engine) -> None:
    session = engine.session()
    session.ask("我真的撑不下去了")
    text = session.ask("好的").text
    assert "12356" in text and "如果你已经伤害了自己" in text and "120" in text and "110" in text


def test_a_short_crisis_reply_without_12356_is_a_broken_knowledge_file(knowledge_copy: Path) -> None:
    # review32: cut to "我还在这里陪着你。" it passed the checks, and "好的" then got no number at all.
    path = edit_json(knowledge_copy / "topics" / "crisis.json", lambda d: d["again"].__setitem__("zh", ["我还在这里陪着你。"]))
    assert any(p.startswith(f"{path}: /again/zh: expected the psychological assistance line 12356") for p in load_problems(knowledge_copy))


@pytest.mark.parametrize("turn", ["ok thank you for everything", "好的，我知道了，谢谢你陪我这么久"])
def test_thanks_for_everything_after_the_crisis_reply_keeps_the_crisis_reply(engine: Engine, turn: str) -> None:
    # review32: these may be a goodbye; they got "不客气 … 逾期的事一步一步来" with the check-in line only
    session = engine.session()
    session.ask("我真的撑不下去了")
    reply = session.ask(turn)
    assert reply.topics[0] == "crisis" and "12356" in reply.text and "120" in reply.text


def test_plain_thanks_after_the_crisis_reply_and_thanks_for_everything_elsewhere_are_thanked(engine: Engine) -> None:
    session = engine.session()
    session.ask("我真的撑不下去了")
    assert session.ask("谢谢").topics == ("thanks",)
    session = engine.session()
    session.ask("借呗逾期会上门吗")
    assert session.ask("谢谢你陪我这么久").topics == ("thanks",)

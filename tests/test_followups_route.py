"""Which topic a follow-up is answered on (bot.followups_route): the last question's when the
message leans on it (tests/data/followups.tsv, hand-written), another when it clearly asks about
one, and a fear of its own named in a follow-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import Engine
from bot.followups_route import read_in_context
from bot.session_state import ConversationState

FOLLOWUPS = Path(__file__).parent / "data" / "followups.tsv"


def _followup_rows() -> list[tuple[str, str, set[str]]]:
    rows = []
    for line in FOLLOWUPS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            previous, followup, expected = line.split("\t")
            rows.append((previous, followup, set(expected.split("|"))))
    return rows


@pytest.mark.corpus  # the whole of tests/data/followups.tsv through the engine, against a floor
def test_follow_ups_are_read_in_the_context_of_the_last_question(engine: Engine) -> None:
    """Hand-written follow-ups (not eval data): in a session most get the topic a person would
    mean, clearly more than the same messages classified alone."""
    rows = _followup_rows()
    in_context = alone = 0
    misses = []
    for previous, followup, expected in rows:
        session = engine.session()
        session.ask(previous)
        topic = session.ask(followup).topic
        in_context += topic in expected
        alone += engine.ask(followup).topic in expected
        if topic not in expected:
            misses.append(f"{previous} / {followup} -> {topic}")
    assert len(rows) >= 50
    assert in_context / len(rows) >= 0.85, misses
    assert in_context - alone >= 0.15 * len(rows), (in_context, alone)


def test_a_clear_new_question_is_never_pulled_back_to_the_last_topic(engine: Engine) -> None:
    for previous, followup, topic in (("还不上能协商吗", "那会起诉吗", "lawsuit"),
                                      ("will they visit me", "and court?", "lawsuit"),
                                      ("逾期会上门吗", "我想死", "crisis"),
                                      ("会起诉吗", "今天天气怎么样", "out_of_scope")):
        session = engine.session()
        session.ask(previous)
        assert session.ask(followup).topic == topic


def test_workplace_follow_up_is_not_the_family_answer_again(engine: Engine) -> None:
    session = engine.session()
    family = session.ask("会联系我家人吗")
    workplace = session.ask("那会不会打到我公司")
    assert workplace.text != family.text
    assert any(word in workplace.lead for word in ("公司", "单位", "工作"))


# Follow-ups that ask about the last answer on other details or for a sum, or how likely it is
# (probe12, probe13): they stay on it, whatever the classifier makes of their numbers.
@pytest.mark.parametrize("first, follow_up, topic", [
    ("Will Jiebei visit my hometown if I'm late?", "how likely is that if I owe 3000?", "home_visit"),
    ("Will Jiebei visit my hometown if I'm late?", "what if it was only 2 weeks?", "home_visit"),
    ("借呗逾期会上门吗", "欠三千的话可能性大吗", "home_visit"),
    ("借呗逾期会上门吗", "那如果只欠三千呢", "home_visit"),
    ("Can Jiebei sue me?", "what would I have to pay if they win?", "lawsuit"),
    ("借呗逾期会被起诉吗", "赢了的话我要赔多少", "lawsuit"),
    ("借呗逾期罚息多少", "一个月下来大概多少钱", "penalty_costs"),
    ("Will collectors come to my house?", "what about the office", "home_visit"),
    # …and a follow-up naming a matter of its own still moves on
    ("借呗逾期会上门吗", "那会起诉吗", "lawsuit"),
    ("Will Jiebei visit my hometown if I'm late?", "what if I just ignore them?", "going_dark"),
])
def test_a_follow_up_on_other_details_stays_on_the_last_question(engine: Engine, first: str, follow_up: str, topic: str) -> None:
    session = engine.session()
    session.ask(first)
    assert session.ask(follow_up).topics[0] == topic


def test_read_in_context_continues_only_a_conversation_with_a_last_question(engine: Engine) -> None:
    text = "他们不同意怎么办"  # alone: the classifier's reading; after the negotiation answer: negotiate
    route = engine.route(text)
    assert read_in_context(engine, ConversationState(), text, route, {}) is route
    after = ConversationState(last_topics=["negotiate"], answered=["negotiate"])
    continued = read_in_context(engine, after, text, route, {})
    assert continued.topics == ("negotiate",) and continued.rule == "context" and route.topics != ("negotiate",)


# "is it real?" right after the worry reply had been declined mid-conversation (lead s14, from truth2's
# B6 session): the worry reply goes on; a new matter after it is read on its own.
def test_a_bare_follow_up_after_the_worry_reply_is_no_decline(engine: Engine) -> None:
    session = engine.session()
    session.ask("I'm really scared, they said they'll come tomorrow")
    assert session.ask("is it real?").topics == ("worry",)
    session = engine.session()
    session.ask("我好害怕")
    assert session.ask("今天天气怎么样").topics == ("out_of_scope",)

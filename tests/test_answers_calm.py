"""A frightened borrower's fear acknowledged (ans14): a message that states fear or panic gets one
calm line (frame.calm) above the loan answer, in the reply's language; the lead stays the answer.
Each case beside a twin that must not change: a bare question, a fear denied, safety replies,
the worry reply."""

from __future__ import annotations

from pathlib import Path

import pytest
from knowledge_files import edit_json

from bot import Engine
from bot.answer_calm import states_fear

CALM = {"zh": "听得出这件事让你很不安", "en": "It sounds like this has really frightened you"}


@pytest.mark.parametrize("afraid, twin, lang", [
    ("我好害怕，会不会被起诉", "会不会被起诉", "zh"),
    ("I'm terrified. Can they sue me?", "Can they sue me?", "en"),
    ("好慌啊 借呗逾期了会上门吗", "借呗逾期了会上门吗", "zh"),
    ("吓死我了 逾期会上征信吗", "逾期会上征信吗", "zh"),
    ("i'm scared they will call my parents", "will they call my parents", "en"),
    ("I'm panicking, will they come to my house?", "will they come to my house?", "en"),
])
def test_a_stated_fear_opens_the_loan_answer_with_a_calm_line(engine: Engine, afraid: str, twin: str, lang: str) -> None:
    reply, plain = engine.ask(afraid), engine.ask(twin)
    assert reply.topics == plain.topics and reply.lang == lang
    assert reply.text.startswith(CALM[lang]) and reply.text.count(CALM[lang]) == 1
    assert reply.lead == plain.lead and reply.lead in reply.text.split("\n")[1]  # the lead is still the answer
    assert CALM[lang] not in plain.text
    assert not any(ch.isdigit() for ch in reply.text.split("\n")[0])  # no figure in it


@pytest.mark.parametrize("question", ["我不害怕，会不会被起诉", "别慌，逾期会上门吗", "I'm not scared, can they sue me?",
                                      "怕影响征信，能分期吗"])
def test_a_denied_or_unstated_fear_gets_no_calm_line(engine: Engine, question: str) -> None:
    assert not any(CALM[lang] in engine.ask(question).text for lang in CALM)


@pytest.mark.parametrize("question", ["我好害怕 不想活了", "催收天天骂我 我好害怕", "I'm terrified, I want to die", "我好害怕"])
def test_safety_and_worry_replies_get_no_calm_line(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.topics[0] in ("crisis", "abusive_collection", "worry")
    assert not any(CALM[lang] in reply.text for lang in CALM)


def test_the_calm_line_belongs_to_the_message_that_states_fear(engine: Engine) -> None:
    session = engine.session()
    assert session.ask("我好害怕，会不会被起诉").text.startswith(CALM["zh"])
    assert CALM["zh"] not in session.ask("详细点").text  # the fear was said once; the next reply moves on


@pytest.mark.parametrize("text, afraid", [("我好害怕", True), ("好怕", True), ("心里好慌", True), ("吓死了", True),
                                          ("擔心死了", True), ("I'm terrified", True), ("so scared", True),
                                          ("afraid of them", True), ("panicking", True), ("会不会被起诉", False),
                                          ("我不怕", False), ("不要慌", False), ("not scared", False),
                                          ("don't panic", False), ("", False),
                                          # someone else's fear, or a thing that is scary, is not the writer's
                                          ("他吓得睡不着", False), ("我妈吓坏了", False), ("my dad was scared", False),
                                          ("利息高得吓死人", False), ("说得特别吓人", False),
                                          ("好怕他们来", True), ("so scared they will sue", True), ("他们说会上门 吓死我了", True)])
def test_states_fear(text: str, afraid: bool) -> None:
    assert states_fear(text) is afraid


def test_a_folder_without_a_calm_line_says_nothing_there(knowledge_copy: Path) -> None:
    edit_json(knowledge_copy / "frame.json", lambda d: d.pop("calm"))
    engine = Engine.load(knowledge_copy)
    reply = engine.ask("我好害怕，会不会被起诉")
    assert reply.text.startswith(reply.lead) and CALM["zh"] not in reply.text


# review32: the calm line said a fear the writer never stated.
@pytest.mark.parametrize("message", ["我女儿很害怕，借呗逾期会起诉吗", "室友害怕得不行，借呗的事", "my son is scared, will they call his school?",
                                     "我不是很害怕，会起诉吗", "没什么好慌的吧，借呗逾期三天", "I'm not so worried, will they sue me?",
                                     "我好怕怕哦，有本事来起诉我啊", "有什么好怕的，大不了坐牢", "需要害怕吗？借呗逾期了",
                                     "should I be scared? jiebei is late", "害怕有用吗"])
def test_no_fear_of_the_writers_own_no_calm_line(message: str) -> None:
    from bot.answer_calm import states_fear

    assert not states_fear(message)


@pytest.mark.parametrize("message", ["我好害怕，会不会被起诉", "好怕他们来我家", "I am so scared they will sue"])
def test_the_writers_own_fear_still_counts(message: str) -> None:
    from bot.answer_calm import states_fear

    assert states_fear(message)


@pytest.mark.parametrize("message", ["我工资不多害怕还不上会被起诉吗", "我真的好怕怕，借呗逾期会上门吗", "我好害怕 需要担心吗 会被起诉吗",
                                     "我特别害怕，会不会被起诉"])
def test_fear_beside_words_that_looked_like_a_denial_counts(message: str) -> None:
    # review33: 不多害怕, 好怕怕, a space between clauses, 特别害怕 (holding 别害怕) read as no fear
    from bot.answer_calm import states_fear

    assert states_fear(message)


@pytest.mark.parametrize("question", [
    "逾期之后我天天焦虑，心跳很快，这正常吗",  # worry leads beside a loan topic (cls22)
    "我觉得好丢人，借呗逾期了怎么办",
    "我好焦虑",  # worry alone
])
def test_a_feeling_line_above_the_worry_reply_names_12356_once_and_keeps_the_label(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert "worry" in reply.topics
    assert reply.text.count("12356") == 1
    assert reply.text.index("12356") < reply.text.index("\n")  # said by the feeling's line, on top
    assert "【害怕、担心、心里很慌】" not in reply.text  # the feeling's line is worry's opening (review52)
    assert "\n- 可以直接问我你最担心的事" in reply.text  # ...and worry's own steps follow it


def test_under_a_feeling_line_a_worry_section_after_a_loan_answer_is_left_out() -> None:
    from types import SimpleNamespace

    from bot.answer_calm import under_calm
    chosen = [SimpleNamespace(id="lawsuit"), SimpleNamespace(id="worry")]
    sections = ["【起诉】loan facts", "【害怕、担心、心里很慌】fear\n- ask me\n- call 12356"]
    calm = "a feeling named; 12356"
    assert under_calm(sections, chosen, calm) == [calm + "\n【起诉】loan facts"]  # type: ignore[arg-type]
    # a calm line without 12356 (fear only) leaves the worry section as it is
    assert under_calm(sections, chosen, "calm") == ["calm\n【起诉】loan facts", sections[1]]  # type: ignore[arg-type]


@pytest.mark.parametrize("question", ["I'm scared", "我好害怕"])
def test_the_worry_reply_without_a_feeling_line_keeps_its_own_12356(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.topics[0] == "worry" and reply.text.count("12356") == 1
    assert "12356" not in reply.text.split("\n")[0]  # its own line, under its opening

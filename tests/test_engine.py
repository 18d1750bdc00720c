"""The library API other apps rely on."""

from __future__ import annotations

import threading

import pytest

from bot import Engine, UsageError
from bot.errors import ImmutableError
from bot.knowledge import REQUIRED_TOPICS


def test_reply_fields(engine: Engine) -> None:
    reply = engine.ask("借呗逾期会走访户籍地吗？")
    assert reply.topic == "home_visit"
    assert reply.topics == ("home_visit",)
    assert 0.0 <= reply.confidence <= 1.0
    assert reply.lang == "zh"
    assert reply.sources and all(isinstance(s, str) for s in reply.sources)
    assert "不构成法律意见" in reply.text
    assert 1 <= len(reply.suggestions) <= 3
    data = reply.to_dict()
    assert set(data) >= {"topic", "topics", "confidence", "lang", "text", "suggestions", "sources"}
    assert data["topics"] == ["home_visit"]


def test_english_question_gets_an_english_answer(engine: Engine) -> None:
    reply = engine.ask("will they visit my hometown?")
    assert reply.topic == "home_visit" and reply.lang == "en"
    assert "not legal advice" in reply.text


def test_lang_can_be_forced(engine: Engine) -> None:
    assert engine.ask("借呗逾期会上门吗", lang="en").lang == "en"
    with pytest.raises(UsageError):
        engine.ask("借呗逾期会上门吗", lang="fr")


def test_answer_cites_titles_of_its_sections(engine: Engine) -> None:
    reply = engine.ask("借呗逾期真的会走访户籍地吗")
    cited = [s for s in reply.sources if engine.knowledge.article.section(s).title.zh in reply.text]
    assert cited and cited == list(reply.sources[:len(cited)])  # the first ones, by the article's headings


def test_several_questions_get_several_answers_in_order(engine: Engine) -> None:
    reply = engine.ask("借呗逾期了会不会上门催收？会不会起诉我？")
    assert reply.topics == ("home_visit", "lawsuit")
    assert reply.topic == "home_visit"


def test_statements_without_a_question_are_read_as_one_message(engine: Engine) -> None:
    # Context clauses alone are not separate questions: the whole message decides the topic.
    route = engine.route("借呗逾期两个月了，现在还在上班，家里人都不知道")
    assert route.rule == "classifier" and len(route.topics) == 1


def test_out_of_scope_is_honest_and_points_to_official_service(engine: Engine) -> None:
    reply = engine.ask("今天天气怎么样")
    assert reply.topic == "out_of_scope"
    assert "95188" in engine.ask("我还了花呗为什么还显示没还").text


def test_crisis_comes_first(engine: Engine) -> None:
    reply = engine.ask("借呗欠了好多还不上，我真的不想活了")
    assert reply.topics[0] == "crisis"
    assert "12356" in reply.text


def test_details_are_repeated_back_and_other_products_get_a_caveat(engine: Engine) -> None:
    reply = engine.ask("花呗逾期两个月了，欠了一万五，会上门吗")
    assert "两个月" in reply.text and "15000" in reply.text
    assert "花呗" in reply.text.split("\n\n")[0]
    assert reply.slots["product"].value == "huabei"


def test_user_text_stays_literal(engine: Engine) -> None:
    for attack in ["{{ 7*7 }} 借呗逾期会上门吗", "{% for x in y %} 会起诉吗", "{{ ''.__class__ }} overdue"]:
        reply = engine.ask(attack)
        assert "49" not in reply.text and "<class" not in reply.text


def test_non_string_input_raises_type_error(engine: Engine) -> None:
    with pytest.raises(TypeError, match="expected str"):
        engine.ask(42)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "？？？", "1234567", "😀😀", "\x1b[31m", "a" * 10000])
def test_odd_input_gets_a_normal_reply(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    assert reply.topic in REQUIRED_TOPICS and reply.text


def test_topics_list_titles_and_examples(engine: Engine) -> None:
    ids = [topic.id for topic in engine.topics]
    assert set(ids) == set(REQUIRED_TOPICS)
    home = next(t for t in engine.topics if t.id == "home_visit")
    assert home.title.zh and home.title.en and home.examples("zh") and home.examples("en")


def test_deterministic_and_thread_safe(engine: Engine) -> None:
    questions = ["借呗逾期会上门吗", "can they sue me", "还不上怎么办", "花呗逾期影响征信吗"] * 5
    expected = [engine.ask(q).to_dict() for q in questions]
    results: dict[int, list[dict]] = {}

    def work(n: int) -> None:
        results[n] = [engine.ask(q).to_dict() for q in questions]

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(result == expected for result in results.values())


def test_immutable_after_loading(engine: Engine) -> None:
    before = engine.ask("借呗逾期会上门吗")
    for change in (lambda: setattr(engine, "foo", 1), lambda: setattr(engine, "_knowledge", None),
                   lambda: delattr(engine, "_router")):
        with pytest.raises(ImmutableError, match="Engine is immutable"):
            change()
    assert isinstance(ImmutableError("x"), UsageError) and isinstance(ImmutableError("x"), AttributeError)
    assert not hasattr(engine, "foo") and engine.ask("借呗逾期会上门吗") == before


def test_candidates_are_ranked(engine: Engine) -> None:
    prediction = engine.classify("会不会起诉我")
    scores = [c.score for c in prediction.candidates]
    assert scores == sorted(scores, reverse=True) and prediction.candidates[0].topic == "lawsuit"


def test_an_engine_copies_as_itself_is_weakly_referable_and_refuses_pickling(engine: Engine) -> None:
    import copy
    import pickle
    import weakref

    assert copy.copy(engine) is engine and copy.deepcopy(engine) is engine
    assert weakref.ref(engine)() is engine
    with pytest.raises(UsageError, match="cannot be pickled"):
        pickle.dumps(engine)


@pytest.mark.parametrize("message, opens_with_the_person", [
    ("我想死，开玩笑的", True),   # distress, no loan question: the person first, never "I can't help"
    ("感觉自己很没用", True),
    ("我好累", True),              # review24: about no loan or account, nothing to decline
    ("笑死我了", False),         # an idiom: the plain decline, no 12356
    ("今天天气怎么样", False),
])
def test_distress_without_a_loan_question_is_not_declined(engine: Engine, message: str, opens_with_the_person: bool) -> None:
    reply = engine.ask(message)
    assert reply.topics == ("out_of_scope",)
    assert ("帮不上忙" not in reply.text) is opens_with_the_person
    assert ("12356" in reply.lead) is opens_with_the_person
    assert reply.text.count("12356") == (1 if opens_with_the_person else 0)


def test_a_loan_question_with_distress_keeps_its_answer_and_the_line(engine: Engine) -> None:
    reply = engine.ask("借呗逾期了我真的撑不住了，会不会被起诉")
    assert "lawsuit" in reply.topics or "crisis" in reply.topics
    assert "12356" in reply.text and "帮不上忙" not in reply.text


def test_a_safety_file_without_check_in_alone_keeps_the_decline_and_the_line() -> None:
    from bot.safety.examples import _safety_file
    data = {"check_in": {"zh": "线", "en": "line"}, "classes": {c: {} for c in ("crisis", "abuse", "benign")}}
    assert _safety_file(data).check_in_alone == {}
    data["check_in_alone"] = {"zh": "先问你", "en": "you first"}
    assert _safety_file(data).check_in_alone == {"zh": "先问你", "en": "you first"}


@pytest.mark.parametrize("message", ["银行卡已经扣钱了，为什么花呗还没还上", "我想更换电话号码"])
def test_a_billing_question_that_trips_a_low_floor_keeps_the_decline(engine: Engine, message: str) -> None:
    # The learned reader leans up to 0.86 on such questions: a line after the decline, at most.
    reply = engine.ask(message)
    assert reply.topics == ("out_of_scope",) and "帮不上忙" in reply.lead and "担心你" not in reply.text


def test_the_reply_that_opens_with_the_person_still_points_account_questions_to_95188(engine: Engine) -> None:
    # review23: "崩溃，支付宝登不上去" said distress in words and lost the decline's 95188 line.
    reply = engine.ask("崩溃，支付宝登不上去")
    assert "12356" in reply.text and "95188" in reply.text and "帮不上忙" not in reply.lead

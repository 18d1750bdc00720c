import pytest

from bot import knowledge as kb
from bot.choices import Choices
from bot.classifier import Candidate, Prediction


@pytest.fixture(scope="module")
def choices() -> Choices:
    return Choices(kb.load())


def _prediction(*scored: tuple[str, float]) -> Prediction:
    return Prediction(scored[0][0], scored[0][1], tuple(Candidate(t, s) for t, s in scored), ())


def test_a_bare_keyword_used_by_several_topics_offers_them(choices: Choices) -> None:
    offered = choices.offer(_prediction(("collection_process", 0.5)), "逾期")
    assert len(offered) >= 2 and all(kb_topic in choices.examples() for kb_topic in offered)


def test_a_letter_or_filler_is_no_keyword(choices: Choices) -> None:
    assert choices.offer(_prediction(("out_of_scope", 0.9)), "ok") == ()


def test_close_scores_offer_the_top_topics_and_a_clear_lead_offers_none(choices: Choices) -> None:
    close = _prediction(("lawsuit", 0.40), ("uncovered_consequences", 0.35), ("credit_report", 0.10))
    assert choices.offer(close, "借呗逾期了后果严重吗，会怎么样") == ("lawsuit", "uncovered_consequences", "credit_report")
    clear = _prediction(("lawsuit", 0.80), ("uncovered_consequences", 0.10))
    assert choices.offer(clear, "借呗逾期了会被起诉吗") == ()

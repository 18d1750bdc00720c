"""The conversational moves bot/followups.py recognises, as pure functions on text."""

from __future__ import annotations

import pytest

from bot.followups import detail_update, is_leaving, language_request, leans_on_context, says_goodbye
from bot.slots import Slot


@pytest.mark.parametrize("text, lang", [
    ("用英文", "en"), ("切换成英文", "en"), ("please reply in English", "en"), ("English please", "en"),
    ("can you answer in Chinese", "zh"), ("说中文", "zh"), ("请用中文回答", "zh"), ("能不能用中文", "zh"),
    ("in Chinese please", "zh"), ("switch to english", "en"), ("請用英文回答", "en"),
])
def test_language_requests_alone(text: str, lang: str) -> None:
    assert language_request(text) == (lang, "")


def test_a_language_request_before_a_question_keeps_the_question() -> None:
    assert language_request("用英文回答：会起诉吗") == ("en", "会起诉吗")
    assert language_request("please answer in English, will they call my mom?") == ("en", "will they call my mom")


@pytest.mark.parametrize("text", ["用英文写简历", "英文不好怎么办", "i speak english", "会起诉吗", "中文系毕业的"])
def test_not_language_requests(text: str) -> None:
    assert language_request(text) is None


@pytest.mark.parametrize("text", ["exit", "quit", "退出", "再见", "再见了", "bye", "Goodbye!", "拜拜"])
def test_leaving_words(text: str) -> None:
    assert is_leaving(text) and says_goodbye(text)


@pytest.mark.parametrize("text", ["quit smoking", "怎么退出借呗", "再见到催收员怎么办", "exit fee"])
def test_not_leaving(text: str) -> None:
    assert not is_leaving(text)


def test_thanks_and_bye_says_goodbye_without_being_only_a_leaving_word() -> None:
    assert says_goodbye("谢谢，再见") and not is_leaving("谢谢，再见")
    assert says_goodbye("thanks, bye") and not says_goodbye("thanks")


def test_detail_corrections() -> None:
    days = {"days": Slot("days", 60, "两个月")}
    assert detail_update("我记错了，是逾期三天", days)["days"].value == 3  # type: ignore[index]
    assert detail_update("不是两个月，是三天", days)["days"].value == 3  # type: ignore[index]
    assert detail_update("sorry, I meant 3 days", days)["days"].value == 3  # type: ignore[index]
    assert detail_update("不是借呗，是花呗", {})["product"].value == "huabei"  # type: ignore[index]
    assert detail_update("欠了八千", {})["amount"].value == 8000  # type: ignore[index]
    assert detail_update("逾期三天会上门吗", days) is None  # a new question, not a correction
    assert detail_update("我逾期三天了，每天都睡不着，家里人也不知道", {}) is None  # a story: the router reads it
    assert detail_update("我记错了", days) is None


@pytest.mark.parametrize("text", ["他们不同意怎么办", "那会起诉吗", "那老家呢", "多久", "and court?",
                                  "what if they say no?", "how much would I have to pay then?"])
def test_follow_ups_that_lean_on_the_last_question(text: str) -> None:
    assert leans_on_context(text)


@pytest.mark.parametrize("text", ["借呗逾期两个月了会上门吗", "今天天气怎么样", "will they visit my hometown?",
                                  "what's the weather like?"])
def test_questions_of_their_own(text: str) -> None:
    assert not leans_on_context(text)


@pytest.mark.parametrize("text", ["他们天天骂我", "他们说要弄死我", "天气", "it is raining"])
def test_statements_are_news_not_follow_ups(text: str) -> None:
    assert not leans_on_context(text)


@pytest.mark.parametrize("text, name, value", [("不是借呗 是花呗", "product", "huabei"), ("不是借呗是花呗", "product", "huabei"),
                                               ("不是两个月是三天", "days", 3), ("我记错了 是逾期三天", "days", 3)])
def test_a_correction_without_a_comma_still_corrects(text: str, name: str, value: object) -> None:
    # probe9: "不是借呗 是花呗" repeated the 借呗 answer with no word that 花呗 may differ.
    update = detail_update(text, {"product": Slot("product", "jiebei", "借呗"), "days": Slot("days", 60, "两个月")})
    assert update is not None and update[name].value == value


@pytest.mark.parametrize("text, expected", [("逾期三天 欠了八千", {"days": 3, "amount": 8000}),
                                            ("不对 是逾期三天 欠了八千", {"days": 3, "amount": 8000}),
                                            ("我记错了 是花呗 逾期三天", {"product": "huabei", "days": 3}),
                                            ("是花呗 逾期两个月了", {"product": "huabei", "days": 60})])
def test_every_detail_a_correction_states_is_kept(text: str, expected: dict[str, object]) -> None:
    # Review: splitting at spaces kept only the last clause's detail ("逾期三天 欠了八千" lost the days).
    update = detail_update(text, {"days": Slot("days", 60, "两个月")})
    assert update is not None and {name: update[name].value for name in expected} == expected

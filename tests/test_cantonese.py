"""bot.cantonese: written Cantonese read as Mandarin, and the Mandarin it must leave alone."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.cantonese import to_mandarin
from bot.text import normalize


@pytest.mark.parametrize(("cantonese", "mandarin"), [
    ("催收话要斩我", "催收说要砍我"),
    ("会唔会俾人告", "会不会被人告"),
    ("点算好", "怎么办"),
    ("佢哋听日上门", "他们明天上门"),
    ("我欠佢一万蚊", "我欠他一万块"),
    ("催收话要搞我屋企人", "催收说要搞我家人"),
    ("我冇钱还", "我没钱还"),
    ("我好惊", "我好怕"),
    ("唔该", "谢谢"),
])
def test_cantonese_words_read_as_mandarin(cantonese: str, mandarin: str) -> None:
    assert to_mandarin(cantonese) == mandarin


@pytest.mark.parametrize("mandarin", [
    "打电话要多久", "他说话要小心", "我惊呆了", "好惊险", "斩获冠军", "蚊子好多", "唔，好吧",
    "联系紧急联系人", "系统提示逾期", "借呗逾期会上门吗",
])
def test_mandarin_is_left_alone(mandarin: str) -> None:
    assert to_mandarin(mandarin) == mandarin


def test_the_classifier_reads_cantonese_through_normalize() -> None:
    assert normalize("會唔會俾人告") == normalize("会不会被人告")


@pytest.mark.parametrize("message", [
    "借唄逾期，催收話要斬我，我欠佢一萬蚊，會唔會上門？",
    "借唄逾期，催收話要打死我，會唔會上門？",
])
def test_a_cantonese_threat_gets_the_abuse_reply_with_110(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert reply.topics[0] == "abusive_collection"
    assert "home_visit" in reply.topics  # the question asked is still answered
    assert "110" in reply.text


def test_a_cantonese_question_without_a_threat_is_not_abuse(engine: Engine) -> None:
    reply = engine.ask("借唄逾期，催收話佢哋聽日上門，點算好？")
    assert "abusive_collection" not in reply.topics
    assert "crisis" not in reply.topics


@pytest.mark.parametrize("mandarin", ["借呗几点算逾期", "过了12点算不算逾期", "十二点算逾期吗"])
def test_an_hour_that_counts_is_not_what_do_i_do(mandarin: str) -> None:
    assert to_mandarin(mandarin) == mandarin


def test_what_do_i_do_in_cantonese() -> None:
    assert to_mandarin("我应该点算") == "我应该怎么办"


@pytest.mark.parametrize("mandarin", ["早点走早点解脱", "快点解决", "一点解释都没有"])
def test_dian_followed_by_a_word_of_jie_is_not_why(mandarin: str) -> None:
    assert to_mandarin(mandarin) == mandarin


def test_why_and_debt_collectors_in_cantonese() -> None:
    assert to_mandarin("点解会咁") == "为什么会那么"
    assert to_mandarin("收数佬话要淋红油") == "催收的人说要淋红油"


@pytest.mark.parametrize("mandarin", [
    "这点算什么", "快点算了", "早点算了", "我还不上钱，而家人都不知道", "一边度假一边接电话", "身边个个都借钱",
    "呃我想问一下", "都系统自动扣的", "打听日语班", "差点算错",
])
def test_mandarin_where_cantonese_words_meet_by_chance(mandarin: str) -> None:
    assert to_mandarin(mandarin) == mandarin


def test_cantonese_time_and_place_words() -> None:
    assert to_mandarin("而家点算") == "现在怎么办"
    assert to_mandarin("佢喺边度") == "他在哪里"
    assert to_mandarin("听日上门") == "明天上门"


def test_the_quick_filter_lets_every_mapping_through() -> None:
    # _MARKERS is a hand-kept filter (rare characters, so most messages skip the rest); a mapping whose
    # words it does not let through would never run.
    from bot.cantonese import _CHARS, _MARKERS, _PHRASES

    for word in [phrase for phrase, _ in _PHRASES] + list(_CHARS):
        assert _MARKERS.search(word), word
    for word in ["边个", "边度", "而家", "听日", "都系", "点算", "点解", "唔好", "佢话要", "斩我", "一万蚊", "好惊", "呃钱"]:
        assert _MARKERS.search(word), word
        assert to_mandarin(word) != word, word

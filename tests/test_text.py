import pytest

from bot.text import detect_lang, features, normalize


def test_normalize_folds_width_case_traditional_and_punctuation() -> None:
    assert normalize("借唄逾期會不會走訪戶籍地？？") == "借呗逾期会不会走访户籍地"
    assert normalize("ＷＩＬＬ they Visit!!") == "will they visit"


def test_normalize_fixes_common_typos_and_masks_numbers() -> None:
    assert normalize("蚂蚁借被逾其***天") == "借呗逾期#天"
    assert normalize("花被逾期3天欠5,000元") == "花呗逾期#天欠#元"
    assert normalize("愈期了会被起素吗 会上们吗") == "逾期了会被起诉吗 会上门吗"  # homophones typed for 起诉, 上门


def test_normalize_is_idempotent_on_tricky_input() -> None:
    for text in ["蚂蚁借被", "a\ud800b", "  \t\n", "借呗 ＊＊＊ 天", "\x1b[31m红\x1b[0m"]:
        once = normalize(text)
        assert normalize(once) == once


def test_detect_lang_follows_the_question() -> None:
    assert detect_lang("借呗逾期会上门吗") == "zh"
    assert detect_lang("will they visit my hometown?") == "en"
    assert detect_lang("jiebei逾期会怎样") == "zh"
    assert detect_lang("will jiebei call my 爸妈") == "en"
    assert detect_lang("") == "zh"


@pytest.mark.parametrize(("message", "lang"), [
    # the question's own language decides a mixed message (truth3, s15)
    ("借呗逾期了 will they call my parents?", "en"),
    ("jiebei逾期两个月 can they sue me", "en"),
    ("借呗逾期了，can I still use 花呗?", "en"),
    ("Hello 我借呗逾期了 what should I do", "en"),
    ("借呗 overdue, 我好害怕, they will arrest me?", "en"),
    ("I already 还清了 but 催收 still calls me", "en"),
    ("I have been late on jiebei for 3 months and they keep calling, 会不会上门", "zh"),
    # ... and a word or two in the other one at the end does not
    ("我借呗逾期了怎么办 pls", "zh"),
    ("借呗逾期了会上门吗 thanks", "zh"),
    ("Will they visit my hometown 老家", "en"),
    ("借呗overdue了怎么办", "zh"),
    ("我的jiebei逾期了", "zh"),
    ("OK 好的谢谢", "zh"),
    ("借呗逾期了会上门吗 thank you so much", "zh"),  # courtesies are not the question
    ("hi 我逾期了怎么办 please help", "zh"),
    # a tail in the other language that does not ask is not the question (review41)
    ("逾期三个月会起诉吗？ sorry for my bad Chinese", "zh"),
    ("借呗逾期会坐牢吗 my friend said so", "zh"),
    ("逾期会影响征信吗 I really need to know", "zh"),
    ("借呗逾期会上门吗 many thanks in advance", "zh"),
    ("will they call my parents? 拜托了", "en"),
    ("can they sue me for 20000? 我好害怕", "en"),
    ("will they visit my hometown? 我在深圳", "en"),
])
def test_a_mixed_message_is_answered_in_the_language_it_asks_in(message: str, lang: str) -> None:
    assert detect_lang(message) == lang


def test_a_long_mixed_message_is_read_in_linear_time() -> None:
    message = "欠 " * 3000 + "will they " * 3000 + "会不会上门"
    assert detect_lang(message) == "zh"


def test_features_use_character_ngrams_for_chinese_and_words_for_english() -> None:
    zh = features(normalize("会上门吗"))
    assert {"上", "上门", "会上门"} <= set(zh)
    en = features(normalize("will they visit"))
    assert "w:visit" in en and "b:they_visit" in en and "c:visi" in en

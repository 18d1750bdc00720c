"""Reading a message as the questions it asks (pure text rules, no classifier)."""

from __future__ import annotations

import pytest

from bot.questions import is_question, keep_ends, split_questions, strip_courtesy


def texts(message: str) -> list[str]:
    return [question.text for question in split_questions(message)]


def test_a_numbered_paste_is_one_question_per_item_without_its_marker() -> None:
    asked = split_questions("1.借呗欠了三个月，会不会上门？2.会找我家里人吗？3.征信会花吗？4.罚息怎么算？")
    assert [q.bare for q in asked] == ["会不会上门？", "会找我家里人吗？", "征信会花吗？", "罚息怎么算？"]
    assert asked[0].text == "借呗欠了三个月， 会不会上门？"  # the statement before it travels with it
    assert len(split_questions("（1）会起诉吗（2）影响征信吗（3）能延期吗")) == 3
    assert len(split_questions("①会上门吗 ②会起诉吗")) == 2


def test_amounts_and_decimals_are_not_list_markers() -> None:
    assert texts("欠了3.5万，逾期3个月了，会起诉吗") == ["欠了3.5万， 逾期3个月了， 会起诉吗"]
    assert texts("借了2万、3个月没还了 会被告吗") == ["借了2万、 3个月没还了 会被告吗"]


def test_questions_separated_only_by_spaces_are_split() -> None:
    assert texts("借呗逾期会上门吗 会起诉吗 会影响征信吗") == ["借呗逾期会上门吗", "会起诉吗", "会影响征信吗"]


def test_a_context_clause_travels_with_its_question() -> None:
    assert texts("借一万分6期，利息一共多少") == ["借一万分6期， 利息一共多少"]
    assert texts("会起诉吗，我已经逾期三个月了") == ["会起诉吗， 我已经逾期三个月了"]
    # At most two statements come along: the nearest say the most.
    assert texts("我是做外卖的，收入不稳定，上个月就还不上了，现在逾期四十天。会被起诉吗？") == [
        "上个月就还不上了， 现在逾期四十天。 会被起诉吗？"]


def test_context_does_not_cross_an_announced_new_question() -> None:
    asked = split_questions("借呗逾期了，顺便问下今天天气怎么样，会有人上门吗")
    assert [q.text for q in asked] == ["今天天气怎么样，", "会有人上门吗"]


def test_statements_only_give_no_question() -> None:
    assert split_questions("借呗逾期两个月了，现在还在上班，家里人都不知道") == []
    assert split_questions("") == []


def test_short_fragments_join_the_question_before_them() -> None:
    assert texts("逾期两个月了会上门吗？怎么办？") == ["逾期两个月了会上门吗？ 怎么办？"]


def test_english_questions_split_with_or_without_marks() -> None:
    assert texts("I'm late on Jiebei. Will they sue me? Will they call my parents?") == [
        "I'm late on Jiebei. Will they sue me?", "Will they call my parents?"]
    assert texts("will they sue me will they call my parents how much will i pay") == [
        "will they sue me", "will they call my parents", "how much will i pay"]
    assert texts("How much extra will I have to pay?") == ["How much extra will I have to pay?"]
    assert texts("what will happen if i dont pay will they sue me") == [
        "what will happen if i dont pay", "will they sue me"]


def test_aside_statements_are_not_context() -> None:
    asked = split_questions("我欠了五万，真的不想活了，他们会起诉我吗", aside=lambda clause: "不想活" in clause)
    assert [q.text for q in asked] == ["我欠了五万， 他们会起诉我吗"]


def test_is_question_knows_particles_and_a_not_a_endings() -> None:
    assert is_question("会不会上门") and is_question("我还可以用不") and is_question("借呗还能借不")
    assert is_question("will they sue me") and is_question("要打哪个电话") and is_question("会上征信吧")
    assert not is_question("逾期两个月了") and not is_question("我把钱还了") and not is_question("I am late")
    assert not is_question("借了几万") and not is_question("逾期十几天") and not is_question("好几个月了")
    assert not is_question("前几天还清了") and not is_question("逾期了几个月") and not is_question("几天前还的")
    assert is_question("逾期几天会上征信") and is_question("最多能晚几天")


def test_courtesy_around_a_question_is_removed_but_a_bare_greeting_stays() -> None:
    assert strip_courtesy("你好，我想问下借呗逾期会不会上门，谢谢") == "借呗逾期会不会上门"
    assert strip_courtesy("hi there, can they sue me") == "can they sue me"
    assert strip_courtesy("在吗？借呗逾期会打给家人吗") == "借呗逾期会打给家人吗"
    assert strip_courtesy("你好") == "你好" and strip_courtesy("你好，在吗") == "你好，在吗"
    assert strip_courtesy("亲戚会知道吗") == "亲戚会知道吗"  # 亲 is a greeting only when set apart
    assert strip_courtesy("客服电话是多少") == "客服电话是多少"
    assert strip_courtesy("history of late payments") == "history of late payments"


def test_keep_ends_cuts_where_sentences_end_and_keeps_the_length_exact() -> None:
    text = "我借了两万。" + "生意不好做。" * 50 + "会被起诉吗？"
    cut = keep_ends(text, 100, 20, "|")
    assert len(cut) == 101 and cut.index("|") == 20
    start, end = cut.split("|")
    assert start.rstrip().endswith("。") and end.lstrip().startswith("生意") and end.endswith("会被起诉吗？")
    unbroken = "x" * 300
    assert keep_ends(unbroken, 100, 20, "|") == "x" * 20 + "|" + "x" * 80


@pytest.mark.parametrize("message, asks", [
    ("１、逾期會被抓嗎 ２、會不會找上門 ３、還完了還能借嗎", 3),  # traditional, full-width numbering
    ("1 逾期多久会被起诉 2 起诉了要赔多少钱 3 可以分期吗", 3),  # bare numbers as markers
    ("花呗逾期了几天 罚息贵不贵 还有会不会打电话给我爸妈", 2),  # A-not-A in the middle
    ("two things: will this hurt my credit score, and can I get more time to pay", 2),
])
def test_every_question_of_a_list_is_found(message: str, asks: int) -> None:
    assert len(split_questions(message)) == asks


def test_a_lone_number_is_not_a_list_marker() -> None:
    assert len(split_questions("欠了 2 万 逾期 3 个月 会起诉吗")) == 1


@pytest.mark.parametrize("message, count", [
    ("借呗逾期会不会起诉会不会上征信会不会打电话给家里人", 3),  # run on with no mark
    ("会不会被起诉、上门、打电话给家里人、影响征信？", 4),  # one marker over a list
    ("会不会被起诉、上门？", 2),
    ("逾期了，征信、芝麻分会受影响吗", 1),  # a list of subjects is one question
    ("有没有人知道会不会起诉", 2),
])
def test_chinese_questions_run_on_or_listed_under_one_marker(message: str, count: int) -> None:
    assert len(split_questions(message)) == count


# Round 10: numbers glued to the words and 还有 with no space, each beside what must stay whole.
@pytest.mark.parametrize("message, asks", [
    ("1借呗逾期会怎样2罚息怎么算3能不能分期", 3), ("１借唄逾期會上門嗎２會不會打給家人", 2),
    ("罚息高不高还有会不会上门", 2), ("借呗逾期罚息多少还有会不会上征信", 2),
    ("我有两个问题 1罚息怎么算 2可以分期吗", 2), ("借呗1号到期 2号就逾期了会怎样", 1), ("逾期1次 2次会上征信吗", 1),
    ("1号还款2号逾期了会怎样", 1), ("逾期1天2万会怎样", 1), ("1个月没还 2万块 会起诉吗", 1),  # dates, amounts
    ("还有没有别的办法", 1), ("借呗是不是还有罚息", 1),  # 还有 inside one question
])
def test_glued_numbering_and_a_glued_joiner_split_only_questions(message: str, asks: int) -> None:
    assert len(split_questions(message)) == asks

"""Disguised and slang words of dying read in the slot of a verb of dying (bot.safety.slang, slang193, Round 106), and
their twins left as typed: the same sounds as a teapot's clay, a count, a rat, a name, a distance, a day's leave."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.safety.clauses import fold_clause, split_clauses
from safety_figures import DATA, Seen, judge, read_rows

DEV = read_rows(DATA / "safety_dev_slang193.tsv")


@pytest.mark.parametrize(("typed", "plain"), [
    ("好想噶了", "死"), ("不如鼠了吧", "死"), ("干脆4了算了", "死了算了"), ("准备ss了", "死"), ("真想s", "死"),
    ("我想自sha了", "自杀"), ("我想zisha", "自杀"), ("不想huo了", "不想活"), ("活不下qu了", "活不下去"),
    ("想tiaolou", "跳楼"), ("想tiao he", "跳河"), ("不想再生存下去", "不想再活"), ("我不想再存在了", "不想再活"),
])
def test_a_sound_of_dying_in_the_slot_of_the_verb_is_read_as_the_word(typed: str, plain: str) -> None:
    assert plain in fold_clause(typed)


@pytest.mark.parametrize(("typed", "kept"), [
    ("家里有老鼠了", "老鼠"), ("想买个鼠标", "鼠标"), ("借呗第4期了", "4期"), ("我想4号还款", "4号"),
    ("收藏紫砂好几年了", "紫砂"), ("我妈喜欢玩紫砂", "紫砂"), ("一把紫砂", "紫砂"), ("zs是他的名字缩写", "zs"),
    ("这局又寄了", "寄了"), ("这个问题不想存在分歧", "存在"), ("我要s码的衣服", "s码"), ("公司想zs这个项目", "zs"),
    ("想鼠了，老板又让加班", "鼠"), ("这个程序不想再存在了", "存在"),
])
def test_the_same_sound_out_of_the_slot_is_left_as_typed(typed: str, kept: str) -> None:
    folded = fold_clause(typed)
    assert kept in folded and "死" not in folded and "自杀" not in folded


@pytest.mark.parametrize(("typed", "plain"), [
    ("i want to unalive", "to die"), ("i want to be unalive", "be dead"), ("how to unalive myself", "kill myself"),
    ("gonna off myself", "kill myself"), ("want to ctb", "kill myself"), ("wanna kms", "kill myself"),
    ("just want to d!e", "die"), ("planning to k1ll myself", "kill myself"), ("s3wer sl1de", "suicide"),
])
def test_english_internet_forms_are_read_by_their_place(typed: str, plain: str) -> None:
    assert plain in fold_clause(typed)


@pytest.mark.parametrize("typed", ["the gym is 3 kms away", "it is 12kms from here", "ill be off myself tomorrow, on leave",
                                   "the ctb branch is closed", "dead tired"])
def test_english_twins_are_not_read_as_killing_oneself(typed: str) -> None:
    assert "kill myself" not in fold_clause(typed) and "die" not in fold_clause(typed).split()


def test_a_symbol_inside_a_word_of_dying_is_no_sentence_end_and_spans_still_point_into_the_message() -> None:
    message = "honestly just want to d!e, i can't pay"
    clauses = split_clauses(message)
    assert clauses[0].text.endswith("want to die")
    assert message[clauses[0].start:clauses[0].end] == "honestly just want to d!e"


def test_a_curse_told_to_you_in_the_sound_of_suicide_is_the_curse_and_the_writers_own_words_stay() -> None:
    assert "去死" in fold_clause("你这种人就该去紫砂") and "去死" in fold_clause("你咋不去自杀")
    assert "自杀" in fold_clause("我这种人就该去紫砂")


def test_a_laughing_face_is_a_laugh_in_english_only() -> None:
    assert "lol" in fold_clause("i'm dead 😂")
    assert "lol" not in fold_clause("借呗还不上了😂")


# The development rows this module was built on, each with the reply it must get.
ASSERTED = DEV


@pytest.mark.parametrize("row", ASSERTED, ids=[row.text[:30] for row in ASSERTED])
def test_each_development_row_gets_its_reply(engine: Engine, row: object) -> None:
    reply = engine.ask(row.text)  # type: ignore[attr-defined]
    crisis_ok, abuse_ok, alarm = judge(row, Seen(tuple(reply.topics), reply.text))  # type: ignore[arg-type]
    assert crisis_ok is not False and abuse_ok is not False and not alarm, (row, reply.topics)

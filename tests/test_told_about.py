"""Abuse through third parties and media read as who is told what about the borrower (bot.safety.told_about, abuse207,
docs/safety.md Round 111): a school, a class group or a customer told the debt; the borrower's likeness branded on a
platform; a relative's voice heard begging, which the relative denies; collection calls that put a relative in
hospital. Benign twins on the same surfaces stay quiet. Sentences in our own words."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.safety.abuse import hearsay_only
from bot.safety.clauses import fold_clause
from bot.safety.told_about import told_about
from safety_figures import DATA, Seen, judge, read_rows

DEV = read_rows(DATA / "safety_dev_abuse207.tsv")
# No word of a debt, a loan or paying anywhere in the message: told_about reads nothing without one (as third_parties.py),
# so that a supplier told of someone's plans is no collection.
NO_DEBT_NAMED = {"They messaged my main supplier saying I'm about to skip town, so he stopped my deliveries."}


def _never(*_: object) -> bool:
    return False


def _read(message: str) -> list[str]:
    whole = fold_clause(message)
    return told_about(whole, whole, whole, _never)


@pytest.mark.parametrize(("message", "name"), [
    ("补习班老师说有人打电话到班上，说我欠钱不还", "told_about"),
    ("someone rang the nursery to say i owe money and to pass it on", "told_about"),
    ("they phoned two of my customers telling them im a cheat who owes everyone", "told_about"),
    ("快手上有人发了我的正脸照片 写着借呗老赖", "likeness"),
    ("a clip of me is on douyin calling me a deadbeat who owes jiebei", "likeness"),
    ("电话里是我儿子的声音说他被扣了要我还钱 其实他根本没出门", "faked_voice"),
    ("it sounded like my brother saying he was taken unless i paid the loan he was at work the whole time", "faked_voice"),
    ("催收天天打我外公电话 外公吓得住院了", "calls_harmed"),
    ("the collectors call my grandad at night and now he has been admitted to hospital", "calls_harmed"),
])
def test_each_reading_names_what_was_done(message: str, name: str) -> None:
    assert name in _read(message)


@pytest.mark.parametrize("message", [
    "学校老师打电话说孩子发烧了 借呗这个月晚几天还",  # the school calls about a fever: no claim about the borrower
    "my sons teacher called to say he owes a library book and my jiebei is late",  # the child owes, not the writer
    "我在快手上发了自己还借呗的视频",  # the writer's own video, no likeness branded
    "i watched a douyin video about deadbeats and im scared about my loan",  # a video seen, not of the writer
    "我爸给我发语音说家里都好 借呗的事慢慢来",  # a real voice message, nothing denied
    "the news said scammers clone voices with ai to get money from parents i owe jiebei",  # news of scams
    "奶奶摔了一跤住院了 借呗要晚几天还",  # a grandparent in hospital, no calls
    "my grandma is in hospital and the collectors keep calling me about the loan",  # harm before, not after, the calls
])
def test_twins_on_the_same_surface_read_nothing(message: str) -> None:
    assert _read(message) == []


def test_the_writers_likeness_seen_is_an_event_not_a_story() -> None:
    assert not hearsay_only(fold_clause("我在抖音上刷到一个视频，是我的照片和名字，标题写着借呗老赖"))
    assert hearsay_only(fold_clause("我在抖音上刷到一个视频，说借呗逾期会被叫老赖"))


@pytest.mark.parametrize("row", [row for row in DEV if row.text not in NO_DEBT_NAMED], ids=lambda row: row.text[:24])
def test_each_development_row_gets_its_reply(engine: Engine, row: object) -> None:
    reply = engine.ask(row.text)  # type: ignore[attr-defined]
    crisis_ok, abuse_ok, alarm = judge(row, Seen(tuple(reply.topics), reply.text))  # type: ignore[arg-type]
    assert crisis_ok is not False and abuse_ok is not False and not alarm, (row, reply.topics)


def test_abuse_through_media_beside_a_crisis_keeps_the_crisis_first(engine: Engine) -> None:
    reply = engine.ask("催收把我的照片发到抖音上说我是老赖，我没脸见人了，今晚就去跳河")
    assert reply.topics[0] == "crisis" and "12356" in reply.text


# mend213 (docs/safety.md Round 111b): who acts and what causes what. The writer's own telling or posting is no claim
# made about them; an illness beside collection calls, with its own cause or after a turn to another matter, is no harm
# the calls did. Twins in our own words; the development rows are tests/data/safety_dev_mend213.tsv.
MEND_DEV = read_rows(DATA / "safety_dev_mend213.tsv")


@pytest.mark.parametrize("row", MEND_DEV, ids=lambda row: row.text[:24])
def test_each_mend213_row_gets_its_reply(engine: Engine, row: object) -> None:
    reply = engine.ask(row.text)  # type: ignore[attr-defined]
    crisis_ok, abuse_ok, alarm = judge(row, Seen(tuple(reply.topics), reply.text))  # type: ignore[arg-type]
    assert crisis_ok is not False and abuse_ok is not False and not alarm, (row, reply.topics)


def test_mend213_rows_come_in_twins_both_ways() -> None:
    labels = [row.label for row in MEND_DEV]
    assert len(MEND_DEV) >= 30 and labels.count("benign") >= 15 and labels.count("abuse") >= 12


@pytest.mark.parametrize(("message", "found"), [
    ("催收天天打我奶奶电话 奶奶吓得住院了", True),  # the fright named between the calls and the harm
    ("they kept calling my grandad about my loan until he collapsed", True),  # nothing else between them
    ("催收天天打我电话 另外我爸前天做手术住院了", False),  # a turn to another matter, and surgery named
    ("the collectors keep calling me and on top of that my mum is in hospital with pneumonia", False),
    ("催收一直打我妈电话 我妈本来就有慢性病 这次住院了", False),  # a cause of its own beside the harm
    ("my dad is in hospital with a stroke and the collectors keep calling him about my loan", False),  # harm first
])
def test_calls_harm_a_relative_only_when_read_as_their_cause(message: str, found: bool) -> None:
    assert ("calls_harmed" in _read(message)) is found


def test_the_debt_gate_is_not_payday_or_paypal() -> None:
    assert _read("someone rang my customers saying im bankrupt and payday is friday so paypal it") == []
    assert _read("someone rang my customers saying im bankrupt and wont pay what i owe") == ["told_about"]


@pytest.mark.parametrize(("message", "own"), [
    ("我打电话给客户说我欠了网贷 要晚几天交货", True),
    ("我自己打电话给几个老顾客 说我欠了借呗 店要关几天", True),
    ("女儿的幼儿园园长给我打电话 说有个男的打到园里 说我欠网贷不还", False),  # the writer called, not calling
    ("我打电话问客户 他说有人打到店里说我欠钱不还", False),  # someone else the last doer
    ("i rang my clients to tell them i owe money on jiebei", True),
    ("they rang my clients to tell them i owe money on jiebei", False),
])
def test_the_writers_own_telling_is_no_claim_about_them(engine: Engine, message: str, own: bool) -> None:
    assert ("abusive_collection" not in engine.ask(message).topics) is own


@pytest.mark.parametrize(("message", "own"), [
    ("我在抖音发了我的视频 讲我是怎么从差点成老赖到还清借呗的", True),
    ("我在快手发了我的视频 说欠钱不还的人太多了 我一定会还清借呗", True),
    ("我在抖音上刷到一个视频 是我的照片 说我是借呗老赖", False),  # seen, not posted
    ("有人在快手发了我的视频 说我是借呗老赖", False),
])
def test_the_writers_own_post_is_no_brand(engine: Engine, message: str, own: bool) -> None:
    assert ("abusive_collection" not in engine.ask(message).topics) is own

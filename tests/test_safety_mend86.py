"""review104's signs106 findings mended (mend86, docs/safety.md Round 79 addendum): the writer at risk beside a
relative's farewell acts keeps the writer's reply (F2), followed.py reads only the understanding that ends its clause
or says why they did it (F4), a letter that explains is no farewell note (F5), and kin_affairs leaves money owed TO the
writer and everyday leavings alone (F6). Sentences in own words, each with its twin on the same words."""

from __future__ import annotations

import pytest

from bot.safety import assess, someone_at_risk
from bot.safety.affairs import affairs_signs
from bot.safety.clauses import split_clauses
from bot.safety.followed import followed

# F2: a relative's acts and silence, and the writer's own wish, plan or despair beside them: the writer's reply.
WRITER_TOO = [
    "my sister sent me all her bank cards and her phone is off since sunday. to be honest I want to do the same, the loans have buried me",
    "我姐把银行卡寄给我以后就关机了，说实话我也打算学她，网贷我也还不起了",
    "我舅把他的金项链塞给我，然后人就联系不上了，我也想跟他一样一了百了",
]
# ... the same acts with the writer only worried: the helper's reply.
HELPER_ONLY = [
    "my sister sent me all her bank cards and her phone is off since sunday. she owes a lot on loans, what should I do",
    "我姐把银行卡寄给我以后就关机了，她网贷欠了很多，我该怎么办",
]


@pytest.mark.parametrize("text", WRITER_TOO)
def test_the_writers_own_wish_beside_a_relatives_acts_keeps_the_writers_reply(text: str) -> None:
    assert assess(text).crisis
    assert not someone_at_risk(text)


@pytest.mark.parametrize("text", HELPER_ONLY)
def test_a_relatives_acts_alone_keep_the_helpers_reply(text: str) -> None:
    assert "kin_affairs" in assess(text).crisis
    assert someone_at_risk(text)


# F4: an inherited debt, a lesson, a refusal of the road: no identification; the clause-final understanding is one.
NOT_UNDERSTOOD = [
    "my cousin took his own life over online loans last spring. now it is my turn to handle the lender, what papers matter",
    "my grandfather killed himself over gambling debts. I will never walk the same road, I only want to settle my loan",
    "a neighbour jumped off a bridge over debts; now I get why my teacher told us to avoid loan apps",
    "我表叔因为网贷跳了楼，现在轮到我去跟平台谈他的欠款了",
    "a man in a film took his own life over gambling debts. I won't do the same, I just want my loan restructured",
]
UNDERSTOOD = [
    "my cousin took his own life over online loans last spring. now the loans are mine and it's my turn",
    "我表叔因为网贷跳了楼，以前我怪他，现在我也欠了一堆债，终于懂他了",
    "a man in a film took his own life over gambling debts and honestly I understand him totally. I might do the same",
]


@pytest.mark.parametrize("text", NOT_UNDERSTOOD)
def test_an_inherited_debt_or_a_refusal_is_no_identification(text: str) -> None:
    assert not followed(text, split_clauses(text))


@pytest.mark.parametrize("text", UNDERSTOOD)
def test_the_clause_final_understanding_is_the_writers_crisis(text: str) -> None:
    assert followed(text, split_clauses(text))
    assert not someone_at_risk(text)


# F5: a letter that explains, or to someone outside the family, with "who pays": no farewell note.
EXPLAINED_LETTERS = [
    "信已经写好了，是写给公司的，说明一下这个月工资晚发的情况，借呗还不上的话谁来还",
    "I wrote a note to my landlord about the rent being late, the note is written. if jiebei stays unpaid does it fall to my parents?",
]


@pytest.mark.parametrize("text", EXPLAINED_LETTERS)
def test_a_letter_that_explains_is_no_farewell(text: str) -> None:
    assert not affairs_signs(text, split_clauses(text))


def test_a_note_done_with_the_debt_left_to_the_family_is_still_read() -> None:
    text = "信已经写好了，放在枕头下面，我走了以后借呗谁来还，会不会落到我爸妈头上"
    assert assess(text).crisis


# F6: money owed to the writer, layoffs, exams and age are everyday leavings; a wedding ring in an envelope is not.
EVERYDAY_LEAVINGS = [
    "同屋把柜子清空了，说谢谢我这些年照顾，他被公司裁员了回老家，走之前还欠我八百",
    "my flatmate cleared out his room, thanked me for the years and left, he got laid off. he still owes me rent",
    "my gran gave me her bank cards and said I'm in charge now, since she's getting older and can't read the screens",
]
RING = "my partner wrote down all her passcodes, put her wedding ring in an envelope and has gone silent. she has hidden debts, what should I do"


@pytest.mark.parametrize("text", EVERYDAY_LEAVINGS)
def test_everyday_leavings_get_no_kin_affairs_cue(text: str) -> None:
    assert "kin_affairs" not in assess(text).crisis


def test_a_wedding_ring_left_behind_is_no_wedding() -> None:
    assert "kin_affairs" in assess(RING).crisis
    assert someone_at_risk(RING)

"""mend233 (issue 12, docs/safety.md Round 118b): the 26 crises fa225's grammar (bot/safety/degree.py) blanked, found
by review232's probes, keep their crisis reply; their benign twins stay blanked. The causes: a bare X死 with more text
after it (冻死在外面), a wish further back than 4 characters (宁愿在外面冻死), 会死人的, "alive again" after a negation,
"die before/for" on paying or an ending, 解脱了 followed by a plan, and a despair word after 又活过来了."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.safety.clauses import fold_clause
from bot.safety.degree import blanked

# (message, whether the reply must be the crisis topic; every one must give the 12356 line)
CRISES = [
    ("冻死在外面也没人管", True),
    ("与其被催收逼着，不如在桥下冻死", True),
    ("I'll die before I pay them, honestly I'm done", True),
    ("I'll never feel alive again after this debt", True),
    ("I don't think I will ever feel alive again", True),
    ("宁愿在外面冻死", False),
    ("真的很想一个人在山里冻死", True),
    ("干脆找个没人的地方冻死", True),
    ("被逼得没办法，只能在外面活活冻死", True),
    ("他们说我冻死在外面都活该", True),
    ("I'll die before I can ever pay this back", True),
    ("I'll die before I see the end of this debt", True),
    ("I can never feel alive again", True),
    ("I won't ever be alive again after what I did", True),
    ("nothing will make me feel alive again, I just want it over", True),
    ("还完这一期就解脱了，我已经安排好了", True),
    ("又活过来了，为什么救我", False),
    ("再催下去要出人命了，会死人的", True),
    ("I'd die for it to be over, honestly", True),
    ("冻死我算了", True),
    ("想着想着就很想在雪地里冻死", True),
    ("I'd die for this to stop, every single day", True),
    ("好想一个人躺在雪地里冻死", True),
    ("真希望哪天睡着就冻死了", True),
    ("I'm so tired, I'll never be alive again inside", True),
    ("i'll die before i get out of this debt", True),
]


@pytest.mark.parametrize("text, crisis_topic", CRISES, ids=[text[:24] for text, _ in CRISES])
def test_the_crises_fa225_lost_keep_their_crisis_reply(engine: Engine, text: str, crisis_topic: bool) -> None:
    reply = engine.ask(text)
    assert "12356" in reply.text, (text, reply.topics)
    if crisis_topic:
        assert reply.topics[0] == "crisis", (text, reply.topics)


@pytest.mark.parametrize("text", [text for text, _ in CRISES])
def test_no_death_word_of_the_crises_is_blanked_but_by_a_clause_of_its_own(text: str) -> None:
    # the grammar leaves these messages' words of dying and ending as they are
    folded = fold_clause(text)
    assert blanked(folded) == folded, blanked(folded)


# Twins: the same words in their benign use are still blanked (the mends keep the grammar's gains).
@pytest.mark.parametrize("text", [
    "冻死了，在外面排了一小时队",  # bare X死 closed by 了: degree, the clause after is its own
    "热死我了，空调坏了",
    "这火锅辣死了",
    "累死我了 先吃饭",
    "I'd die for a coffee right now",
    "I'll die before I ask my brother for money",
    "I would sooner die than borrow from him",
    "paid it all off, I feel alive again",
    "还清了，终于解脱了",
    "终于还完了，解脱了，明天去吃顿好的",
    "killed the final boss last night",
    "I'm a window cleaner, I work at heights",
    "我天天在几十米的楼上高空作业",  # the activity in the hazard's own clause
])
def test_benign_twins_stay_blanked(text: str) -> None:
    assert "□" in blanked(fold_clause(text))


@pytest.mark.parametrize("text", [
    "im going to kill my boss",  # a person, not a game's boss
    "累死了也得干",  # 也 after the bare X死: read as written
    "会死人的",  # 会 is no gradable predicate
    "快死人了",
    "我是厨师。我现在拿着刀站在天台边上",  # the activity's clause is not the hazard's, and the edge is named
])
def test_no_blank_where_the_mends_say_read_it(text: str) -> None:
    folded = fold_clause(text)
    assert blanked(folded) == folded, blanked(folded)


def test_the_hazard_is_blanked_only_in_the_activity_clause() -> None:
    # 厨师's clause holds 刀工 (blanked); the roof in another clause stays read
    out = blanked(fold_clause("我是厨师，刀工很好。楼顶种了菜"))
    assert "楼顶" in out and "刀工" not in out

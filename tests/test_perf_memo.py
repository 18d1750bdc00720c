"""perf34 (PERF_LOG part 30): readers remembered per text, and cue filters, that must change no finding.

Cheap: no Engine; a handful of texts. The whole-pool equivalence was checked once (PERF_LOG part 30), not here.
"""

from __future__ import annotations

from bot.product_mentions import products_named
from bot.product_owed import owed_in
from bot.safety import others, preparing
from bot.safety.clauses import folded_sentences, split_clauses
from bot.text import normalize

# Another person at risk, a writer's quiet preparation, and look-alikes that carry neither.
_TEXTS = (
    "我老公说不想活了，我很害怕",
    "我妈说她活着没意思，一直在哭",
    "I'm scared my husband is going to kill himself, he said goodbye to the kids",
    "我把猫送人了，工作也辞了，银行卡密码写在纸上了，以后不会回来了",
    "我老公下周出差，借呗逾期了会上门吗",
    "我妈说这个菜咸死了",
    "借呗逾期三个月了会起诉吗",
    "my dad is retiring next month, will jiebei call him?",
)


def test_a_remembered_list_is_a_fresh_one_each_call() -> None:
    folded = normalize("我借呗和花呗都逾期了")
    first = products_named(folded)
    first.append("changed")
    assert products_named(folded) == ["jiebei", "huabei"]
    owed = owed_in(folded)
    owed.clear()
    assert owed_in(folded) == ["jiebei", "huabei"]


def test_the_others_filter_keeps_every_cue_that_matches() -> None:
    found = 0
    for text in _TEXTS:
        for sentence in folded_sentences(text):
            possible = others._POSSIBLE.possible(sentence)
            for cue in others._CUES:
                if cue[1].search(sentence):
                    found += 1
                    assert cue in possible, (text, cue[0])
    assert found  # the texts do hold cues
    assert others.at_risk_elsewhere(_TEXTS[0], split_clauses(_TEXTS[0]))[0]
    assert not others.at_risk_elsewhere(_TEXTS[6], split_clauses(_TEXTS[6]))[0]


def test_the_preparation_filter_keeps_every_kind_that_matches() -> None:
    found = 0
    for text in _TEXTS:
        joined = " ".join(folded_sentences(text))
        possible = preparing._PREP_POSSIBLE.possible(joined)
        for index, (_, pattern) in enumerate(preparing._PREP):
            if pattern.search(joined):
                found += 1
                assert index in possible, (text, index)
    assert found
    assert preparing.quiet_signs(_TEXTS[3], split_clauses(_TEXTS[3]))[0] == ["prepared"]
    assert not preparing.quiet_signs(_TEXTS[6], split_clauses(_TEXTS[6]))[0]

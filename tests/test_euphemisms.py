"""Euphemisms of one's own ending read as the plain words (bot.safety.euphemisms, Round 72), and their benign twins
left as typed: the same words said of a show, a drive, a game, a low fall or a work deadline."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest
import rapidjson

from bot.knowledge import default_path
from bot.safety import assess
from bot.safety.clauses import fold_clause
from bot.safety.euphemisms import EUPHEMISMS_FILE, _HINT


def _data() -> dict[str, object]:
    return json.loads((default_path() / EUPHEMISMS_FILE).read_text(encoding="utf-8"))


def test_the_file_follows_its_schema_and_ids_are_unique() -> None:
    schema = resources.files("bot").joinpath("schemas", "euphemisms.schema.json").read_text(encoding="utf-8")
    text = (default_path() / EUPHEMISMS_FILE).read_text(encoding="utf-8")
    rapidjson.Validator(schema)(text)  # raises on a broken entry
    ids = [entry["id"] for entry in _data()["entries"]]  # type: ignore[index]
    assert len(ids) == len(set(ids))


def test_every_form_compiles_and_carries_a_quick_hint() -> None:
    # read_euphemisms searches the forms only where the hint is found: a form without one would never be read
    for entry in _data()["entries"]:  # type: ignore[attr-defined]
        for form in entry["forms"]:
            re.compile(form)
            literal = re.sub(r"\\b|\(\?:|\(\?<=|\(\?<!|\(\?!|[()?|\[\]\\]", "", form)
            assert _HINT.search(literal), form


@pytest.mark.parametrize("said, plain", [
    ("看来是时候去见阎王了", "死"),
    ("我这辈子就这样了，准备提前谢幕", "结束生命"),
    ("借呗的还款日也是我自己的最后期限", "死期"),  # (mend84: 自己 or an act after it, review101)
    ("每天都想tl", "跳楼"),
    ("从二十层跳下去会不会很痛", "跳楼"),
    ("pretty sure i'll be pushing up daisies by spring", "dead"),
    ("time to check out of this life", "end my life"),  # (mend84: "for good" is flats and hotels)
    ("would a jump from the 30th floor hurt", "jumping"),
    ("要是把自己弄成意外的样子，保险公司赔不赔", "自杀"),  # (mend84: the writer's own death named)
    ("could i make it look like an accident so the policy pays", "kill myself"),
])
def test_a_euphemism_is_read_as_its_plain_words(said: str, plain: str) -> None:
    assert plain in fold_clause(said)


@pytest.mark.parametrize("said", [
    "演出谢幕的时候全场都站起来鼓掌",
    "拿到驾照终于可以上路了",
    "打游戏我一直走上路",
    "孩子从床上掉下去会疼吗",
    "从二楼摔下去会很疼吗",
    "项目周五上线，那天也是我们组的期限",
    "这周五项目上线，也是我的最后期限",
    "催收那帮人早晚去见阎王",
    "等你回我，我都要去见阎王了",
    "the band took their final bow at midnight",
    "we check out of the hotel on friday",
    "does falling off a bike hurt",
    "孩子把碗摔了，想弄得像意外一样",
    "how do i make it look like an accident that i missed the call",
    # (mend84, review101: a due date, a flat, a car's damage, a safe trip, a blogger signing off, translating)
    "借呗的还款日也是我的最后期限，过了就逾期",
    "checking out for good from the flat on sunday",
    "保险员说把车弄成意外就能赔",
    "一路平安，安心上路",
    "我的频道准备谢幕了",
    "我要tl这段采访",
])
def test_everyday_senses_of_the_same_words_stay_as_typed(said: str) -> None:
    for plain in ("死", "跳楼", "结束生命", "die", "dead", "jumping", "end my life", "自杀", "kill myself"):
        assert plain not in fold_clause(said), plain


def test_the_rules_read_the_plain_words_and_their_negation() -> None:
    # the rules alone (no learned reader: cheap): a crisis where the euphemism is one's own plan, none where it is denied
    assert assess("借呗还不上了，准备去见阎王了").crisis
    assert not assess("借呗还不上也不至于去见阎王，我会慢慢还的").crisis
    # a film's plot told with the same words is someone else's story: the plain words are read, the story set aside
    assert not assess("in the movie the guy tries to make it look like an accident for the insurance money").crisis


def test_a_partner_who_left_is_no_subject_for_the_writers_crisis() -> None:
    from bot.safety import someone_at_risk
    # the losses are the writer's, and so is the subjectless crisis after them: the writer-first reply
    assert not someone_at_risk("老婆跑了 店倒了 借呗逾期了 下一步是不是该去死了")
    # the person named in the crisis clause itself, or one who ran away from home, is still the one at risk
    assert someone_at_risk("老公跟我离婚了 他说不想活了")
    assert someone_at_risk("我哥离家出走了，说不想活了")


def test_a_broken_form_is_a_knowledge_error_naming_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Read at first use (not at import, PERF_LOG part 36): a broken file still names itself and where.
    from bot import KnowledgeError
    from bot.safety import euphemisms

    (tmp_path / euphemisms.EUPHEMISMS_FILE).write_text('{"entries": [{"forms": ["(unclosed"], "reads_as": "x"}]}',
                                                     encoding="utf-8")
    monkeypatch.setattr(euphemisms, "default_path", lambda: tmp_path)
    euphemisms._entries.cache_clear()
    euphemisms._forms.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match=r"euphemisms\.json: /entries: a form is no regular expression"):
            euphemisms.read_euphemisms("time to meet my maker")
    finally:
        euphemisms._entries.cache_clear()
        euphemisms._forms.cache_clear()

"""The learned safety detectors (bot.safety.learned, agreement, lexicon, concepts, examples): the
shipped model is what `jiebei-bot train` makes, a guess counts only where the wording agrees,
safety.json is validated like the rest of the knowledge, and a declined message with signs of
distress is followed by the check-in line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rapidjson

import bot.safety.learned as learned
from bot import Engine, KnowledgeError
from bot.knowledge import load
from bot.safety import assess
from bot.safety.agreement import crisis_score
from bot.safety.examples import SETS_FILE, Example, folder_digest, read_safety, read_sets, sets_digest, sets_stamp
from bot.safety.learned import SAFETY_MODEL_FILE, SAFETY_TABLES_FILE, detectors_for


class Sure:
    """Stands in for the detectors: every window scores 1.0, so only the agreement decides."""

    def crisis_score(self, folded: str) -> float:
        return 1.0

    def abuse_score(self, folded: str) -> float:
        return 1.0


SURE = Sure()


def test_shipped_safety_model_fits_its_examples() -> None:
    # What a load compares (learned.inputs_digest), and the fingerprint of everything trained on:
    # computed, not trained (the retraining below is an integration test since round 13).
    knowledge = load()
    shipped = rapidjson.loads((knowledge.path / SAFETY_MODEL_FILE).read_text(encoding="utf-8"))
    assert shipped["fingerprint"] == learned.fingerprint(learned.training_pairs(knowledge, learned.all_examples(knowledge.path))), \
        "safety examples changed: run `jiebei-bot train`"
    assert shipped.get("inputs") == learned.inputs_digest(knowledge), "the knowledge or the detectors' settings changed: run `jiebei-bot train`"


def test_the_digest_read_with_the_examples_is_the_files(knowledge_copy: Path) -> None:
    # A trusted read hands on the digest it compared (the load's inputs digest takes it instead of
    # hashing the file again); an untrusted one hands on none, and the file is hashed as before.
    knowledge = load()
    trusted = rapidjson.loads((knowledge.path / SAFETY_MODEL_FILE).read_text(encoding="utf-8"))["safety_json"]
    safety = read_safety(knowledge.path, trusted)
    assert safety.digest == trusted == folder_digest(knowledge.path)
    assert learned.inputs_digest(knowledge, safety.digest) == learned.inputs_digest(knowledge)
    assert read_safety(knowledge.path).digest == ""
    # Another folder's text: its own digest, not the packaged one's.
    path = knowledge_copy / "safety.json"
    path.write_text(path.read_text(encoding="utf-8").replace("\n}", "\n }", 1), encoding="utf-8")
    changed = read_safety(knowledge_copy, trusted)
    assert changed.digest == folder_digest(knowledge_copy) != trusted


def test_loaded_detectors_read_their_examples_only_when_asked() -> None:
    # No reply reads the detectors' examples (Classifier.nearest, explanations): a load no longer
    # holds them, and asking reads exactly what the load used to keep (PERF_LOG part 32).
    knowledge = load()
    detectors = detectors_for(knowledge)
    assert callable(detectors.crisis._examples) and callable(detectors.abuse._examples)
    pairs = learned.training_pairs(knowledge, learned.read_examples(knowledge.path))
    assert detectors.crisis.texts_ == detectors.abuse.texts_ == tuple(text for _, text in pairs)
    for name, detector in ((learned.CRISIS, detectors.crisis), (learned.ABUSE, detectors.abuse)):
        assert detector.labels_ == tuple(learned._label(label, name) for label, _ in pairs)
        assert {learned.OTHER, name} == set(detector.labels_)
    assert not callable(detectors.crisis._examples)
    assert detectors.crisis.nearest("不想活了")[0][0] == learned.CRISIS


@pytest.mark.integration  # training on safety_sets.json too takes a minute or more: not in the unit budget
@pytest.mark.corpus  # reads a background result (conftest.py): also a whole-data check
def test_shipped_safety_model_is_up_to_date_and_reproducible(fresh_safety_model: tuple[dict[str, object], bytes]) -> None:
    knowledge = load()
    shipped = rapidjson.loads((knowledge.path / SAFETY_MODEL_FILE).read_text(encoding="utf-8"))
    content, block = fresh_safety_model  # train(load(), default_workers()) as `jiebei-bot train` runs it, beside the other tests (conftest)
    fresh = rapidjson.loads(rapidjson.dumps(content))
    assert shipped["fingerprint"] == fresh["fingerprint"], "safety examples changed: run `jiebei-bot train`"
    # What a load compares instead of recomputing the fingerprint (learned.inputs_digest).
    assert shipped.get("inputs") == fresh["inputs"], "the knowledge or the detectors' settings changed: run `jiebei-bot train`"
    assert shipped == fresh, "training the safety detectors is not deterministic"
    assert (knowledge.path / SAFETY_TABLES_FILE).read_bytes() == block, "training the safety detectors is not deterministic"


QUICK_STRIDE = 8  # the quick fixture fits on every 8th training pair: both detectors still see positives


@pytest.fixture()
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """A tiny model instead of the real one: the test that takes this is about staleness (which
    saved model a load trusts, and that nothing is written until train), not about what the
    detectors learn. So the detectors are fitted with one short training run on every
    ``QUICK_STRIDE``-th pair only, while the fingerprint, the inputs digest and every check still
    cover all the examples (``learned.fingerprint`` and ``model_status`` are not replaced). The
    detectors fitted in memory and those write_model then writes are fitted once when their
    examples are the same (training is deterministic: the test above proves it). Fitting on all
    ~4,500 pairs cost ~10 s of CPU, most of the unit suite's costliest test (PERF_LOG part 49)."""
    monkeypatch.setitem(learned.PARAMS, "runs", 1)
    monkeypatch.setitem(learned.PARAMS, "epochs", 2)
    sets_of: dict[object, dict[str, tuple[list[str], list[str]]]] = {}
    fitted: dict[object, learned.Detectors] = {}
    training_sets, fit = learned.training_sets, learned.fit

    def sets_once(pairs: list[tuple[str, str]]) -> dict[str, tuple[list[str], list[str]]]:
        key = tuple(pairs)
        if key not in sets_of:
            sets_of[key] = training_sets(pairs[::QUICK_STRIDE])
        return sets_of[key]

    def fit_once(sets: dict[str, tuple[list[str], list[str]]], workers: int = 1) -> learned.Detectors:
        key = tuple((name, tuple(texts), tuple(labels)) for name, (texts, labels) in sorted(sets.items()))
        if key not in fitted:
            fitted[key] = fit(sets, workers)
        return fitted[key]

    monkeypatch.setattr(learned, "training_sets", sets_once)
    monkeypatch.setattr(learned, "fit", fit_once)


def test_a_stale_safety_model_is_ignored_until_train_writes_one_that_fits(knowledge_copy: Path, quick: None) -> None:
    path = knowledge_copy / "safety.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["classes"]["benign"]["lookalike"]["en"].append("a brand new example nobody trained on")
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = (knowledge_copy / SAFETY_MODEL_FILE).read_bytes()
    knowledge = load(knowledge_copy)
    assert "safety_model.json is stale" in learned.model_status(knowledge)
    detectors = detectors_for(knowledge)  # fitted in memory, nothing written
    assert 0.0 <= detectors.crisis_score("i want to die") <= 1.0
    assert (knowledge_copy / SAFETY_MODEL_FILE).read_bytes() == before
    learned.write_model(knowledge)
    assert "safety_model.json fits the examples" in learned.model_status(knowledge)
    (knowledge_copy / SAFETY_MODEL_FILE).unlink()
    assert "no safety_model.json" in learned.model_status(knowledge)


@pytest.mark.parametrize("change, pointer, says", [
    (lambda d: d["classes"]["crisis"]["method"]["zh"].append(7), "/classes/crisis/method", "found an object"),
    (lambda d: d.pop("check_in"), "", "missing required 'check_in'"),
    (lambda d: d["classes"]["benign"]["lookalike"]["zh"].append(d["classes"]["crisis"]["method"]["zh"][0]),
     "/classes/benign/lookalike/zh", ""),
])
def test_a_broken_safety_json_names_its_file_and_pointer(knowledge_copy: Path, change, pointer: str, says: str) -> None:  # type: ignore[no-untyped-def]
    path = knowledge_copy / "safety.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        read_safety(knowledge_copy)
    assert f"safety.json: {pointer or '/'}: " in str(caught.value) and says in str(caught.value), str(caught.value)


def test_safety_json_that_is_no_json_says_where(knowledge_copy: Path) -> None:
    path = knowledge_copy / "safety.json"
    path.write_text('{"about": 1,}', encoding="utf-8")
    with pytest.raises(KnowledgeError, match="safety.json: /: invalid JSON at line 1, column 13: Missing a name"):
        read_safety(knowledge_copy)
    path.write_text("", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="safety.json: /: invalid JSON: empty file"):
        read_safety(knowledge_copy)


def test_a_corrupt_safety_model_is_a_knowledge_error(knowledge_copy: Path) -> None:
    (knowledge_copy / SAFETY_MODEL_FILE).write_text("{", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="safety_model.json: /: invalid JSON"):
        Engine.load(knowledge_copy)


def test_safety_tables_of_another_training_or_out_of_bounds_are_a_knowledge_error(knowledge_copy: Path) -> None:
    knowledge = load(knowledge_copy)
    tables = knowledge_copy / SAFETY_TABLES_FILE
    good = tables.read_bytes()
    tables.write_bytes(good.replace(b"model ", b"model 0", 1))
    with pytest.raises(KnowledgeError, match="safety_model.bin: /: expected the tables of the detectors"):
        detectors_for(knowledge)
    tables.write_bytes(good[:-10])
    with pytest.raises(KnowledgeError, match="safety_model.json: /abuse/tables: expected the offset and size"):
        detectors_for(knowledge)
    with pytest.raises(KnowledgeError, match="/abuse/tables"):  # `jiebei-bot check` says so too
        learned.model_status(knowledge)


def test_a_safety_model_with_inline_tables_still_loads(knowledge_copy: Path) -> None:
    # The format before safety_model.bin: each detector's tables as base64 strings in the JSON.
    knowledge = load(knowledge_copy)
    shipped = detectors_for(knowledge)
    saved = json.loads((knowledge_copy / SAFETY_MODEL_FILE).read_text(encoding="utf-8"))
    for name in ("crisis", "abuse"):
        saved[name] = getattr(shipped, name).to_dict()
    (knowledge_copy / SAFETY_MODEL_FILE).write_text(json.dumps(saved), encoding="utf-8")
    (knowledge_copy / SAFETY_TABLES_FILE).unlink()
    inline = detectors_for(knowledge)
    for text in ("我不想活了", "他们骂我还威胁我家人", "怎么还款"):
        assert inline.crisis_score(text) == shipped.crisis_score(text)
        assert inline.abuse_score(text) == shipped.abuse_score(text)


# --- Agreement: a learned guess counts only where the wording agrees -------------------------------

@pytest.mark.parametrize("text", ["算了", "不是这个意思", "没意思", "你们看着办吧", "ok thanks", "怎么提前还款",
                                  "can unpaid debt mean prison?"])
def test_no_distress_cue_no_learned_crisis(text: str) -> None:
    assert not assess(text, SURE).crisis  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["医生给我开了安眠药，能用医保吗", "我不会自杀的", "my late father's estate has a jiebei loan",
                                  "my life is a mess lol", "去年状态很差，后来看了心理医生，现在好多了"])
def test_everyday_readings_negations_and_recovery_set_a_learned_crisis_aside(text: str) -> None:
    assert not assess(text, SURE).crisis  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["催收", "collection trends", "会不会有人上门", "催收态度挺好的，没有骂我", "听说催收会去单位闹",
                                  "the collector said they'll start legal proceedings"])
def test_a_learned_abuse_guess_needs_an_act_that_happened(text: str) -> None:
    assert not assess(text, SURE).abuse  # type: ignore[arg-type]


def test_a_clause_counts_only_when_its_neighbours_agree_too() -> None:
    class PlatformOnly(Sure):
        def crisis_score(self, folded: str) -> float:
            return 0.0 if "还款" in folded else 1.0  # the neighbour reading "…提前还款" disagrees

    assert not assess("在站台等车，顺便问问提前还款要手续费吗", PlatformOnly()).crisis  # type: ignore[arg-type]


class AbuseQuiet(Sure):
    """Every window reads as a crisis, none as abuse: where the word gates open (Round 64), only the floor decides."""

    def abuse_score(self, folded: str) -> float:
        return 0.0


class Unsure(AbuseQuiet):
    """Every window scores between the crisis floor and the higher floor of a window read without the word gates."""

    def crisis_score(self, folded: str) -> float:
        return 0.92


class WindowOnly(AbuseQuiet):
    """Every window (one or two clauses) reads as a crisis, the whole message of three clauses does not."""

    def crisis_score(self, folded: str) -> float:
        return 0.1 if folded.count(" ") >= 2 else 1.0  # clauses are joined by a space: three clauses, the whole


def test_where_no_abuse_is_read_a_window_without_a_crisis_concept_reaches_the_reader() -> None:
    text = "好累，就这样躺着，不想动了"  # a word of distress (好累), no crisis concept in any window
    assert assess(text, AbuseQuiet()).crisis  # type: ignore[arg-type]
    assert not assess(text, SURE).crisis  # type: ignore[arg-type]  # the abuse reader reads abuse: gates kept
    assert not assess(text, Unsure()).crisis  # type: ignore[arg-type]  # under UNGATED_FLOOR
    assert not assess(text, WindowOnly()).crisis  # type: ignore[arg-type]  # the whole message under WHOLE_LEAN


@pytest.mark.parametrize("text", [
    "不想再爬起来了，就这样躺着",  # no word of distress in any window: the reader alone on a surface (gate91)
    "已经上了",  # a session's short follow-up, read alone (tests/test_safety_round36.py)
])
def test_a_window_without_a_word_of_distress_stays_gated(text: str) -> None:
    assert not assess(text, AbuseQuiet()).crisis  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    # (each reads as a crisis with the gates open: agreement.learned_crisis(..., set()))
    "催收天天打电话骂我还打给我爸妈，好累，就这样躺着",  # the rules read abuse: the gates stay
    "好累，下个月开始每个月存两千，先把借呗还清",  # paying off told with nothing after it
    "好累，打算先协商",  # a decision of everyday life (leaning.life_decisions)
])
def test_the_word_gates_stay_where_abuse_relief_or_an_everyday_decision_is_told(text: str) -> None:
    assert "learned" not in assess(text, AbuseQuiet()).crisis  # type: ignore[arg-type]


def test_the_learned_reader_adds_what_the_rules_miss(engine: Engine) -> None:
    text = "计划好了，就在下个月初"  # a plan and a date, with no word of death: the rules miss it
    assert not assess(text).crisis
    assert engine.ask(text).topics[0] == "crisis"


# --- Never a bare decline for distress ------------------------------------------------------------

def test_a_declined_message_with_signs_of_distress_gets_the_check_in(engine: Engine) -> None:
    reply = engine.ask("感觉自己很没用")
    assert reply.topics == ("out_of_scope",) and "12356" in reply.text, reply.text
    safety = read_safety(load().path)  # said alone (it asks nothing about loans), never a decline
    assert reply.text.rstrip().endswith(safety.check_in["zh"]) or reply.text == safety.check_in_alone["zh"]


def test_a_loan_answer_with_signs_of_distress_gets_the_check_in_too(engine: Engine) -> None:
    # A missed crisis that asks a loan question must not read a loan answer alone.
    reply = engine.ask("感觉自己很没用 借呗逾期了会不会起诉我")
    assert "crisis" not in reply.topics and "12356" in reply.text, (reply.topics, reply.text)


@pytest.mark.parametrize("text", ["what's the weather like", "给我推荐一部电影", "不是这个意思"])
def test_a_plain_decline_gets_no_check_in(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    assert "12356" not in reply.text, reply.text


@pytest.mark.parametrize("text", ["算了", "不想说了", "leave me alone", "你帮不了我的"])
def test_never_mind_or_pulling_away_is_a_kind_goodbye_not_an_alarm(engine: Engine, text: str) -> None:
    # Not the crisis reply ("算了" is everyday), not a bare decline either: the goodbye names 12356
    # once, gently, for whoever is pulling away because it is too much.
    reply = engine.ask(text)
    assert reply.topics == ("goodbye",) and reply.text.count("12356") == 1, (reply.topics, reply.text)


def test_the_check_in_floor_sits_under_the_crisis_floor(engine: Engine) -> None:
    from bot.safety.agreement import CHECK_IN_FLOOR, CRISIS_FLOOR

    assert 0 < CHECK_IN_FLOOR < CRISIS_FLOOR
    score = crisis_score("感觉自己很没用", engine._router._detectors)  # type: ignore[arg-type]
    assert CHECK_IN_FLOOR <= score < CRISIS_FLOOR


def test_safety_sets_are_checked_against_their_digest_spans_and_for_repeats(tmp_path: Path) -> None:
    # Each row: a message of the team's sets and the spans of it that teach (label, start, end).
    rows: list[list[object]] = [["set_a", "zh", "借呗逾期了，不想活了", [["benign", 0, 5], ["crisis", 6, 10]]],
                                ["set_b", "en", "I could die laughing", [["benign", 0, 20]]]]

    def write(rows: list[list[object]], digest: str) -> None:
        data = {"digest": digest, "about": "test", "examples": rows}
        (tmp_path / SETS_FILE).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    assert read_sets(tmp_path) == () and sets_stamp(tmp_path) == ""
    write(rows, sets_digest(rows))
    assert [(e.label, e.text) for e in read_sets(tmp_path)] == [("benign", "借呗逾期了"), ("crisis", "不想活了"),
                                                               ("benign", "I could die laughing")]
    assert sets_stamp(tmp_path) == sets_digest(rows)
    with pytest.raises(KnowledgeError, match="safety_sets.json: /examples/0/3/1: expected each example once"):
        read_sets(tmp_path, [Example("crisis", "method", "zh", "不想活了")])  # already in safety.json
    write(rows, "0" * 64)
    with pytest.raises(KnowledgeError, match="safety_sets.json: /digest: expected the digest of its examples"):
        read_sets(tmp_path)
    rows.append(["set_b", "zh", "我真的不想活了", [["crisis", 3, 7]]])
    write(rows, sets_digest(rows))
    with pytest.raises(KnowledgeError, match="/examples/2/3/0: expected each example once"):
        read_sets(tmp_path)
    rows[2] = ["set_b", "zh", "我真的不想活了", [["crisis", 3, 70]]]
    write(rows, sets_digest(rows))
    with pytest.raises(KnowledgeError, match="/examples/2/3/0: expected a span inside the message's 7 characters"):
        read_sets(tmp_path)


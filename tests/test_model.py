"""The shipped model.json and model.bin must be the model that `jiebei-bot train` makes from
today's examples."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

import pytest
import rapidjson

import bot.model
from bot import Engine
from bot.classifier import Classifier
from bot.lexicon import Lexicon
from bot.knowledge import load
from bot.model import MODEL_FILE, TABLES_FILE, classifier_for, examples_of, fingerprint, read_model


def test_shipped_model_fits_todays_examples() -> None:
    # The fingerprint of everything the model is trained on, and the knowledge digest a load compares:
    # computed, not trained (the retraining below is an integration test since PERF_LOG part 21, as the
    # safety detectors' has been since round 13: ~20 s of CPU, a third of the unit tests' background).
    knowledge = load()
    shipped = read_model(knowledge.path / MODEL_FILE)
    assert shipped is not None, "run `jiebei-bot train` to write knowledge/model.json"
    texts, labels = examples_of(knowledge)
    assert shipped["fingerprint"] == fingerprint(texts, labels, Classifier().params(), knowledge.lexicon), \
        "examples changed: run `jiebei-bot train`"
    assert shipped["model"]["params"] == Classifier().params()
    assert shipped["knowledge"] == knowledge.digest, "knowledge changed: run `jiebei-bot train`"


@pytest.mark.integration  # retraining the topic classifier (five runs) takes ~20 s of CPU: not in the unit budget
@pytest.mark.corpus  # reads a background result (conftest.py): also a whole-data check
def test_shipped_model_is_up_to_date_and_reproducible(fresh_topic_model: tuple[dict[str, Any], bytes]) -> None:
    knowledge = load()
    shipped = read_model(knowledge.path / MODEL_FILE)
    assert shipped is not None, "run `jiebei-bot train` to write knowledge/model.json"
    # train(load(), default_workers()) as `jiebei-bot train` runs it, in a fresh interpreter while
    # the other tests run (conftest.py, background.py)
    content, block = fresh_topic_model
    fresh = rapidjson.loads(rapidjson.dumps(content))
    assert shipped["fingerprint"] == fresh["fingerprint"], "examples changed: run `jiebei-bot train`"
    assert shipped["model"] == fresh["model"], "training is not deterministic"
    assert (knowledge.path / TABLES_FILE).read_bytes() == block, "training is not deterministic"
    # The digest lets Engine.load skip re-checking unchanged knowledge: it must be current too.
    assert shipped["knowledge"] == knowledge.digest, "knowledge changed: run `jiebei-bot train`"


class SmallClassifier(Classifier):
    """The real classifier with one short training run instead of five long ones (~20x faster),
    fitted on every second example (a tiny model: the test is about which model a load uses, not
    about what it learns; ~40% less CPU again, PERF_LOG part 49): enough to show that a stale model
    is ignored and the engine trains in memory. (On all the examples the question below scores
    0.99 for its topic; on every second 0.92, on every fourth 0.36: the stride keeps a margin.)"""

    def __init__(self, **params: Any) -> None:
        super().__init__(**{"epochs": 2, "runs": 1, **params})

    def fit(self, texts: Sequence[str], labels: Sequence[str], lexicon: Lexicon | None = None, **options: Any) -> Classifier:
        return super().fit(texts[::2], labels[::2], lexicon, **options)


def test_stale_model_is_ignored_and_the_engine_trains_instead(knowledge_copy: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # Training the full model twice in one run (here and above) cost most of the suite's time.
    monkeypatch.setattr(bot.model, "Classifier", SmallClassifier)
    model_path = knowledge_copy / MODEL_FILE
    data = rapidjson.loads(model_path.read_text(encoding="utf-8"))
    data["fingerprint"] = "0" * 64
    model_path.write_text(rapidjson.dumps(data), encoding="utf-8")
    engine = Engine.load(knowledge_copy)
    assert engine.ask("借呗逾期会走访户籍地吗").topic == "home_visit"
    assert rapidjson.loads(model_path.read_text(encoding="utf-8"))["fingerprint"] == "0" * 64  # nothing written


def test_corrupt_model_is_a_knowledge_error(knowledge_copy: Path) -> None:
    from bot import KnowledgeError

    (knowledge_copy / MODEL_FILE).write_text("{", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="model.json: /: invalid JSON"):
        classifier_for(load(knowledge_copy))


def test_tables_of_another_training_are_a_knowledge_error(knowledge_copy: Path) -> None:
    from bot import KnowledgeError

    path = knowledge_copy / TABLES_FILE
    path.write_bytes(path.read_bytes().replace(b"jiebei-bot model ", b"jiebei-bot model 0", 1))
    with pytest.raises(KnowledgeError, match="model.bin: /: expected the tables of the model"):
        Engine.load(knowledge_copy)
    path.unlink()
    with pytest.raises(KnowledgeError, match="model.bin: /: "):
        Engine.load(knowledge_copy)


def test_packaged_safety_json_is_trusted_only_while_its_digest_matches(knowledge_copy: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # safety_model.json records the digest of the safety.json that `jiebei-bot train` checked;
    # the packaged folder's file is then not checked again at every start, until it changes.
    import json

    import bot.knowledge
    import bot.safety.examples
    from bot import KnowledgeError

    monkeypatch.setattr(bot.knowledge, "default_path", lambda: knowledge_copy)
    real_repeats = bot.safety.examples._repeats

    def no_repeats(*args: Any) -> Any:
        raise AssertionError("the unchanged packaged safety.json was checked again")

    monkeypatch.setattr(bot.safety.examples, "_repeats", no_repeats)
    Engine.load(knowledge_copy)
    monkeypatch.setattr(bot.safety.examples, "_repeats", real_repeats)
    path = knowledge_copy / "safety.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    kind = next(iter(data["classes"]["benign"].values()))
    kind["zh"].append(kind["zh"][0])
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="again"):
        Engine.load(knowledge_copy)


def test_the_packaged_model_fits_by_its_recorded_digest_and_any_other_folder_by_its_fingerprint(
        knowledge_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hashed: list[int] = []
    real = bot.model.fingerprint
    monkeypatch.setattr(bot.model, "fingerprint", lambda *args: hashed.append(1) or real(*args))
    saved = read_model(load().path / MODEL_FILE)
    assert saved is not None
    assert classifier_for(load(trusted_digest=saved["knowledge"], derived=bot.model.derived(saved)), saved)
    assert hashed == []  # the very files `train` fitted it on: no example hashed again
    copy = load(knowledge_copy)  # same files, another folder: the fingerprint decides
    assert classifier_for(copy, read_model(knowledge_copy / MODEL_FILE)).topics_ and hashed == [1]
    stale = dict(saved, model=dict(saved["model"], params=dict(saved["model"]["params"], epochs=99)))
    assert bot.model._fits(stale, copy, [], [], Classifier().params()) is False

"""The trained classifier shipped beside the knowledge (``model.json``), so that loading is fast.

The model is derived data: ``jiebei-bot train`` writes it, and its fingerprint (a hash of the
training examples, the classifier's parameters, the word table's digest and FEATURES_VERSION)
says which knowledge it was trained on. The word table (``wordtable.json``, built by
benchmarks/distill.py) is read beside it; a folder without one gets a TF-IDF-only model. When the fingerprint does not match — knowledge edited, another folder — the engine
trains in memory instead and writes nothing.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Sequence

import rapidjson

from .classifier import Classifier, training_pairs
from .errors import KnowledgeError, Problem
from .knowledge import Knowledge
from .wordtable import TABLE_FILE, WordTable, read_table

MODEL_FILE = "model.json"
# Bump when text.normalize or text.features change meaning: old model files then stop matching.
FEATURES_VERSION = 3


def fingerprint(texts: Sequence[str], labels: Sequence[str], params: dict[str, Any],
                table: WordTable | None = None) -> str:
    """A hash of everything a trained model depends on."""
    payload = rapidjson.dumps({"v": FEATURES_VERSION, "params": params,
                               "table": table.digest if table is not None else None,
                               "examples": [[label, text] for text, label in zip(texts, labels)]},
                              sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def examples_of(knowledge: Knowledge) -> tuple[list[str], list[str]]:
    """The training texts and labels of a knowledge folder, in a stable order."""
    return training_pairs((topic.id, topic.examples()) for topic in knowledge.topics)


def table_of(knowledge: Knowledge) -> WordTable | None:
    """The folder's word table, or None when it has none. A broken one is a KnowledgeError."""
    try:
        return read_table(knowledge.path)
    except (ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        raise KnowledgeError([Problem(str(knowledge.path / TABLE_FILE), "", f"invalid word table: {error}")]) from None


def classifier_for(knowledge: Knowledge, saved: dict[str, Any] | None = None) -> Classifier:
    """The classifier for a knowledge folder: the saved model when it matches, else a fresh fit.
    ``saved`` is the folder's model file when the caller has read it already."""
    texts, labels = examples_of(knowledge)
    table = table_of(knowledge)
    fresh = Classifier()
    expected = fingerprint(texts, labels, fresh.params(), table)
    if saved is None:
        saved = read_model(knowledge.path / MODEL_FILE)
    if saved is not None and saved.get("fingerprint") == expected:
        try:
            return Classifier.from_dict(saved["model"], texts, labels, table)
        except (ValueError, KeyError, TypeError) as error:
            raise KnowledgeError([Problem(str(knowledge.path / MODEL_FILE), "/model", str(error))]) from None
    return fresh.fit(texts, labels, table)


def read_model(path: Path) -> dict[str, Any] | None:
    """The saved model at path, or None when there is none. A corrupt file is a KnowledgeError.

    Only the outline is checked (the full schema would double the load time of a 3 MB file);
    the fingerprint then decides whether the model fits the knowledge at all."""
    if not path.is_file():
        return None
    try:
        data = rapidjson.loads(path.read_text(encoding="utf-8"))
    except (rapidjson.JSONDecodeError, OSError, UnicodeDecodeError) as error:
        raise KnowledgeError([Problem(str(path), "", f"invalid JSON: {error}")]) from None
    model = data.get("model") if isinstance(data, dict) else None
    for key, kind in (("params", dict), ("topics", list), ("bias", list), ("features", list),
                      ("idf", str), ("weights", str)):
        if not isinstance(model, dict) or not isinstance(model.get(key), kind):
            raise KnowledgeError([Problem(str(path), f"/model/{key}", f"expected {kind.__name__} in the model file")])
    return dict(data)


def train(knowledge: Knowledge) -> dict[str, Any]:
    """Fit the classifier on a (fully checked) knowledge folder; the model file's content."""
    texts, labels = examples_of(knowledge)
    table = table_of(knowledge)
    model = Classifier().fit(texts, labels, table)
    return {"fingerprint": fingerprint(texts, labels, model.params(), table), "knowledge": knowledge.digest,
            "model": model.to_dict()}


def write_model(knowledge: Knowledge) -> Path:
    """Train and write ``model.json`` into the knowledge folder; returns its path."""
    path = knowledge.path / MODEL_FILE
    path.write_text(rapidjson.dumps(train(knowledge), ensure_ascii=False) + "\n", encoding="utf-8")
    return path

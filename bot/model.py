"""The trained classifier shipped beside the knowledge (``model.json``), so that loading is fast.

The model is derived data: ``jiebei-bot train`` writes it, and its fingerprint (a hash of the
training examples, the classifier's parameters and FEATURES_VERSION) says which knowledge it was
trained on. When the fingerprint does not match — knowledge edited, another folder — the engine
trains in memory instead and writes nothing.
"""

from __future__ import annotations

import hashlib
import importlib.resources
from pathlib import Path
from typing import Any, Sequence

import rapidjson

from .classifier import Classifier, training_pairs
from .errors import KnowledgeError, Problem
from .knowledge import Knowledge

MODEL_FILE = "model.json"
# Bump when text.normalize or text.features change meaning: old model files then stop matching.
FEATURES_VERSION = 1


def fingerprint(texts: Sequence[str], labels: Sequence[str], params: dict[str, Any]) -> str:
    """A hash of everything a trained model depends on."""
    payload = rapidjson.dumps({"v": FEATURES_VERSION, "params": params,
                               "examples": [[label, text] for text, label in zip(texts, labels)]},
                              sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def examples_of(knowledge: Knowledge) -> tuple[list[str], list[str]]:
    """The training texts and labels of a knowledge folder, in a stable order."""
    return training_pairs((topic.id, topic.examples()) for topic in knowledge.topics)


def classifier_for(knowledge: Knowledge) -> Classifier:
    """The classifier for a knowledge folder: the saved model when it matches, else a fresh fit."""
    texts, labels = examples_of(knowledge)
    fresh = Classifier()
    expected = fingerprint(texts, labels, fresh.params())
    saved = read_model(knowledge.path / MODEL_FILE)
    if saved is not None and saved.get("fingerprint") == expected:
        return Classifier.from_dict(saved["model"], texts, labels)
    return fresh.fit(texts, labels)


def read_model(path: Path) -> dict[str, Any] | None:
    """The saved model at path, or None when there is none. A corrupt file is a KnowledgeError."""
    if not path.is_file():
        return None
    try:
        data = rapidjson.loads(path.read_text(encoding="utf-8"))
        schema = importlib.resources.files("bot").joinpath("schemas", "model.schema.json")
        rapidjson.Validator(schema.read_text(encoding="utf-8"))(rapidjson.dumps(data))
    except rapidjson.JSONDecodeError as error:
        raise KnowledgeError([Problem(str(path), "", f"invalid JSON: {error}")]) from None
    except rapidjson.ValidationError as error:
        kind, _, pointer = error.args
        raise KnowledgeError([Problem(str(path), pointer.lstrip("#"), f"does not match the model schema ({kind})")]) from None
    return dict(data)


def train(knowledge: Knowledge) -> dict[str, Any]:
    """Fit the classifier on a knowledge folder and return the model file's content."""
    texts, labels = examples_of(knowledge)
    model = Classifier().fit(texts, labels)
    return {"fingerprint": fingerprint(texts, labels, model.params()), "model": model.to_dict()}


def write_model(knowledge: Knowledge) -> Path:
    """Train and write ``model.json`` into the knowledge folder; returns its path."""
    path = knowledge.path / MODEL_FILE
    path.write_text(rapidjson.dumps(train(knowledge), ensure_ascii=False) + "\n", encoding="utf-8")
    return path

"""The trained classifier shipped beside the knowledge (``model.json``), so that loading is fast.

The model is derived data: ``jiebei-bot train`` writes it, and its fingerprint (a hash of the
training examples, the classifier's parameters, the concept lexicon and FEATURES_VERSION) says
which knowledge it was trained on. When the fingerprint does not match — knowledge edited, another folder — the engine
trains in memory instead and writes nothing.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any, Sequence

import rapidjson

from .classifier import Classifier, training_pairs
from .errors import KnowledgeError, Problem
from .files import MAX_MODEL_BYTES, describe, nesting_error, parse_json, read_bytes
from .knowledge import Knowledge
from .lexicon import Lexicon

MODEL_FILE = "model.json"
# Bump when text.normalize or text.features change meaning: old model files then stop matching.
FEATURES_VERSION = 3


def fingerprint(texts: Sequence[str], labels: Sequence[str], params: dict[str, Any],
                lexicon: Lexicon | None = None) -> str:
    """A hash of everything a trained model depends on."""
    payload = rapidjson.dumps({"v": FEATURES_VERSION, "params": params,
                               "lexicon": lexicon.digest if lexicon is not None else None,
                               "examples": [[label, text] for text, label in zip(texts, labels)]},
                              sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def examples_of(knowledge: Knowledge) -> tuple[list[str], list[str]]:
    """The training texts and labels of a knowledge folder, in a stable order."""
    return training_pairs((topic.id, topic.examples()) for topic in knowledge.topics)


def classifier_for(knowledge: Knowledge, saved: dict[str, Any] | None = None) -> Classifier:
    """The classifier for a knowledge folder: the saved model when it matches, else a fresh fit.
    ``saved`` is the folder's model file when the caller has read it already."""
    texts, labels = examples_of(knowledge)
    fresh = Classifier()
    path = knowledge.path / MODEL_FILE
    if saved is None:
        saved = read_model(path)
    loaded = _saved_classifier(saved, path, knowledge, fresh.params())
    return loaded if loaded is not None else fresh.fit(texts, labels, knowledge.lexicon)


def model_status(knowledge: Knowledge) -> str:
    """What ``jiebei-bot check`` says of the folder's model file. Raises KnowledgeError when it
    is broken (unreadable, too large, too deep, or tables that do not fit the folder)."""
    path = knowledge.path / MODEL_FILE
    saved = read_model(path)
    if saved is None:
        return f"no {MODEL_FILE}: the engine trains at every load (run jiebei-bot train)"
    if _saved_classifier(saved, path, knowledge, Classifier().params()) is None:
        return f"{MODEL_FILE} is stale: the engine trains at every load (run jiebei-bot train)"
    return f"{MODEL_FILE} fits the examples"


def _saved_classifier(saved: dict[str, Any] | None, path: Path, knowledge: Knowledge,
                      params: dict[str, Any]) -> Classifier | None:
    """The saved classifier when its fingerprint matches the examples and lexicon, None when it
    is stale. A fingerprint is no proof (anyone can compute one), so the tables are checked too."""
    texts, labels = examples_of(knowledge)
    if saved is None or saved.get("fingerprint") != fingerprint(texts, labels, params, knowledge.lexicon):
        return None
    _check_outline(saved["model"], path, labels, params)
    try:
        return Classifier.from_dict(saved["model"], texts, labels, knowledge.lexicon)
    except (ValueError, KeyError, TypeError, IndexError, OverflowError) as error:
        raise KnowledgeError([Problem(str(path), "/model", str(error))]) from None


def _check_outline(model: dict[str, Any], path: Path, labels: Sequence[str], params: dict[str, Any]) -> None:
    """The parameters, topic ids and biases a model must have to serve this folder: others would
    make the engine answer with topics the folder lacks, or fail on the first question."""
    problems: list[Problem] = []
    if model["params"] != params:
        problems.append(Problem(str(path), "/model/params", f"expected the classifier's parameters {params}, "
                                                              f"found {model['params']}"))
    topics = sorted(set(labels))
    if model["topics"] != topics:
        unknown = sorted(set(map(str, model["topics"])) - set(topics))
        missing = sorted(set(topics) - set(map(str, model["topics"])))
        problems.append(Problem(str(path), "/model/topics", f"expected the folder's {len(topics)} topic ids, sorted; "
                                                              f"found unknown {unknown}, missing {missing}"))
    bias = model["bias"]
    if len(bias) != len(topics) or not all(type(b) in (int, float) for b in bias):
        problems.append(Problem(str(path), "/model/bias", f"expected {len(topics)} numbers, one per topic"))
    if problems:
        raise KnowledgeError(problems)


def read_model(path: Path) -> dict[str, Any] | None:
    """The saved model at path, or None when there is none. A broken file is a KnowledgeError.

    The file is read within the bounds of bot.files (a regular file inside its folder, at most
    MAX_MODEL_BYTES, nested at most MAX_DEPTH deep). Only the outline is checked here (the full
    schema would double the load time of a 3 MB file); the fingerprint then decides whether the
    model fits the knowledge at all, and _check_outline whether its tables do."""
    if not os.path.lexists(path):  # a FIFO or a dangling link named model.json is refused below
        return None
    try:
        raw = read_bytes(path, path.parent.resolve(), limit=MAX_MODEL_BYTES)
        too_deep = nesting_error(raw)  # found before parsing, as for the knowledge files
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise KnowledgeError([Problem(str(path), "", describe(error))]) from None
    del raw  # ~3 MB less at the peak, while parsing
    if too_deep:
        raise KnowledgeError([Problem(str(path), "", too_deep)])
    try:
        # The standard library's parser: for this file (a long list of features and two long
        # strings) ~30% fewer instructions and ~5 MiB less peak memory than rapidjson, for the
        # same data. NaN and Infinity stay refused, as rapidjson refuses them.
        data = parse_json(text)
    except (ValueError, RecursionError) as error:
        raise KnowledgeError([Problem(str(path), "", f"invalid JSON: {error}")]) from None
    model = data.get("model") if isinstance(data, dict) else None
    for key, kind in (("params", dict), ("topics", list), ("bias", list), ("features", str),
                      ("idf", str), ("counts", str), ("columns", str), ("weights", str)):
        if not isinstance(model, dict) or not isinstance(model.get(key), kind):
            raise KnowledgeError([Problem(str(path), f"/model/{key}", f"expected {kind.__name__} in the model file")])
    return dict(data)



def train(knowledge: Knowledge, workers: int = 1) -> dict[str, Any]:
    """Fit the classifier on a (fully checked) knowledge folder; the model file's content.
    ``workers``: processes for the seeded runs (the same model either way)."""
    texts, labels = examples_of(knowledge)
    model = Classifier().fit(texts, labels, knowledge.lexicon, workers=workers)
    return {"fingerprint": fingerprint(texts, labels, model.params(), knowledge.lexicon), "knowledge": knowledge.digest,
            "model": model.to_dict()}


def write_model(knowledge: Knowledge, workers: int | None = None) -> Path:
    """Train and write ``model.json`` into the knowledge folder; returns its path. The seeded
    runs use ``workers`` processes (default: one per core)."""
    path = knowledge.path / MODEL_FILE
    workers = workers if workers is not None else len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    path.write_text(rapidjson.dumps(train(knowledge, workers), ensure_ascii=False) + "\n", encoding="utf-8")
    return path

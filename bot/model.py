"""The trained classifier shipped beside the knowledge (``model.json`` and its tables,
``model.bin``), so that loading is fast.

The model is derived data: ``jiebei-bot train`` writes it, and its fingerprint (a hash of the
training examples, the classifier's parameters, the concept lexicon and FEATURES_VERSION) says
which knowledge it was trained on. When the fingerprint does not match — knowledge edited, another folder — the engine
trains in memory instead and writes nothing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Sequence

from .classifier import Classifier
from .digest import sha256
from .errors import KnowledgeError, Problem
from .files import (MAX_MODEL_BYTES, canonical_json, deeper_than, describe, nesting_error, parse_json, read_after_stamp,
                    read_bytes)
from .knowledge import Knowledge, is_packaged
from .lexicon import Lexicon
from .linear import default_workers

MODEL_FILE = "model.json"
TABLES_FILE = "model.bin"  # the classifier's feature tables (bot.tables), stamped with the fingerprint
# Bump when text.normalize or text.features change meaning: old model files then stop matching.
FEATURES_VERSION = 4


def fingerprint(texts: Sequence[str], labels: Sequence[str], params: dict[str, Any],
                lexicon: Lexicon | None = None) -> str:
    """A hash of everything a trained model depends on."""
    payload = canonical_json({"v": FEATURES_VERSION, "params": params,
                              "lexicon": lexicon.digest if lexicon is not None else None,
                              "examples": [[label, text] for text, label in zip(texts, labels)]})
    return sha256(payload.encode("utf-8")).hexdigest()


def derived(saved: dict[str, Any] | None) -> dict[str, Any] | None:
    """What a model file saved beside the model so that a start need not compute it: the
    lexicon's form keys (Lexicon.build) and which topic owns each concept (bot.routing), when
    they were computed with the same text features (FEATURES_VERSION) this code has.
    bot.knowledge uses them only for the folder whose digest the model file records (the files
    they were computed from), as it does that digest."""
    data = saved.get("derived") if saved else None
    if not isinstance(data, dict) or data.get("features_version") != FEATURES_VERSION:
        return None
    return data


def examples_of(knowledge: Knowledge) -> tuple[list[str], list[str]]:
    """The training texts and labels of a knowledge folder, in a stable order: each topic's examples in turn."""
    texts: list[str] = []
    labels: list[str] = []
    for topic in knowledge.topics:
        for example in topic.examples():
            texts.append(example)
            labels.append(topic.id)
    return texts, labels


def classifier_for(knowledge: Knowledge, saved: dict[str, Any] | None = None) -> Classifier:
    """The classifier for a knowledge folder: the saved model when it matches, else a fresh fit.
    ``saved`` is the folder's model file when the caller has read it already."""
    texts, labels = examples_of(knowledge)
    fresh = Classifier()
    path = knowledge.path / MODEL_FILE
    if saved is None:
        saved = read_model(path)
    loaded = _saved_classifier(saved, path, knowledge, fresh.params(), (texts, labels))
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
                      params: dict[str, Any], examples: tuple[list[str], list[str]] | None = None) -> Classifier | None:
    """The saved classifier when its fingerprint matches the examples and lexicon, None when it
    is stale. A fingerprint is no proof (anyone can compute one), so the tables are checked too.
    ``examples``: ``examples_of(knowledge)`` when the caller has them already."""
    texts, labels = examples if examples is not None else examples_of(knowledge)
    if saved is None or not _fits(saved, knowledge, texts, labels, params):
        return None
    _check_outline(saved["model"], path, labels, params)
    block = read_tables(path.parent / TABLES_FILE, saved["fingerprint"])
    try:
        return Classifier.from_dict(saved["model"], texts, labels, knowledge.lexicon, block)
    except (ValueError, KeyError, TypeError, IndexError, OverflowError) as error:
        raise KnowledgeError([Problem(str(path), "/model", str(error))]) from None


def _fits(saved: dict[str, Any], knowledge: Knowledge, texts: Sequence[str], labels: Sequence[str],
          params: dict[str, Any]) -> bool:
    """Whether the saved model was fitted on these examples, lexicon and parameters: its
    fingerprint is theirs. For the packaged folder with the very files `train` fitted it on (the
    digest the model file records, as bot.knowledge honours it), the same text features
    (FEATURES_VERSION, recorded in ``derived``) and parameters, that is known without hashing
    every example again (~24 M instructions, ~9% of a start)."""
    model = saved.get("model")
    if (saved.get("knowledge") == knowledge.digest and derived(saved) is not None
            and isinstance(model, dict) and model.get("params") == params and is_packaged(knowledge.path)):
        return True
    return bool(saved.get("fingerprint") == fingerprint(texts, labels, params, knowledge.lexicon))


def read_tables(path: Path, fingerprint: str) -> bytes:
    """The binary tables beside a model file, once their stamp names the same fingerprint.
    Training is deterministic, so the fingerprint names the tables' content; no hash of 2 MB at
    every start."""
    return read_after_stamp(path, _stamp(fingerprint), f"the model {MODEL_FILE} names (fingerprint {fingerprint[:12]}...)")


def _stamp(fingerprint: str) -> bytes:
    return b"jiebei-bot model " + fingerprint.encode("ascii") + b"\n"


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
    MAX_MODEL_BYTES, nested at most MAX_DEPTH deep). Only the outline is checked here; the
    fingerprint then decides whether the model fits the knowledge at all, _check_outline whether
    its topics and biases do, and read_tables whether model.bin is the one it names."""
    if not os.path.lexists(path):  # a FIFO or a dangling link named model.json is refused below
        return None
    try:
        raw = read_bytes(path, path.parent.resolve(), limit=MAX_MODEL_BYTES)
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise KnowledgeError([Problem(str(path), "", describe(error))]) from None
    del raw  # ~3 MB less at the peak, while parsing
    try:
        # The standard library's parser: for this file (a long list of features and two long
        # strings) ~30% fewer instructions and ~5 MiB less peak memory than rapidjson, for the
        # same data. NaN and Infinity stay refused, as rapidjson refuses them. Deep nesting is a
        # RecursionError here, not a crash: it is looked for in the text only when the parse
        # fails or the parsed data nests too deep (then said as for the knowledge files, and
        # before a parse error, as when the text was scanned first).
        data = parse_json(text)
    except (ValueError, RecursionError) as error:
        raise KnowledgeError([Problem(str(path), "", nesting_error(text) or f"invalid JSON: {error}")]) from None
    too_deep = nesting_error(text) if deeper_than(data) else None
    if too_deep:
        raise KnowledgeError([Problem(str(path), "", too_deep)])
    model = data.get("model") if isinstance(data, dict) else None
    for key, kind in (("params", dict), ("topics", list), ("bias", list), ("tables", dict)):
        if not isinstance(model, dict) or not isinstance(model.get(key), kind):
            raise KnowledgeError([Problem(str(path), f"/model/{key}", f"expected {kind.__name__} in the model file")])
    return dict(data)



def train(knowledge: Knowledge, workers: int = 1) -> tuple[dict[str, Any], bytes]:
    """Fit the classifier on a (fully checked) knowledge folder: the model file's content and
    the tables' binary block. ``workers``: processes for the seeded runs (the same model)."""
    texts, labels = examples_of(knowledge)
    model = Classifier().fit(texts, labels, knowledge.lexicon, workers=workers)
    block, layout = model.tables_block()
    stamp = fingerprint(texts, labels, model.params(), knowledge.lexicon)
    content = {"fingerprint": stamp, "knowledge": knowledge.digest,
               "model": {**model.to_dict(tables=False), "tables": {"file": TABLES_FILE, **layout}}}
    if knowledge.lexicon is not None:  # saved so that a start need not compute them (see derived)
        from .owners import concept_owners

        content["derived"] = {"features_version": FEATURES_VERSION, "lexicon_keys": knowledge.lexicon.form_keys(),
                              "concept_owners": concept_owners(knowledge, knowledge.lexicon)}
    return content, _stamp(stamp) + block


def write_model(knowledge: Knowledge, workers: int | None = None) -> Path:
    """Train and write ``model.bin`` and ``model.json`` into the knowledge folder; returns the
    path of ``model.json``. The seeded runs use ``workers`` processes (default: one per core)."""
    import rapidjson  # writing only: loading never imports it

    path = knowledge.path / MODEL_FILE
    content, block = train(knowledge, default_workers() if workers is None else workers)
    (knowledge.path / TABLES_FILE).write_bytes(block)
    path.write_text(rapidjson.dumps(content, ensure_ascii=False) + "\n", encoding="utf-8")
    return path

"""The learned half of the safety detector: two small binary classifiers (crisis or not; abuse
that happened or not), trained on ``safety.json`` and the topics' own examples, read one clause
or two neighbouring clauses at a time like the rules.

Hand-written patterns recognise the wording they were written for; on messages written by
someone else they missed one crisis in five. A character n-gram model generalises from meaning
a little further (攒药, 药都数好了, "sorted the tablets into piles" share features with what it
has seen), and the rules stay for what they do precisely. The final decision combines both (see
``bot.safety.assess``): a learned crisis also needs a distress cue in the same window.

The trained detectors are derived data, written by ``jiebei-bot train`` to ``safety_model.json``
beside the knowledge with a fingerprint of the examples and parameters. When the fingerprint does
not match (examples edited, another folder) they are trained in memory (about 3 s) and nothing
is written. Uses the Classifier's public API only (fit, predict, to_dict, from_dict).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import rapidjson

from ..classifier import Classifier
from ..errors import KnowledgeError, Problem
from ..files import MAX_MODEL_BYTES, describe, nesting_error, read_text
from ..knowledge import Knowledge
from .clauses import fold_clause
from .examples import Example, read_examples
from .idioms import masked
from .concepts import tagged

SAFETY_MODEL_FILE = "safety_model.json"
VERSION = 1  # bump when what the detectors read changes meaning (folding, masking, labels)
OTHER = "other"
CRISIS = "crisis"
ABUSE = "abuse"
# Topics whose examples are positives of a detector; every other topic's examples are negatives
# (loan questions, greetings, what the bot declines): what a detector must learn to leave alone.
_TOPIC_LABELS = {"crisis": CRISIS, "abusive_collection": ABUSE}
# Fewer, shorter runs than the topic classifier: two classes learn fast, and a stale model must
# retrain in seconds. balance=1 weighs the few positives like the many negatives; min_df=2 keeps
# the file small (one-off trigrams teach nothing general).
PARAMS: dict[str, Any] = {"epochs": 6, "runs": 3, "balance": 1.0, "min_df": 2, "fallback": OTHER}


def crisis_text(folded: str) -> str:
    """What the crisis detector reads of a folded window: idioms blanked (笑死 is not death), and
    the groups of weak cues it holds appended as words (lexicon.tagged)."""
    return tagged(masked(folded), CRISIS)


def abuse_text(folded: str) -> str:
    """What the abuse detector reads: no idioms blanked (骂我去死 is a collector's curse), groups
    appended as for crisis."""
    return tagged(folded, ABUSE)


@dataclass(frozen=True)
class Detectors:
    """The two fitted binary classifiers."""

    crisis: Classifier
    abuse: Classifier

    def crisis_score(self, folded: str) -> float:
        """P(crisis) for one window of folded text (see ``crisis_text``)."""
        return _positive(self.crisis, crisis_text(folded), CRISIS)

    def abuse_score(self, folded: str) -> float:
        """P(abuse that happened) for one window of folded text (see ``abuse_text``)."""
        return _positive(self.abuse, abuse_text(folded), ABUSE)


def _positive(model: Classifier, text: str, label: str) -> float:
    prediction = model.predict(text, top=2)
    return next((c.score for c in prediction.candidates if c.topic == label), 0.0)


def training_sets(knowledge: Knowledge, examples: Sequence[Example]) -> dict[str, tuple[list[str], list[str]]]:
    """For each detector, its texts and labels: safety.json's examples of its class and its
    topic's examples are positives; all the other examples are negatives."""
    pairs = [(e.label, e.text) for e in examples]
    pairs += [(_TOPIC_LABELS.get(topic.id, "topic"), text) for topic in knowledge.topics for text in topic.examples()]
    sets: dict[str, tuple[list[str], list[str]]] = {}
    for name, read in ((CRISIS, crisis_text), (ABUSE, abuse_text)):
        sets[name] = ([read(fold_clause(text)) for _, text in pairs], [name if label == name else OTHER for label, _ in pairs])
    return sets


def fingerprint(sets: dict[str, tuple[list[str], list[str]]]) -> str:
    """A hash of everything the detectors depend on."""
    payload = rapidjson.dumps({"v": VERSION, "params": PARAMS, "sets": sets}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def fit(sets: dict[str, tuple[list[str], list[str]]]) -> Detectors:
    """Train both detectors (deterministic: seeded)."""
    return Detectors(*(Classifier(**PARAMS).fit(*sets[name]) for name in (CRISIS, ABUSE)))


def train(knowledge: Knowledge) -> dict[str, Any]:
    """The content of ``safety_model.json`` for a knowledge folder."""
    sets = training_sets(knowledge, read_examples(knowledge.path))
    detectors = fit(sets)
    return {"fingerprint": fingerprint(sets), "crisis": detectors.crisis.to_dict(), "abuse": detectors.abuse.to_dict()}


def write_model(knowledge: Knowledge) -> Path:
    """Train the detectors and write ``safety_model.json`` into the knowledge folder."""
    path = knowledge.path / SAFETY_MODEL_FILE
    path.write_text(rapidjson.dumps(train(knowledge), ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def detectors_for(knowledge: Knowledge) -> Detectors:
    """The folder's saved detectors when they fit its examples, else detectors fitted now."""
    sets = training_sets(knowledge, read_examples(knowledge.path))
    path = knowledge.path / SAFETY_MODEL_FILE
    saved = _read(path)
    if saved is None or saved.get("fingerprint") != fingerprint(sets):
        return fit(sets)
    try:
        return Detectors(*(Classifier.from_dict(saved[name], *sets[name]) for name in (CRISIS, ABUSE)))
    except (ValueError, KeyError, TypeError, IndexError, OverflowError) as error:
        raise KnowledgeError([Problem(str(path), "", f"expected the two detectors' tables: {error}")]) from None


def _read(path: Path) -> dict[str, Any] | None:
    """The saved detectors, or None when there are none; a broken file is a KnowledgeError."""
    if not os.path.lexists(path):
        return None
    try:
        text = read_text(path, path.parent.resolve(), limit=MAX_MODEL_BYTES)
    except (OSError, UnicodeDecodeError) as error:
        raise KnowledgeError([Problem(str(path), "", describe(error))]) from None
    too_deep = nesting_error(text)
    if too_deep:
        raise KnowledgeError([Problem(str(path), "", too_deep)])
    try:
        data = rapidjson.loads(text)
    except (rapidjson.JSONDecodeError, RecursionError) as error:
        raise KnowledgeError([Problem(str(path), "", f"invalid JSON: {error}")]) from None
    for key in (CRISIS, ABUSE):
        if not isinstance(data, dict) or not isinstance(data.get(key), dict):
            raise KnowledgeError([Problem(str(path), f"/{key}", "expected an object (a saved detector)")])
    return dict(data)

"""The learned half of the safety detector: two small binary classifiers (crisis or not; abuse
that happened or not), trained on ``safety.json`` (and ``safety_sets.json`` when a knowledge folder
has one: the team's own labelled sets clause by clause, see ``examples.SETS_FILE``; not shipped)
and the topics' own examples, read one clause
or two neighbouring clauses at a time like the rules.

Hand-written patterns recognise the wording they were written for; on messages written by
someone else they missed one crisis in five. A character n-gram model generalises from meaning
a little further (攒药, 药都数好了, "sorted the tablets into piles" share features with what it
has seen), and the rules stay for what they do precisely. The final decision combines both (see
``bot.safety.assess``): a learned crisis also needs a distress cue in the same window.

The trained detectors are derived data, written by ``jiebei-bot train`` beside the knowledge:
``safety_model.json`` (fingerprint of the examples and parameters, each detector's parameters,
classes and biases) and ``safety_model.bin`` (their feature tables, as for model.bin: stamped
with the fingerprint, loaded by copying bytes instead of parsing ~800 kB of base64 JSON). When the
fingerprint does not match (examples edited, another folder) they are trained in memory (about
3 s) and nothing is written. A safety_model.json that holds its tables inline (written before
safety_model.bin existed) still loads. Uses the Classifier's public API only (fit, predict,
to_dict, tables_block, from_dict).
"""

from __future__ import annotations

from ..records import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from ..classifier import Classifier
from ..digest import sha256
from ..errors import KnowledgeError, Problem
from ..files import canonical_json, read_saved_json, read_stamped
from ..knowledge import Knowledge
from ..linear import default_workers
from .clauses import fold_clause
from .examples import Example, folder_digest, read_examples, read_sets, sets_stamp
from .idioms import IDIOMS, masked, masked_as_trained
from .learned_inputs import built_digest, code_digest
from .concepts import reading_patterns as concept_patterns, tagged
from .euphemisms import reading_patterns as euphemism_patterns

SAFETY_MODEL_FILE = "safety_model.json"
SAFETY_TABLES_FILE = "safety_model.bin"  # the detectors' tables (bot.tables), stamped with the fingerprint
VERSION = 2  # bump when what the detectors read changes meaning (folding, masking, labels)
OTHER = "other"
CRISIS = "crisis"
ABUSE = "abuse"
# Topics whose examples are positives of a detector; every other topic's examples are negatives
# (loan questions, greetings, what the bot declines): what a detector must learn to leave alone.
_TOPIC_LABELS = {"crisis": CRISIS, "abusive_collection": ABUSE}
# Fear and worry stated as feelings ("我好害怕", "I can't sleep from worry") are neither crisis nor
# everyday wording: as negatives they would teach the crisis detector that distress is benign.
_NOT_TRAINED_ON = frozenset({"worry"})
# Fewer, shorter runs than the topic classifier: two classes learn fast, and a stale model must
# retrain in seconds. balance=0 (positives not up-weighted): in cross-validation it ranked the
# benign look-alikes lower than balance 0.5 or 1 did. min_df keeps the file small (one-off
# trigrams teach nothing general): 2 on safety.json alone. With knowledge/safety_sets.json (the
# team's sets, not shipped: rounds 12-13, docs/safety.md) 5 keeps the model as small (round 12:
# ~15,500 features per detector; at 2 there were 39,000 and a load took a third longer).
# Every parameter is pinned here: the topic classifier's defaults are tuned for topics (and change
# with them), the detectors' were chosen by their own cross-validation (benchmarks/safety_cv.py).
PARAMS: dict[str, Any] = {"epochs": 6, "learning_rate": 2.0, "runs": 3, "balance": 0.0, "min_df": 2,
                          "fallback": OTHER}


def reading_patterns() -> list[str]:
    """The patterns behind crisis_text and abuse_text (for the fingerprint)."""
    return [IDIOMS.pattern, *concept_patterns(), *euphemism_patterns()]  # euphemisms: read before any window (Round 72)


def crisis_text(folded: str) -> str:
    """What the crisis detector reads of a folded window: idioms blanked (笑死 is not death), and
    the groups of weak cues it holds appended as words (lexicon.tagged)."""
    return tagged(masked(folded), CRISIS)


def trained_crisis_text(folded: str) -> str:
    """What the crisis detector is trained on: ``crisis_text`` without degree.py's grammar (fa225, Round 118)."""
    return tagged(masked_as_trained(folded), CRISIS)


def abuse_text(folded: str) -> str:
    """What the abuse detector reads: no idioms blanked (骂我去死 is a collector's curse), groups
    appended as for crisis."""
    return tagged(folded, ABUSE)


_MEMO_SIZE = 1024


@dataclass(frozen=True)
class Detectors:
    """The two fitted binary classifiers."""

    crisis: Classifier
    abuse: Classifier
    # The crisis reply's gate and the check-in's read the same windows of a message: each window
    # is scored once (a bounded memo, emptied when full; the scores are the same either way).
    _crisis_memo: dict[str, float] = field(default_factory=dict, init=False, repr=False, compare=False)

    def crisis_score(self, folded: str) -> float:
        """P(crisis) for one window of folded text (see ``crisis_text``)."""
        memo = self._crisis_memo
        score = memo.get(folded)
        if score is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            score = memo[folded] = _positive(self.crisis, crisis_text(folded), CRISIS)
        return score

    def abuse_score(self, folded: str) -> float:
        """P(abuse that happened) for one window of folded text (see ``abuse_text``)."""
        return _positive(self.abuse, abuse_text(folded), ABUSE)


def _positive(model: Classifier, text: str, label: str) -> float:
    return model.probability(text, label, top=2)  # = its score in model.predict(text, top=2).candidates


def training_pairs(knowledge: Knowledge, examples: Sequence[Example]) -> list[tuple[str, str]]:
    """(class, text) for every example: safety.json's (and safety_sets.json's, when given), then
    the topics' (the crisis topic's are crisis, the abusive_collection topic's abuse, every other
    topic's "topic"). A class may be two ("crisis+abuse": a positive of both detectors)."""
    pairs = [(e.label, e.text) for e in examples]
    pairs += [(_TOPIC_LABELS.get(topic.id, "topic"), text) for topic in knowledge.topics
              if topic.id not in _NOT_TRAINED_ON for text in topic.examples()]
    return pairs


def training_sets(pairs: Sequence[tuple[str, str]]) -> dict[str, tuple[list[str], list[str]]]:
    """For each detector, what it reads of each example and its label: the examples of its class
    are positives, all the others negatives."""
    sets: dict[str, tuple[list[str], list[str]]] = {}
    for name, read in ((CRISIS, trained_crisis_text), (ABUSE, abuse_text)):
        sets[name] = ([read(fold_clause(text)) for _, text in pairs], [_label(label, name) for label, _ in pairs])
    return sets


def _label(label: str, name: str) -> str:
    return name if name in label.split("+") else OTHER


def all_examples(folder: Path) -> tuple[Example, ...]:
    """Everything the detectors are trained on besides the topics: safety.json's examples, then
    safety_sets.json's (both checked in full)."""
    examples = read_examples(folder)
    return examples + read_sets(folder, examples)


def fingerprint(pairs: Sequence[tuple[str, str]]) -> str:
    """A hash of everything the detectors depend on: the examples, the parameters, VERSION and
    the patterns that turn an example into what a detector reads (idioms, concept groups), so
    that editing a pattern makes a saved model stale without anyone remembering to bump VERSION,
    and the code that reads and fits them (``code_digest``).
    Computed from the raw examples: transforming them all would double the engine's load time."""
    payload = canonical_json({"v": VERSION, "params": PARAMS, "patterns": reading_patterns(), "code": code_digest(),
                              "examples": [list(pair) for pair in pairs]})
    return sha256(payload.encode("utf-8")).hexdigest()


def inputs_digest(knowledge: Knowledge, safety_digest: str | None = None) -> str:
    """A digest of what the fingerprint is computed from, without the 4,000-odd examples
    themselves: the files they come from (the knowledge folder's digest, lexicon.json's bytes
    among them, and safety.json's) and everything else ``fingerprint`` covers (the code too)
    plus the labels given to the topics' examples. The code enters as its build-time digest (``built_digest``;
    the fingerprint hashes the files themselves).
    Recorded at training: while it is unchanged the fingerprint is too, and a load need not
    recompute it (~37 M instructions, ~7% of a one-shot ask). Any other value: the fingerprint
    decides, as before. ``safety_digest``: safety.json's ``file_digest`` when the caller has it
    (``SafetyFile.digest``, of the very text its examples came from), else the file is hashed."""
    safety_json = safety_digest or folder_digest(knowledge.path)
    payload = canonical_json({"v": VERSION, "params": PARAMS, "patterns": reading_patterns(),
                              "labels": _TOPIC_LABELS, "not_trained_on": sorted(_NOT_TRAINED_ON),
                              "knowledge": knowledge.digest, "safety_json": safety_json,
                              "sets": sets_stamp(knowledge.path), "code": built_digest()})
    return sha256(payload.encode("utf-8")).hexdigest()


def fit(sets: dict[str, tuple[list[str], list[str]]], workers: int = 1) -> Detectors:
    """Train both detectors (deterministic: seeded; ``workers`` processes give the same result)."""
    return Detectors(*(Classifier(**PARAMS).fit(*sets[name], workers=workers) for name in (CRISIS, ABUSE)))


def train(knowledge: Knowledge, workers: int = 1) -> tuple[dict[str, Any], bytes]:
    """The content of ``safety_model.json`` for a knowledge folder, and of ``safety_model.bin``."""
    pairs = training_pairs(knowledge, all_examples(knowledge.path))
    detectors = fit(training_sets(pairs), workers)
    stamp = fingerprint(pairs)
    block = _stamp(stamp)
    heads: dict[str, Any] = {}
    for name, model in ((CRISIS, detectors.crisis), (ABUSE, detectors.abuse)):
        tables, layout = model.tables_block()
        heads[name] = {**model.to_dict(tables=False),
                       "tables": {"file": SAFETY_TABLES_FILE, "offset": len(block), "size": len(tables), **layout}}
        block += tables
    # The digest of the safety.json just checked: the packaged folder's is then not re-checked
    # at every start while it keeps that digest (bot.safety.examples.read_safety).
    return {"fingerprint": stamp, "safety_json": folder_digest(knowledge.path), "inputs": inputs_digest(knowledge),
            **heads}, block


def write_model(knowledge: Knowledge, workers: int | None = None) -> Path:
    """Train the detectors and write ``safety_model.bin`` and ``safety_model.json`` into the
    knowledge folder (the seeded runs in ``workers`` processes, by default one per core, as for
    model.json); returns the path of ``safety_model.json``."""
    import rapidjson  # writing only: loading never imports it

    path = knowledge.path / SAFETY_MODEL_FILE
    content, block = train(knowledge, default_workers() if workers is None else workers)
    (knowledge.path / SAFETY_TABLES_FILE).write_bytes(block)
    path.write_text(rapidjson.dumps(content, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _stamp(fingerprint: str) -> bytes:
    return b"jiebei-bot safety model " + fingerprint.encode("ascii") + b"\n"


def _blocks(saved: dict[str, Any], path: Path) -> dict[str, bytes | None]:
    """Each detector's binary tables from safety_model.bin (None: inline in the JSON). The file
    must carry the stamp of the fingerprint safety_model.json names, and each block lie inside it."""
    if not any(isinstance(saved[name].get("tables"), dict) for name in (CRISIS, ABUSE)):
        return {CRISIS: None, ABUSE: None}
    data = read_stamped(path.with_name(SAFETY_TABLES_FILE), _stamp(str(saved["fingerprint"])),
                        f"the detectors {SAFETY_MODEL_FILE} names")
    blocks: dict[str, bytes | None] = {}
    for name in (CRISIS, ABUSE):
        where = saved[name].get("tables")
        offset, size = (where.get("offset"), where.get("size")) if isinstance(where, dict) else (None, None)
        if type(offset) is not int or type(size) is not int or not 0 <= offset <= offset + size <= len(data):
            raise KnowledgeError([Problem(str(path), f"/{name}/tables", f"expected the offset and size of a block "
                                                                       f"inside {SAFETY_TABLES_FILE} ({len(data)} bytes)")])
        blocks[name] = data[offset:offset + size]
    return blocks


def read_saved(folder: Path) -> dict[str, Any] | None:
    """A folder's safety_model.json, or None when it has none (KnowledgeError when broken)."""
    return _read(folder / SAFETY_MODEL_FILE)


def detectors_for(knowledge: Knowledge, examples: Sequence[Example] | Callable[[], Sequence[Example]] | None = None,
                  saved: dict[str, Any] | None | bool = False, safety_digest: str | None = None) -> Detectors:
    """The folder's saved detectors when they fit its examples, else detectors fitted now.
    ``examples``: the folder's safety.json examples, and ``saved`` its ``read_saved`` (None: it has
    none), when the caller has read them already. safety_sets.json is read only when the saved
    detectors' inputs digest does not match (its ~3,700 messages would add a third to a load).
    ``safety_digest``: those examples' ``SafetyFile.digest`` (else safety.json is hashed again).
    ``examples`` may be a function that makes them: called only when the saved detectors'
    inputs digest does not match (a load that fits reads no example: PERF_LOG part 42)."""
    if examples is None:
        examples = read_examples(knowledge.path)  # (checks safety.json: KnowledgeError when broken)
    path = knowledge.path / SAFETY_MODEL_FILE
    if isinstance(saved, bool):  # not read by the caller
        saved = _read(path)
    with_sets = saved is None or saved.get("inputs") != inputs_digest(knowledge, safety_digest)
    if with_sets:
        made = tuple(examples() if callable(examples) else examples)
        pairs = training_pairs(knowledge, made + read_sets(knowledge.path, made))
        if saved is None or saved.get("fingerprint") != fingerprint(pairs):
            return fit(training_sets(pairs))
    assert saved is not None
    blocks = _blocks(saved, path)
    try:
        return Detectors(*(Classifier.from_dict(saved[name], (), (), block=blocks[name],
                                                examples=_examples_read(knowledge, name, with_sets))
                           for name in (CRISIS, ABUSE)))
    except (ValueError, KeyError, TypeError, IndexError, OverflowError) as error:
        raise KnowledgeError([Problem(str(path), "", f"expected the two detectors' tables: {error}")]) from None


def _examples_read(knowledge: Knowledge, name: str, with_sets: bool) -> Callable[[], tuple[list[str], list[str]]]:
    """The examples a loaded detector was fitted on, read again from the folder when first asked
    for (Classifier.nearest, for explanations: no reply asks it of the detectors). Holding them
    from the load cost ~0.3 MiB in every process and ~4 M instructions a load (PERF_LOG part 32);
    the topics' are the knowledge's own, safety.json's (and the sets', when they were read at the
    load) are read again."""
    def read() -> tuple[list[str], list[str]]:
        examples = read_examples(knowledge.path)
        pairs = training_pairs(knowledge, examples + read_sets(knowledge.path, examples) if with_sets else examples)
        return [text for _, text in pairs], [_label(label, name) for label, _ in pairs]

    return read


def model_status(knowledge: Knowledge) -> str:
    """What ``jiebei-bot check`` says of the safety files. Raises KnowledgeError when safety.json,
    safety_model.json or safety_model.bin is broken (as loading the engine would)."""
    examples = all_examples(knowledge.path)
    saved = _read(knowledge.path / SAFETY_MODEL_FILE)
    if saved is None:
        state = f"no {SAFETY_MODEL_FILE}: the engine trains the safety detectors at every load (run jiebei-bot train)"
    elif saved.get("fingerprint") != fingerprint(training_pairs(knowledge, examples)):
        state = f"{SAFETY_MODEL_FILE} is stale: the engine trains the safety detectors at every load (run jiebei-bot train)"
    else:
        detectors_for(knowledge, read_examples(knowledge.path), saved)  # its tables too: KnowledgeError when they do not fit
        state = f"{SAFETY_MODEL_FILE} fits the examples"
    return f"{len(examples)} safety examples; {state}"


def _read(path: Path) -> dict[str, Any] | None:
    """The saved detectors, or None when there are none; a broken file is a KnowledgeError."""
    data = read_saved_json(path)
    if data is None:
        return None
    for key in (CRISIS, ABUSE):
        if not isinstance(data, dict) or not isinstance(data.get(key), dict):
            raise KnowledgeError([Problem(str(path), f"/{key}", "expected an object (a saved detector)")])
    return dict(data)

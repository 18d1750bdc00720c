"""Which loan topic owns each concept of the lexicon (打官司/起诉 -> lawsuit): the topic whose
examples hold most of the concept's mentions. The router answers a runner-up topic too when the
message names a concept that topic owns ("会不会去我老家找我爸妈": a visit and the family).
`jiebei-bot train` saves the table beside the model (bot.model), so a process does not build it.
"""

from __future__ import annotations

from . import knowledge as kb
from .lexicon import Lexicon
from .text import normalize

OWNED_SHARE = 0.6  # of a concept's mentions in the examples, for a topic to own it


def concept_owners(knowledge: kb.Knowledge, lexicon: Lexicon | None) -> dict[str, str]:
    """Concept id -> the domain topic whose examples mention it in at least OWNED_SHARE of all
    mentions (concepts spread over many topics have no owner). `jiebei-bot train` saves it."""
    return owners_in(domain_examples(knowledge), lexicon)


def domain_examples(knowledge: kb.Knowledge) -> dict[str, list[str]]:
    """Each domain topic's examples, normalised as the classifier reads them."""
    return {t.id: [normalize(e) for e in t.examples()] for t in knowledge.topics if t.kind == "domain"}


def owners_in(examples: dict[str, list[str]], lexicon: Lexicon | None) -> dict[str, str]:
    """``concept_owners`` from examples already normalised (see ``domain_examples``)."""
    counts: dict[str, dict[str, int]] = {}
    for topic_id, texts in (examples.items() if lexicon is not None else ()):
        for example in texts:
            for concept in lexicon.find(example) if lexicon is not None else ():
                counts.setdefault(concept, {}).setdefault(topic_id, 0)
                counts[concept][topic_id] += 1
    owners = {}
    for concept, by_topic in counts.items():
        topic_id, count = max(by_topic.items(), key=lambda item: (item[1], item[0]))
        if count >= OWNED_SHARE * sum(by_topic.values()):
            owners[concept] = topic_id
    return owners

"""The REPL's /why and /topics, in the conversation's language, with topic titles rather than ids,
wrapped like answers. Built from the Reply's fields and the engine's knowledge; pure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..concerns import CONCERN_NAMES
from ..reply import Reply
from ..slots import PRODUCT_NAMES, Slot
from . import strings
from .layout import wrap
from .render import Fragments, block, in_script

if TYPE_CHECKING:
    from ..engine import Engine

MAX_FEATURES = 8
MAX_EXAMPLES = 3


def why_fragments(reply: Reply, engine: "Engine", lang: str, width: int | None) -> Fragments:
    """How the reply was chosen: topic, deciding rule and confidence, other candidates, the words
    and examples that matched, the details understood and every article part cited."""
    labels = strings.WHY[lang]
    colon, comma = ("：", "、") if lang == "zh" else (": ", ", ")
    rule = strings.RULES.get(reply.rule, (reply.rule, reply.rule))[0 if lang == "zh" else 1]
    if reply.rule in ("classifier", "split") and reply.candidates:
        rule += f"（{labels['confidence']} {reply.confidence:.0%}）" if lang == "zh" \
            else f" ({labels['confidence']} {reply.confidence:.0%})"
    rows = [(labels["topic"], comma.join(_title(engine, t, lang) for t in reply.topics)), (labels["rule"], rule)]
    others = [c for c in reply.candidates if c.topic not in reply.topics and c.score >= 0.005]
    if others:
        rows.append((labels["candidates"], comma.join(f"{_title(engine, c.topic, lang)} {c.score:.0%}" for c in others)))
    words = _words(reply.features)
    if words:
        rows.append((labels["features"], comma.join(words)))
    examples = [f"「{text}」" if lang == "zh" else f"“{text}”" for _, text, _ in (reply.nearest() if reply.nearest else ())]
    if examples:
        rows.append((labels["examples"], comma.join(examples[:MAX_EXAMPLES])))
    if reply.slots:
        rows.append((labels["details"], comma.join(_detail(slot, lang) for slot in reply.slots.values())))
    cited = reply.citations or tuple(_section(engine, s, lang) for s in reply.sources)
    if cited:
        rows.append((labels["sources"], comma.join(cited)))
    # In the script of the answer: a conversation in traditional characters gets /why in them too.
    fragments = block(in_script(labels["heading"], reply), width, "class:heading")
    for label, value in rows:
        for piece in wrap(in_script(f"  {label}{colon}{value}", reply), width, "    "):
            fragments.append(("class:info", piece + "\n"))
    return fragments


def topics_fragments(engine: "Engine", lang: str, width: int | None) -> Fragments:
    """The loan topics the bot answers, by title, one wrapped bullet each."""
    fragments = block(strings.TOPICS_HEADING[lang], width, "class:heading")
    for topic in engine.topics:
        if topic.kind == "domain":
            for piece in wrap(f"  • {topic.title[lang]}", width, "    "):
                fragments.append(("class:info", piece + "\n"))
    return fragments


def _title(engine: "Engine", topic_id: str, lang: str) -> str:
    try:
        return engine.topic(topic_id).title[lang]
    except KeyError:
        return topic_id


def _section(engine: "Engine", section_id: str, lang: str) -> str:
    try:
        title = engine.knowledge.article.section(section_id).title[lang]
    except (KeyError, ValueError, LookupError):
        return section_id
    return f"「{title}」" if lang == "zh" else f"“{title}”"


def _words(features: tuple[str, ...]) -> list[str]:
    """Readable forms of the classifier's matched features: words and character runs, without
    the internal prefixes and the boundary marks (< >); character 4-grams of English are noise,
    and the lexicon's concepts (k:sue) are not words the borrower typed."""
    values: list[str] = []
    for feature in features:
        kind, _, value = feature.partition(":") if feature.startswith("k:") else feature.rpartition(":")
        if kind not in ("c", "k"):
            values.append(value.replace("_", " ").strip("<>"))
    # Overlapping character n-grams (上门, 会上门, 上门吗): show the longest, in their first order.
    kept = {v for v in values if v and not any(v != other and v in other for other in values)}
    return list(dict.fromkeys(v for v in values if v in kept))[:MAX_FEATURES]


def _detail(slot: Slot, lang: str) -> str:
    labels = strings.DETAIL_LABELS[lang]
    if slot.value is None:
        return labels["given"].format(name=strings.DETAIL_NAMES[lang].get(slot.name, slot.name))
    if slot.name == "product" and slot.value in PRODUCT_NAMES:
        return labels["product"].format(value=PRODUCT_NAMES[slot.value][lang])
    if slot.name == "concern":
        return labels["concern"].format(value=CONCERN_NAMES.get(str(slot.value), {}).get(lang, slot.text), text=slot.text)
    if slot.name in labels:
        return labels[slot.name].format(value=slot.value, text=slot.text)
    return f"{slot.name}{'：' if lang == 'zh' else ': '}{slot.text}"

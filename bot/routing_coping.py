"""What to do about collectors' threats, asked calmly in general words (cls20, issue 13).

"Is there anything I can do about collectors making threats?" or "How should I respond to a
collector who threatens?" tells no threat of the writer's own in words bot.safety reads as a report,
so the classifier's guess decides, and it leans to negotiate or capabilities ("what can I do"). What
to do about collectors' threats is abusive_collection's own question (its answer: keep records, 110,
12378), as complaining about collectors is (bot.routing_vet.recourse_asked). A case supposed ("if a
collector threatened me", "如果催收威胁我") is not: the abuse reply opens as if it had happened
(tests/test_safety_probe12.py), so the decision stays the classifier's.
"""

from __future__ import annotations

from .routing_vet import coping_asked

ABUSE = "abusive_collection"
# Topics the general words were read as (not a loan matter the message names).
_MISREAD = ("negotiate", "capabilities", "out_of_scope", "collection_process", "worry")


def threats_coping_asked(topics: list[str], question: str) -> list[str]:
    """[abusive_collection] for a negotiate, capabilities, decline, collection or worry reading of a
    message that asks what to do about collectors' threats, not for a supposed case."""
    if len(topics) != 1 or topics[0] not in _MISREAD:
        return topics
    return [ABUSE] if coping_asked(question) else topics


__all__ = ["threats_coping_asked"]

"""Which topic a follow-up is answered on: the router's reading of the message alone, or the last
question's when the message leans on it ("他们不同意怎么办" after the negotiation answer, "and
jail?" after a lawsuit one) and does not clearly ask about another topic ("那会起诉吗", "what if
I just ignore them?").

A follow-up that leans on the last question (it opens with 那/and/what if, or is a question that
ends in 呢, names the lender as 他们, or is too short to name a topic) stays on the last topic
unless the classifier finds another topic in it at least SWITCH_FLOOR likely and CONTINUITY
times likelier than the last one. The Session calls ``read_in_context`` for every fresh turn;
the topics only the conversation settles (a relative's loan, "still" after repaying) come first
(bot.followups_context).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import followups
from .answer import UNCOVERED
from .figures import asks_only_how_long
from .followups_context import continued_topic
from .records import replace
from .routing_rules import SAFETY_FIRST, Route

if TYPE_CHECKING:
    from .engine import Engine
    from .session_state import ConversationState
    from .slots import Slot

# Chosen on tests/data/followups.tsv ("那会起诉吗" after a visit question switches; "他们不同意
# 怎么办" after a negotiation answer stays).
SWITCH_FLOOR = 0.3
_WORRY = "worry"
CONTINUITY = 3.0


def read_in_context(engine: "Engine", state: "ConversationState", text: str, route: Route,
                    stated: dict[str, Slot]) -> Route:
    """The route a fresh turn is answered on in this conversation: ``route`` (the router's reading
    of ``text`` alone) unless the message continues the last question (see the module docstring);
    ``stated``: the details the message itself states."""
    def kind(topic_id: str) -> str:
        return engine.topic(topic_id).kind

    def has_topic(topic_id: str) -> bool:
        return any(topic.id == topic_id for topic in engine.topics)

    last = next((t for t in state.last_topics if kind(t) == "domain"), None)
    kept = continued_topic(text, state.last_topics, state.slots, route.topics,
                           relatives_loan=state.relatives_loan) if last else None
    if kept and route.rule not in ("safety", "safety_doubted", "split") and not set(route.topics) & set(SAFETY_FIRST):
        return replace(route, topics=(kept,), rule="context", choices=())  # bot.followups_context (cls13)
    if last is None and _WORRY in state.last_topics and kind(route.topics[0]) == "fallback" \
            and followups.leans_on_context(text) and route.rule == "classifier":
        # "is it real?" right after the worry reply (a feeling is no domain topic to continue): declined,
        # "I can't help with that one here", to a frightened borrower mid-conversation (lead, s14); the
        # worry reply goes on instead (its first steps, the questions it can answer, 12356).
        return replace(route, topics=(_WORRY,), rule="context", choices=())
    if last is None or route.rule in ("safety", "safety_doubted", "split") \
            or not (followups.leans_on_context(text) or followups.refers_back(text)):
        return route
    if set(route.topics) & set(SAFETY_FIRST):
        return route  # a crisis or abuse the router confirmed ("那我该怎么办 绝望") is never continued away
    if "concern" in stated and last != UNCOVERED and has_topic(UNCOVERED):
        # "那会不会打到我公司" after the family answer names a fear of its own: answer that fear
        # (what the article does and does not say about it), not the last answer again.
        return replace(route, topics=(UNCOVERED,), rule="context", choices=())
    # (not after a safety reply: "利率是多少" right after the abuse or crisis reply keeps that
    # reply's help in view, as every other follow-up does; review22)
    if followups.asks_a_rate(text) and has_topic(followups.RATE_TOPIC) \
            and not set(state.last_topics) & set(SAFETY_FIRST):
        return replace(route, topics=(followups.RATE_TOPIC,), rule="context", choices=())  # a rate: penalties
    scores = {c.topic: c.score for c in route.prediction.candidates}
    # Safety topics are the safety reader's call, never the classifier's: "and if i don't pay at
    # all?" once continued into crisis because crisis led its (unused) classifier scores.
    # Nor is "what I can answer" a follow-up's topic ("what about the office" once got it).
    others = [c for c in route.prediction.candidates
              if c.topic != last and kind(c.topic) not in ("fallback", "safety", "conversation")]
    # (a bare how-long asked of the whole process is answered alone as a first message, so its route
    # is no longer "too_little": it still asks about the last answer's matter; review46 #3)
    if route.rule == "too_little" or asks_only_how_long(text) \
            or followups.names_nothing(text, [slot.text for slot in stated.values()]) or followups.refers_back(text):
        chosen = last  # ("How long?" alone, too little for a topic of its own, asks about the last answer)
    elif others and others[0].score >= SWITCH_FLOOR and others[0].score > CONTINUITY * scores.get(last, 0.0):
        chosen = others[0].topic
    else:
        chosen = last
    if route.topics[0] == chosen and not (chosen == last and route.choices):
        return route
    # The conversation settles what the message alone leaves open: no need to ask which topic.
    # (replace keeps the route's check-in: "那要坐牢吗 我真的崩溃了" still gets 12356.)
    return replace(route, topics=(chosen,), rule="context", choices=())


__all__ = ["CONTINUITY", "SWITCH_FLOOR", "read_in_context"]

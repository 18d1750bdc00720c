"""The classifier's safety guesses checked against the message's wording (used by bot.routing).

A classifier that guesses crisis or abusive_collection from character n-grams alone raises false
alarms ("算了", a prison question at 0.32): its guess counts only with a confident score and words
that agree (bot.safety.crisis_wording, abuse_wording); a refused guess gives way to the next best
topic.
"""

from __future__ import annotations

from . import knowledge as kb
from .classifier import Prediction
from .patterns import regex
from .records import replace
from .text import simplified
from .routing_rules import Route
from .safety import ABUSE, CRISIS, abuse_wording, crisis_wording
from .safety.idioms import masked_whole
from .safety.consumed import consumed_only
from .safety.clauses import fold_clause
from .safety.hearsay import about_someone_else, hearsay_only
from .safety.subjects import said_of_another
from .safety.wording import HOPELESS

CRISIS_FLOOR = 0.5  # the classifier alone never raises a crisis below this (0.32 on a prison question)

# Asking how to complain about collectors is abusive_collection's own question (its answer gives
# 12378), though it tells no abuse: bot.safety's reading sets recourse asked aside ("我能报警吗" is
# not a report of abuse, safe4), which had left "催收能投诉吗" and "How do I complain about the
# collectors?" to the next best topic or a decline (cls18). Collection must be named: "支付宝客服态度差
# 去哪投诉" is about something else.
_COLLECTION = regex(r"催收|催债|讨债|要债|收账|催款|\b(?:collectors?|collection|collections|debt collect\w*|recovery agents?)\b")
_RECOURSE_ASKED = regex(
    r"(?:能|可以|能不能|可不可以|怎么|怎样|如何|哪里|哪儿|去哪|找谁|向谁|跟谁|地方|部门|渠道|电话|我要|我想|想)\S{0,4}"
    r"(?:投诉|举报|维权|反映|告(?:他们|催收|对方)|报警)|(?:投诉|举报|维权|反映)(?!我)\S{0,4}(?:吗|么|电话|热线|渠道|方式|哪|怎么)"
    r"|\b(?:can|could|should|how do|how can|where do|where can|who do|who can|where to|how to|want to|way to|need to)"
    r" (?:i |we )?(?:complain|report|file a complaint|lodge a complaint|make a complaint)\b"
    r"|\b(?:complain|complaint|complaints|report) (?:about|against)\b")


# "如果以后催收骂人了 我能去哪里投诉": asked for a case that has not happened, it gets no safety
# topic (tests/test_safety_probe12.py's look-alikes: the abuse reply opens as if it had).
_SUPPOSED = regex(r"如果|要是|假如|万一|假设|\b(?:if|hypothetically|suppose|supposing|in case)\b")


def recourse_asked(question: str) -> bool:
    """Whether the message asks how or where to complain about collectors (not for a supposed
    case): the wording an abusive_collection guess needs when no abuse is told."""
    text = simplified(question).lower()
    return (_COLLECTION.search(text) is not None and _RECOURSE_ASKED.search(text) is not None
            and _SUPPOSED.search(text) is None)


# What to do about collectors' threats, asked in general words ("Is there anything I can do about
# collectors making threats?"): abusive_collection's own question, as complaining is (cls20); the
# guess needs no threat told. Not a supposed case (_SUPPOSED), as for recourse.
_THREAT = regex(r"威胁|恐吓|骚扰|辱骂|\b(?:threat\w*|intimidat\w*|harass\w*|abus\w*|bully\w*)\b")
_WHAT_TO_DO = regex(r"怎么办|怎么处理|怎么应对|如何应对|该怎么做|能做什么|有什么办法"
                    r"|\b(?:what (?:can|should|do|could) i do|what (?:are )?my options|anything i can do|what to do"
                    r"|how (?:do|should|can) i (?:deal|handle|respond|react|cope|stop|protect)|what steps)\b")


def coping_asked(question: str) -> bool:
    """Whether the message asks what to do about collectors' threats or harassment (not for a
    supposed case): wording an abusive_collection guess may rest on, as ``recourse_asked``."""
    text = simplified(question).lower()
    return (_COLLECTION.search(text) is not None and _THREAT.search(text) is not None
            and _WHAT_TO_DO.search(text) is not None and _SUPPOSED.search(text) is None)


def vetted(route: Route, question: str, floor: float) -> Route:
    """The classifier's safety guesses, checked against the wording: crisis needs a confident
    score and words of life, death or despair ("算了" and prison questions have none);
    abusive_collection needs words of abuse, violence or complaint that are not hearsay, a
    negation or a "will it happen" question (a loan question: contact_family, home_visit...).
    ``floor``: the classifier's confidence floor, under which the fallback answers."""
    guessed = set(route.topics) | {route.prediction.topic}
    if not guessed & {CRISIS, ABUSE}:
        return route
    scores = {c.topic: c.score for c in route.prediction.candidates}
    # Both are checked whenever either is guessed: a refused guess must not fall through to
    # the other unchecked ("said my family would suffer" is not a crisis).
    refused = {topic for topic, agreed in (
        (CRISIS, _crisis_confident(route.prediction, scores, question) and crisis_wording(question)
         and not said_of_another(question)  # a pet's, a story's, an occasion's words (bot.safety.subjects, Round 87)
         and not consumed_only(question)),  # a video's, a film's or a course's content (bot.safety.consumed, Round 93)
        (ABUSE, abuse_agreed(question))) if not agreed}
    if not refused & guessed:
        return route
    topics = [t for t in route.topics if t not in refused]
    prediction = route.prediction
    if not topics or prediction.topic in refused:
        prediction = next_best(prediction, refused, floor)
        topics = topics or [prediction.topic]
    # Choices are only offered, never answered outright: a bare "催收" may still list abuse.
    return Route(tuple(topics), prediction, route.rule, route.choices)


# Whether an abusive act of collectors is lawful, asked ("Is it legal for collectors to insult me and use sexual language?",
# "are collectors allowed to threaten me?", "催收恐吓人犯法吗"; cls252, from blind26/28): abusive_collection's own question, as
# complaining is; the act need not be told as done. Only abuse itself (insults, threats, harassment, violence, sexual
# language): whether they may call one's family or post one's debt keeps its own answer (contact_family, public shaming's
# uncovered_consequences: truth2 B1). Not a supposed case (_SUPPOSED), nor hearsay or someone else's case ("My friend says
# collectors threatened to come to her house. is that legal? I'm not overdue myself": safety_heldout9's benign row).
_LAWFUL = regex(r"合法|违法|犯法|合规|允许|有权|\b(?:legal|illegal|lawful|unlawful|legally|allowed|permitted|against the law|have the right)\b")
_ABUSIVE_ACT = regex(r"辱骂|侮辱|骂人|骂我|爆粗|脏话|威胁|恐吓|骚扰|性骚扰|下流|黄色|打人|动手|人身攻击"
                     r"|\b(?:insult\w*|swear\w*|curs\w*|sexual\w*|obscen\w*|vulgar|threat\w*|intimidat\w*|harass\w*|abus\w*|yell\w*"
                     r"|scream\w*|shout\w*|humiliat\w*|bully\w*|verbal\w*|violen\w*|hit|beat|hurt)\b")


def legality_asked(question: str) -> bool:
    """Whether the message asks whether collectors' abuse is lawful (not for a supposed case): wording an
    abusive_collection guess may rest on, as ``recourse_asked``."""
    text = simplified(question).lower()
    return (_COLLECTION.search(text) is not None and _LAWFUL.search(text) is not None
            and _ABUSIVE_ACT.search(text) is not None and _SUPPOSED.search(text) is None
            and not about_someone_else(question) and not hearsay_only(fold_clause(question)))


def abuse_agreed(question: str) -> bool:
    """Whether the wording bears out an abusive_collection guess (words of abuse, recourse, coping or the act's
    lawfulness asked)."""
    return abuse_wording(question) or recourse_asked(question) or coping_asked(question) or legality_asked(question)


def _crisis_confident(prediction: Prediction, scores: dict[str, float], question: str) -> bool:
    """Whether the classifier is sure enough of crisis for its wording to count: over the floor, or its FIRST choice with words of
    hopelessness, wording.HOPELESS (safe54, issue 12: "i dont see the point anymore" had crisis first at 0.46 and, refused, fell to goodbye's "take
    care of yourself"; hopelessness is never read as a farewell). The wider wording alone (goodbye, 河边, 安眠药) does not lift a weak first guess: look-alikes."""
    return scores.get(CRISIS, 0.0) >= CRISIS_FLOOR or (bool(prediction.candidates) and prediction.candidates[0].topic == CRISIS
                                                       and scores[CRISIS] >= CRISIS_FIRST
                                                       and HOPELESS.search(masked_whole(question)) is not None)


CRISIS_FIRST = 0.3  # crisis first of every topic, under the floor: a prison question's 0.32 has no crisis wording


def next_best(prediction: Prediction, refused: set[str], floor: float) -> Prediction:
    """The prediction with refused topics set aside: the next candidate (its score taken
    relative to what the refused topics leave), or the fallback when it is too weak."""
    rest = [c for c in prediction.candidates if c.topic not in refused]
    left = max(1e-9, 1.0 - sum(c.score for c in prediction.candidates if c.topic in refused))
    best = rest[0] if rest else None
    if best is None or best.score / left < floor:
        fallback = next((c.score for c in rest if c.topic == kb.OUT_OF_SCOPE), 0.0)
        return replace(prediction, topic=kb.OUT_OF_SCOPE, confidence=fallback / left)
    return replace(prediction, topic=best.topic, confidence=best.score / left)


__all__ = ["CRISIS_FLOOR", "abuse_agreed", "coping_asked", "crisis_of", "legality_asked", "next_best", "recourse_asked", "vetted"]


# The answer for hiding from the platform (going_dark) says the debt stays and the platform may sue: under
# a crisis reply, to someone asking whether death clears the debt ("我已经写好遗书 不还会怎样"), it reads as
# a lecture; the crisis reply already says the loan can wait (review77 §2). Other loan topics stay under it.
_NOT_UNDER_CRISIS = ("going_dark",)


def under_crisis(route: Route) -> Route:
    """``route`` without going_dark when the crisis reply leads it; any other route unchanged."""
    if not route.topics or route.topics[0] != CRISIS or not set(_NOT_UNDER_CRISIS) & set(route.topics):
        return route
    return replace(route, topics=tuple(t for t in route.topics if t not in _NOT_UNDER_CRISIS))


def crisis_of(prediction: Prediction) -> float:
    """The classifier's probability of the crisis topic in a prediction (0 when not among its candidates)."""
    return next((c.score for c in prediction.candidates if c.topic == CRISIS), 0.0)

"""Reading the questions of a message (bot.routing's Router, loan side): each asking clause with
the statements just before it, read in context and alone; which of them are clear enough to be
answered; a feeling beside a loan matter; a runner-up the message also names.

Split out of bot.routing (round 9): the Router inherits these readers; the safety side
(``_safety_route``, ``_checked_in``) is bot.routing_safety's.
"""

from __future__ import annotations

from . import knowledge as kb
from .choices import Choices
from .classifier import Classifier, Prediction
from .lexicon import Lexicon
from .owners import owners_in
from .patterns import regex
from .questions import Question, split_questions
from .routing_rules import COLLECTION, fallback_score, same_text, surest
from .routing_vet import abuse_agreed
from .safety import ABUSE, assess
from .text import normalize

LIKELY = 0.4  # a question of a message counts at this confidence (it passed the out-of-scope gate)...
EXPLICIT = 0.9  # a question read this surely alone is answered even when its context reads as billing
OVERDUE = "overdue"  # the lexicon concept of a loan being late
SURE = 0.6  # ...or at this one when the whole message is declined; a question read this surely in
#             its context is not read again alone
MAX_TOPICS = 4  # loan questions answered per message (safety topics come on top)
_REAL = ("domain", "safety")
WORRY = "worry"  # a feeling stated with no question ("我好害怕"): the conversation topic that answers it
# A runner-up topic this likely is answered too when the message names its concept. 0.3 sat on a
# retrain's noise ("会不会到我老家去找我爸妈": family at 0.28-0.32 by the run); at 0.25 ten of the
# 10,669 pool questions gain a second topic, six of them the matter they name (延期 -> negotiate,
# 已经还款了…不能使用 -> after_repayment), three a weak one (about_jiebei, going_dark).
ALSO_NAMED = 0.25
FEELING_DEFERS_AT = 0.05  # ...unless a loan topic scores this much: then that topic is answered
# ...and the message names a matter beyond the feeling, the debt and its lateness: "I can't sleep
# because of my debt" or "我一直在慌 怎么办" name none, and a loan topic at 0.06-0.2 had taken them
# (uncovered_consequences, prevention, going_dark: worry got 4 of 11 on an independent set, cls18).
_LATE_TOLD = regex(r"逾期|晚了|晚还|没还|未还|拖|超期|过期|迟还|\b(?:overdue|late|past due|missed|behind|arrears|defaulted|unpaid)\b")
_NO_MATTER = frozenset({WORRY, "loan", "overdue", "lender", "despair", "crisis_support", "greeting", "thanks",
                        "goodbye", "bot_self"})


_STATEMENT_BREAK = regex(r"[,，。.!！?？;；\n]+")


def _told_in_statements(question: Question) -> bool:
    """Whether the context before a question's asking clause is two statements or more."""
    start = question.text.rfind(question.bare) if question.bare else -1
    context = question.text[:start] if start > 0 else ""
    return len([part for part in _STATEMENT_BREAK.split(context) if part.strip()]) >= 2


# The chase told in passing before a question ("a collector called me once, how much is the late interest"):
# the collector's call pulls the whole to collection_process; the question asked after it decides when it is
# sure alone (cls24). A question in the context ("催收会打电话吗，罚息多少") is no passing mention.
_CHASE_TOLD = regex(r"催收|催款|催债|打(?:过|了)(?:几次|一次)?电话|来(?:过)?电话|\b(?:collectors?|agents?|called|rang|phoned|texted|messaged)\b")
_ASKS = regex(r"吗|么|呢|会不会|能不能|是不是|怎么|什么|多少|\?|？|\b(?:will|would|can|could|do|does|is|are|what|how|why|when)\b")


def _chase_only(question: Question) -> bool:
    """Whether the context before a question's asking clause only tells the chase, asking nothing."""
    start = question.text.rfind(question.bare) if question.bare else -1
    context = normalize(question.text[:start]) if start > 0 else ""
    return bool(context.strip()) and bool(_CHASE_TOLD.search(context)) and not _ASKS.search(context)


class QuestionReading:
    """The Router's readers of a message's loan questions (bot.routing.Router inherits them)."""

    _knowledge: kb.Knowledge
    _classifier: Classifier
    _by_id: dict[str, kb.Topic]
    _choices: Choices
    _owners: dict[str, str] | None

    def _feeling_defers(self, topics: list[str], whole: Prediction, body: str) -> list[str]:
        """"借呗逾期了我好害怕" states a feeling beside a loan matter: answer the loan matter (its
        answer is what calms), and keep the feeling's own reply (WORRY) for messages that name
        nothing else the classifier can see."""
        if topics != [WORRY]:
            return topics
        # What Jiebei is calms no one: "so scared about my jiebei debt" keeps the feeling's reply.
        # (nor an abuse guess the wording would refuse: vetting then fell back to the feeling, and "好怕 换手机号能躲过
        # 催收吗" lost its question; mend80)
        loan = next((c for c in whole.candidates
                     if self._by_id[c.topic].kind == "domain" and c.topic != "about_jiebei"
                     and (c.topic != ABUSE or abuse_agreed(body))), None)
        if loan is None or loan.score < FEELING_DEFERS_AT or not self._names_a_matter(body):
            return topics
        return [loan.topic]

    def _names_a_matter(self, body: str) -> bool:
        """Whether the message names a loan matter of the lexicon other than the feeling, the debt
        or being late (a visit, the family, credit, court, costs, what happens...)."""
        lexicon = self._classifier.lexicon_
        if lexicon is None:
            return True  # no lexicon to tell: the loan topic's score decides, as before
        folded = normalize(body)
        found = {concept.lstrip("!") for concept in lexicon.find(folded)}
        # Lateness told is a matter ("借呗逾期了我好害怕": what happens now is the answer that calms);
        # owing alone is not ("I can't sleep because of my debt", "一直想着欠款的事").
        return bool(found - _NO_MATTER) or ("overdue" in found and _LATE_TOLD.search(folded) is not None)

    def _also_named(self, topics: list[str], rule: str, whole: Prediction, body: str) -> list[str]:
        """"会不会去我老家找我爸妈" is one question about two things the article treats apart (a
        home visit, the family): when the runner-up topic is likely too and the message names a
        concept that belongs to that topic's examples, answer both (a runner-up the message
        only brushes against stays a "did you mean")."""
        if rule != "classifier" or len(topics) != 1 or self._by_id[topics[0]].kind != "domain":
            return topics
        second = next((c for c in whole.candidates if c.topic != topics[0]), None)
        if second is None or second.score < ALSO_NAMED or self._by_id[second.topic].kind != "domain":
            return topics
        lexicon = self._classifier.lexicon_
        named = set(lexicon.find(normalize(body))) if lexicon is not None else set()
        owners = self._concept_owners(lexicon)
        if any(owners.get(concept) == second.topic for concept in named):
            return [topics[0], second.topic]
        return topics

    def _concept_owners(self, lexicon: Lexicon | None) -> dict[str, str]:
        """``concept_owners`` for the classifier's lexicon: as `jiebei-bot train` saved them for
        the packaged folder (the knowledge's own lexicon), else built on first use (~45 ms)."""
        if self._owners is None:
            saved = self._knowledge.concept_owners
            if saved is not None and lexicon is self._knowledge.lexicon:
                self._owners = saved
            else:
                self._owners = owners_in(self._choices.examples(), lexicon)
        return self._owners

    def _asked(self, body: str, whole: Prediction) -> tuple[list[str], str, bool]:
        """The topics of the questions in a message, the rule that decided them, and whether
        they were read from its questions rather than from the whole message (then no choices
        are offered: a question on its own was clear)."""
        questions = split_questions(body, aside=self._alarming)
        # Overturning the decline of a whole message takes a question that is clearly in scope.
        floor = LIKELY if self._real(whole.topic) else SURE
        readings = [self._reading(q, whole if same_text(q.text, body) else None, floor)
                    for q in questions]
        kept = [r for r in readings if r is not None]
        if len(kept) > 1:
            # "…now I'm six months late. Is that true, could I go to jail?": "Is that true" asks
            # nothing itself; read with the story before it, it was what happens after being late,
            # ahead of the question asked (cls19). Dropped only beside another question's topic.
            story_only = [r for q, r in zip(questions, readings) if r is not None and self._story_only(q, r)]
            if story_only and any(r.topic != COLLECTION for r in kept):
                kept = [r for r in kept if not any(r is o for o in story_only)]
        found = surest(kept, MAX_TOPICS)
        if not found:
            return [whole.topic], "classifier", False  # statements only, or no question is clear
        if len(found) > 1:
            return found, "split", True
        return found, "classifier", kept != [whole]

    def _reading(self, question: Question, whole: Prediction | None, floor: float) -> Prediction | None:
        """The loan or safety topic of one question, or None when it asks about something else
        or is less sure than ``floor``. ``whole``: the message's prediction, when the question is
        all of the message. Read in its context first: context can put a question out of scope ("借一万分6期，利息
        一共多少" is about normal instalments, not penalties). When the context only muddles it
        ("其实已经逾期半年了，会起诉吗"), the clearer of the two readings wins."""
        in_context = whole or self._classifier.predict(question.text)
        # Declined in context because the context makes it billing (the fallback is likely), or
        # only because a long story spreads the probability too thin (then it is read alone).
        declined = not self._real(in_context.topic)
        if declined and fallback_score(in_context) >= self._classifier.threshold:
            return self._explicit(question, floor)
        best = in_context
        # A story of lateness before a question pulls it to what happens after being late; the
        # question asked at the end decides when it is sure alone ("…逾期快一年了，催收天天打电话，我想问
        # 这种情况会不会坐牢"), and the story's details tailor that answer (cls19).
        # A story is told in several statements; one clause before the question frames it instead
        # ("After the due date passes, how does Alipay remind borrowers?" stays collection_process).
        story = in_context.topic == COLLECTION and (_told_in_statements(question) or _chase_only(question))
        if (declined or story or in_context.confidence < SURE) and not same_text(question.bare, question.text):
            alone = self._classifier.predict(question.bare)
            # Alone, a question must be sure to change the topic: "what now" on its own is vague.
            changed = declined or alone.topic != in_context.topic
            clearer = alone.confidence >= (SURE if changed else in_context.confidence)
            if self._real(alone.topic) and clearer:
                best = alone
        return best if self._real(best.topic) and best.confidence >= floor else None

    def _story_only(self, question: Question, reading: Prediction) -> bool:
        """Whether a question's collection_process reading comes from the statements before it
        only: the asking clause alone reads as no loan topic ("Is that true,", "是真的吗")."""
        if reading.topic != COLLECTION or same_text(question.bare, question.text):
            return False
        return not self._real(self._classifier.predict(question.bare).topic)

    def _explicit(self, question: Question, floor: float) -> Prediction | None:
        """A question declined in its billing-like context ("今天是还款日，卡里钱不够，明天就算逾期了，
        之后会怎么处理") is still answered when its context says the loan is overdue and, alone,
        it asks a loan question beyond doubt (EXPLICIT): the borrower's explicit question decides,
        as the labelling rules say ("…扣款没成功，会影响征信吗" is about the credit record). Without
        the overdue, billing questions came through ("借呗提前还款，违约金么" as penalties: 24 pool
        questions changed, most of them wrongly; with it, 1)."""
        if same_text(question.bare, question.text) or not self._states_overdue(question):
            return None
        alone = self._classifier.predict(question.bare)
        sure = self._real(alone.topic) and alone.confidence >= max(EXPLICIT, floor)
        return alone if sure else None

    def _states_overdue(self, question: Question) -> bool:
        """Whether the context before the asking clause says the loan is overdue ("已经拖了两个月")."""
        lexicon = self._classifier.lexicon_
        # What comes before the asking clause, found by where it starts (statements may also
        # follow it, and cutting its length off the end would keep its own words as context).
        text, bare = normalize(question.text), normalize(question.bare)
        start = text.rfind(bare) if bare else -1
        context = text[:start] if start >= 0 else text[: -len(bare) or None]
        return lexicon is not None and OVERDUE in lexicon.find(context)

    def _alarming(self, clause: str) -> bool:
        """A statement the safety rules answer anyway; as context it would hide the loan question.
        The rules alone: the learned readers have already read every clause of the message in
        ``route`` (and a safety route leaves the clauses they marked out), so reading each clause
        again would double their cost for nothing."""
        return bool(assess(clause).topics)

    def _real(self, topic_id: str) -> bool:
        return self._by_id[topic_id].kind in _REAL

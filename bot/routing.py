"""Routing: which topics a message asks about, one per question, safety topics first, and the
choices to offer when a message is too short or too close to call.

A message is read twice: as a whole, and as the questions it asks (``bot.questions``), each with
the statements just before it. Every question that is clearly about a loan topic is answered, in
the order asked; when none is, the whole message decides (it may be a greeting, a decline, or a
best guess with choices). The Router reads the classifier and the topics; it never renders.
``Engine.route`` delegates here.
"""

from __future__ import annotations

from .records import replace

from . import knowledge as kb
from .choices import Choices
from .classifier import Classifier, Prediction
from .questions import Question, is_acknowledgement, is_question, split_questions, strip_courtesy
from .safety import ABUSE, CRISIS, Signal, abuse_doubtful, assess, doubtful, with_leaning
from .safety.net import needs_check_in
from .safety.learned import Detectors
from .lexicon import Lexicon
from .owners import owners_in
from .routing_vet import CRISIS_FLOOR, vetted
from .routing_rules import (BARE_DOUBT, account_business, BARE_OVERDUE, COLLECTION, DOUBTS, GOODBYE, PULLING_AWAY, THREAT_CONFIDENCE,
                            THREATENED_MATTERS, UNCOVERED, Route, calls_to_me, fallback_score, not_paying_first, number_asked,
                            owed_to_me, prioritised, same_text, surest, waiver_first)
from .text import fold, normalize

LIKELY = 0.4  # a question of a message counts at this confidence (it passed the out-of-scope gate)...
EXPLICIT = 0.9  # a question read this surely alone is answered even when its context reads as billing
OVERDUE = "overdue"  # the lexicon concept of a loan being late
SURE = 0.6  # ...or at this one when the whole message is declined; a question read this surely in
#             its context is not read again alone
MAX_TOPICS = 4  # loan questions answered per message (safety topics come on top)
_REAL = ("domain", "safety")
REST_CONFIDENCE = 0.3  # beside a safety signal, a loan topic guessed from the whole rest needs this
THANKS = "thanks"  # "好的明白了" alone: understood, said as thanks are
WORRY = "worry"  # a feeling stated with no question ("我好害怕"): the conversation topic that answers it
# A runner-up topic this likely is answered too when the message names its concept. 0.3 sat on a
# retrain's noise ("会不会到我老家去找我爸妈": family at 0.28-0.32 by the run); at 0.25 ten of the
# 10,669 pool questions gain a second topic, six of them the matter they name (延期 -> negotiate,
# 已经还款了…不能使用 -> after_repayment), three a weak one (about_jiebei, going_dark).
ALSO_NAMED = 0.25
FEELING_DEFERS_AT = 0.05  # ...unless a loan topic scores this much: then that topic is answered


class Router:
    """Decides the topics of a message with a classifier over a knowledge folder's topics."""

    def __init__(self, knowledge: kb.Knowledge, classifier: Classifier, detectors: Detectors | None = None) -> None:
        self._knowledge = knowledge
        self._classifier = classifier
        self._detectors = detectors  # the learned safety detectors; None: the rules alone
        self._by_id = {topic.id: topic for topic in knowledge.topics}
        self._choices = Choices(knowledge)
        self._owners: dict[str, str] | None = None

    def route(self, question: str) -> Route:
        """Pick the topics a message asks about: every question it asks, in the order asked, safety
        topics first. At most MAX_TOPICS loan questions are answered (the ones the classifier is
        surest of): a longer answer would bury each of them. Greetings and thanks around a
        question do not count ("你好，我想问下…" is the question)."""
        signal = assess(question, self._detectors)
        if signal.topics:
            # One reading of the whole message serves the route (its prediction when no rest is
            # asked, the threatened matter) and the net: a safety route's own prediction is its
            # remainder's ("是真的吗" alone leans 0.05-0.11 to crisis).
            whole = self._classifier.predict(question, top=6)
            return self._safety_checked(with_leaning(question, signal, self._detectors, _crisis_of(whole)), question, whole)
        route = self._loan_route(question)
        # The learned reader and the classifier leaning to crisis together (bot.safety.leaning):
        # the classifier's reading of the loan route serves as its gate, so most messages pay nothing.
        leaned = with_leaning(question, signal, self._detectors, _crisis_of(route.prediction))
        if leaned.crisis:
            return self._safety_checked(leaned, question, self._classifier.predict(question, top=6))
        return self._checked_in(route, question)

    def _safety_checked(self, signal: Signal, question: str, whole: Prediction) -> Route:
        """The safety route of a message with a signal, followed by the check-in when it needs one.
        One stage alone, doubted by the message as a whole, and the classifier not agreeing
        (bot.safety.doubt): the loan answer with the check-in line, not the crisis reply."""
        whole_crisis = _crisis_of(whole)
        doubted = doubtful(question, signal) if whole_crisis < CRISIS_FLOOR else None
        return self._checked_in(self._safety_route(signal, question, whole, doubted), question, whole_crisis)

    def _checked_in(self, route: Route, question: str, crisis: float | None = None) -> Route:
        """A person in distress must never get a bare "I can't help with that", nor an answer
        about loans (or abuse) alone. When no crisis reply is given but the message shows any
        sign of distress or risk (bot.safety.net: words of despair or death, the learned reader
        or the classifier leaning to crisis at a low floor), the reply (a decline, a loan or an
        abuse answer) is followed by a one-line check-in with 12356. Not the crisis reply: on these
        signs about 1% of real questions get the line, far past the 1% of false alarms allowed
        for the crisis reply; a gentle line after an answer costs those readers little and gives
        a missed crisis the number to call (docs/safety.md, round 6)."""
        if CRISIS in route.topics:
            return route  # the crisis reply has the number already
        if crisis is None:
            crisis = next((c.score for c in route.prediction.candidates if c.topic == CRISIS), 0.0)
        return replace(route, check_in=True) if needs_check_in(question, self._detectors, crisis) else route

    def _loan_route(self, question: str) -> Route:
        """The topics of the loan questions in a message, by the classifier (safety guesses vetted)."""
        body = strip_courtesy(question)
        folded = normalize(body)  # read once by every wording rule below
        whole = self._classifier.predict(body, top=6)
        if PULLING_AWAY.fullmatch(folded):
            return Route((GOODBYE,), whole, "pulling_away")
        if THANKS in self._by_id and is_acknowledgement(body):
            return Route((THANKS,), whole, "acknowledged")
        if COLLECTION in self._by_id and BARE_OVERDUE.fullmatch(folded):
            return Route((COLLECTION,), whole, "bare_overdue")
        if (number := number_asked(fold(body))) in self._by_id:
            return Route((number,), whole, "number_asked")
        found, rule, confirmed = self._asked(body, whole)
        topics = self._also_named(self._feeling_defers(prioritised(found, self._by_id), whole), rule, whole, body)
        topics = owed_to_me(calls_to_me(not_paying_first(waiver_first(topics, folded), folded), folded), folded)
        topics = account_business(topics, folded)
        choices = self._choices.offer(whole, body) if rule == "classifier" and not confirmed else ()
        return vetted(Route(tuple(topics), whole, rule, choices), body, self._classifier.floor)

    def _feeling_defers(self, topics: list[str], whole: Prediction) -> list[str]:
        """"借呗逾期了我好害怕" states a feeling beside a loan matter: answer the loan matter (its
        answer is what calms), and keep the feeling's own reply (WORRY) for messages that name
        nothing else the classifier can see."""
        if topics != [WORRY]:
            return topics
        # What Jiebei is calms no one: "so scared about my jiebei debt" keeps the feeling's reply.
        loan = next((c for c in whole.candidates
                     if self._by_id[c.topic].kind == "domain" and c.topic != "about_jiebei"), None)
        return [loan.topic] if loan is not None and loan.score >= FEELING_DEFERS_AT else topics

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

    # --- Safety (issue 12): the rules decide crisis and abuse; the classifier alone may not. ---

    def _safety_route(self, signal: Signal, question: str, whole: Prediction, doubted: str | None = None) -> Route:
        """Crisis first, then abuse, then the loan questions the rest of the message asks: the
        clauses that carried the signal are left out, so "人死了债是不是就没了" gets no going_dark
        lecture, while "...will they go after my parents?" still gets its answer."""
        rest = signal.remainder
        # "是真的吗" alone names nothing: classified alone it guesses a topic ("visits are rare"
        # beside 催收骂我全家死光 是真的假的); what it doubts is _threatened_matter's to read.
        loan = self._loan_route(rest) if is_question(rest) and not BARE_DOUBT.fullmatch(normalize(rest)) else None
        if loan is not None and not any(self._real(t) for t in loan.topics):
            # Beside a crisis the rest is often a story of debts, which drowns its question:
            # read the asking clauses alone ("...will they go after my parents?").
            loan = self._loan_route(" ".join(q.bare for q in split_questions(rest)))
        extra: list[str] = []
        if loan is not None:
            # Topics read from the questions count; a guess from the whole rest must be likely.
            from_questions = loan.rule == "split" or loan.topics != (loan.prediction.topic,)
            if from_questions or loan.prediction.confidence >= REST_CONFIDENCE:
                extra = [t for t in loan.topics if t not in signal.topics and self._real(t)]
        prediction = loan.prediction if loan is not None else whole
        if signal.topics == (ABUSE,) and DOUBTS.search(normalize(question)):
            # "催收说下周派人上门，真的吗" asks whether the threat is real, whatever else the rest says;
            # so does a message that is one doubting clause ("说会上门是不是吓唬我的": no rest).
            threat = self._threatened_matter(whole, signal.abuse)
            extra = threat + [t for t in extra if t not in threat][: MAX_TOPICS - len(threat)]
        if doubted and not extra:
            # Nothing else asked. Resigned words with going on after them ("我这辈子也就到这了吧
            # 打工还钱") are a feeling to answer; a cost said to drive one to death ("利息要把我逼死了
            # 怎么算的") or words framed as a study that nobody says of themselves ("人死债消是法律
            # 规定吗 我在写论文") leave the whole message's question.
            if doubted == "going on" and WORRY in self._by_id:
                extra = [WORRY]
            elif doubted == "burden" or (doubted == "frame" and signal.agreed) or signal.crisis == ("leaning",):
                # ...and so does any doubt on the two readers leaning alone (bot.safety.leaning),
                # the weakest crisis there is: the whole message's answer, a decline included.
                whole_loan = self._loan_route(question)
                extra = [t for t in whole_loan.topics if t not in signal.topics]
                prediction = whole_loan.prediction
        if ABUSE in signal.topics and abuse_doubtful(signal, question):
            # An abuse report heard from someone else or of a polite collector, by one stage alone
            # (bot.safety.doubt): the loan question it asks, when it asks one clearly.
            asked = extra or [t for t in self._loan_route(question).topics if t not in (ABUSE, CRISIS) and self._real(t)]
            if asked:
                signal = replace(signal, abuse=())
                extra = asked
        if doubted and extra:
            # A doubted crisis beside a loan question (bot.safety.doubt): the loan answer and the
            # check-in line (12356), abuse still first when reported.
            rest_topics = tuple(prioritised([t for t in (*signal.topics, *extra) if t != CRISIS], self._by_id))
            return Route(rest_topics, prediction, "safety_doubted", check_in=True)
        return Route(tuple(prioritised([*signal.topics, *extra], self._by_id)), prediction, "safety")

    def _threatened_matter(self, whole: Prediction, cues: tuple[str, ...]) -> list[str]:
        """The threatened matter an abuse message asks about, answered first after the abuse reply
        (its question often names nothing itself): "催收说下周派人来走访，是真的吗" deserves to
        hear what the article says of home visits beside the abuse reply (a statement, "they came
        to my door", does not: "visits are rare" would belittle what happened). Only a sure guess (THREAT_CONFIDENCE) from the whole
        message, and never for a crisis: there the signal's clauses stay out (no going_dark lecture)."""
        best = next((c for c in whole.candidates if c.topic not in (ABUSE, CRISIS)), None)
        if best is not None and best.score >= THREAT_CONFIDENCE and best.topic in THREATENED_MATTERS:
            return [best.topic]
        # A threat of jail or arrest, doubted ("催收说我要坐牢，是真的吗", "police will arrest me
        # tomorrow, is this real?"): what the article says of the law (a lawsuit may come; criminal
        # liability it never mentions) is the answer on consequences it does not cover.
        return [UNCOVERED] if "jail_threat" in cues and UNCOVERED in self._by_id else []

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
        if (declined or in_context.confidence < SURE) and not same_text(question.bare, question.text):
            alone = self._classifier.predict(question.bare)
            # Alone, a question must be sure to change the topic: "what now" on its own is vague.
            changed = declined or alone.topic != in_context.topic
            clearer = alone.confidence >= (SURE if changed else in_context.confidence)
            if self._real(alone.topic) and clearer:
                best = alone
        return best if self._real(best.topic) and best.confidence >= floor else None

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


def _crisis_of(prediction: Prediction) -> float:
    """The classifier's probability of the crisis topic in a prediction (0 when not among its candidates)."""
    return next((c.score for c in prediction.candidates if c.topic == CRISIS), 0.0)

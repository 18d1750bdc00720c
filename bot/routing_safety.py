"""The Router's safety side (issue 12): a message with a crisis or abuse signal is answered crisis first, then abuse,
then the loan questions the rest asks (``_safety_route``); a reply to a message with signs of distress and no crisis
reply gets the check-in line with 12356 (``_checked_in``). bot.routing.Router inherits these; the rules and readers
that decide the signal are bot.safety's. Split from bot.routing (stop 43), no behaviour change.
"""

from __future__ import annotations

from .records import replace

from .classifier import Prediction
from .questions import is_question, split_questions
from .safety import ABUSE, CRISIS, WHOSE, Signal, abuse_doubtful, abuse_joked, assess, doubtful
from .safety.beside import crisis_beside_abuse
from .safety.net import check_in_reason
from .check_in_veiled import stirred_on_veiled_answer
from .check_in_final import final_check_in
from .answer_modes import helpline_unreachable
from .check_in import (LOW_FLOORS, asks_for_someone, enduring, feeling_alone, feeling_told, only_a_loan_matter,
                       veiled_farewell)
from .safety.clauses import split_clauses
from .safety.learned import Detectors
from .routing_questions import MAX_TOPICS, WORRY, QuestionReading
from .routing_vet import CRISIS_FLOOR, crisis_of, next_best
from .routing_rules import BARE_DOUBT, DOUBTS, THREAT_CONFIDENCE, THREATENED_MATTERS, UNCOVERED, Route, prioritised
from .answer_claims import blacklist_doubted
from .routing_owed import (HARM_REPORTED, HARM_THREATENED, HOME_VISIT, THREAT_REPORTED,
                           VISIT_THREATENED, beyond_the_abuse, loan_asked_beside_abuse, no_list_under_a_claim)
from .concerns import find_concern
from .text import normalize
from .routing_doubted import beside_crisis
from .threat_matters import menaced, threatened_acts
from .answer_asks import visit_threat
from .answer_calm import states_fear

REST_CONFIDENCE = 0.3  # beside a safety signal, a loan topic guessed from the whole rest needs this


def _harm_or_menace(said: str) -> bool:
    """A threat of harm in a message (``said``: text.normalize's), a weapon named (routing_owed.HARM_THREATENED) or
    veiled (threat_matters.menaced): beside it no lawful act's section is added ("visits are rare" or "the lender
    may sue" would belittle it; review166 #1)."""
    return HARM_THREATENED.search(said) is not None or menaced(said)


class SafetyRouting(QuestionReading):
    """The Router's readers of a message's safety signal (bot.routing.Router inherits them)."""

    _detectors: Detectors | None

    def _loan_route(self, question: str, story: bool = True) -> Route:
        """The topics of the loan questions in a message (the Router's; ``story``: bot.routing_story's step)."""
        raise NotImplementedError

    def _crisis_of_text(self, text: str) -> float:
        """The classifier's crisis probability of ``text`` (leaning reads it on the clauses no set-aside governs)."""
        return crisis_of(self._classifier.predict(text, top=6))

    def _crisis_without(self, text: str) -> frozenset[int]:
        """The clauses of ``text`` (a message with the collector's death words made plain) that still carry a crisis:
        any reader's (the rules, the learned reader, a crisis read beside the abuse) or the classifier's vetted guess
        (all of them). A crisis lost is worse than an abuse reply second (review100 F1b, bot.safety.wielded)."""
        signal = crisis_beside_abuse(text, assess(text, self._detectors), self._crisis_alone)
        if signal.crisis:
            return signal.crisis_at  # every reader, the learned one and beside_abuse's too (review100 F1b)
        return frozenset(range(len(split_clauses(text)))) if CRISIS in self._loan_route(text).topics else frozenset()

    def _crisis_alone(self, text: str) -> bool:
        """Whether ``text`` said alone carries a crisis: by the rules and the learned readers (assess), or the
        classifier's guess vetted by the wording (not the two readers leaning, the weakest stage)."""
        return bool(assess(text, self._detectors, abuse_beside=True).crisis) or CRISIS in self._loan_route(text).topics

    def _beside_abuse(self, route: Route, signal: Signal, question: str, whole: Prediction) -> Route:
        """The abuse reply alone, for a message that also asks the borrower's own question: a fear
        the article is silent on ("…我要被开除了吗": as the same words alone get it,
        bot.answer_topics.fear_in_scope), or a threat the collectors say they will carry out ("they say
        they will come to my work": put to us as "…真的吗" is, _threatened_matter). Abuse first,
        the question after it (cls16; the loan questions _safety_route reads are unchanged)."""
        if route.rule == "safety" and route.topics[:1] == (ABUSE,) and len(route.topics) > 1 \
                and set(route.topics[1:]) <= set(THREATENED_MATTERS):
            said = normalize(question)
            if _harm_or_menace(said):
                return route
            # a matter guessed from the doubt alone ("真的假的" reads as a visit's bluff) yields to the act the threat
            # names ("催收说明天就起诉我…真的假的": the lawsuit section; fix164)
            named = threatened_acts(said, self._by_id)[:MAX_TOPICS - 1]
            return replace(route, topics=(ABUSE, *named)) if named else route
        if route.topics != (ABUSE,) or route.rule != "safety":
            return route
        rest = signal.remainder
        if UNCOVERED in self._by_id and is_question(rest) and find_concern(normalize(rest)) is not None:
            extra = [UNCOVERED]
        else:
            said = normalize(question)
            harmed = _harm_or_menace(said)
            threat = THREAT_REPORTED.search(said) and not harmed
            extra = self._threatened_matter(whole, signal.abuse) if threat else []
            if threat and not extra and VISIT_THREATENED.search(said) and HOME_VISIT in self._by_id:
                extra = [HOME_VISIT]  # "催收威胁说要上门": the article speaks of visits (review35 #7)
            if not extra and not harmed and (is_question(question) or states_fear(question)):
                # a lawful act threatened with a time or condition between ("说明天就起诉…真的吗"; fix164)
                # (a visit threat alone is answered in the abuse reply's own lead: visit_threat, no section)
                extra = [t for t in threatened_acts(said, self._by_id) if t != HOME_VISIT or not visit_threat(question)][:MAX_TOPICS - 1]
        return replace(route, topics=(ABUSE, *extra)) if extra else route

    def _safety_checked(self, signal: Signal, question: str, whole: Prediction) -> Route:
        """The safety route of a message with a signal, followed by the check-in when it needs one.
        One stage alone, doubted by the message as a whole, and the classifier not agreeing
        (bot.safety.doubt): the loan answer with the check-in line, not the crisis reply."""
        whole_crisis = crisis_of(whole)
        doubted = doubtful(question, signal)
        if whole_crisis >= CRISIS_FLOOR and doubted not in WHOSE:
            doubted = None  # the classifier agrees: a second stage (bot.safety.doubt)
        route = self._checked_in(self._safety_route(signal, question, whole, doubted), question, whole_crisis)
        if signal.crisis and CRISIS not in route.topics and not route.check_in:
            # A crisis read (by a rule, the learned reader or the two leaning) and not answered as one, whatever demoted
            # it and whatever leads the reply (the abuse reply too): 12356 stays (checkin92; fa85's doubts had lost it)
            return replace(route, check_in=True)
        return route

    def _checked_in(self, route: Route, question: str, crisis: float | None = None) -> Route:
        """A person in distress must never get a bare "I can't help with that", nor an answer
        about loans (or abuse) alone. When no crisis reply is given but the message shows any
        sign of distress or risk (bot.safety.net: words of despair or death, the learned reader
        or the classifier leaning to crisis at a low floor), the reply (a decline, a loan or an
        abuse answer) is followed by a one-line check-in with 12356. Not the crisis reply: on these
        signs about 1% of real questions get the line, far past the 1% of false alarms allowed
        for the crisis reply; a gentle line after an answer costs those readers little and gives
        a missed crisis the number to call (docs/safety.md, round 6)."""
        if CRISIS in route.topics or route.rule == "service_asked":
            return route  # the crisis reply has the number already; a named service asked for is no distress
        if crisis is None:
            crisis = route.crisis_probability
        if (feeling_alone(question) or veiled_farewell(question) or enduring(question) or asks_for_someone(question)
                or feeling_told(question) or helpline_unreachable(question) or final_check_in(question)):
            # "我好难受", "so tired" alone: the net reads them as too short (safe16); "很快就不用还了" (safe17);
            # "还要熬多久" (safe19); "征信花了，压力好大": a feeling beside a loan matter (review35); an ending said
            # ("手机以后永远关机了", "nothing matters after tomorrow") whatever exemption applies (check_in_final, net134)
            return replace(route, check_in=True)
        reason = check_in_reason(question, self._detectors, crisis)
        # (a harassment report the abuse reply leads is no billing question: a reader's low floor there earns the line;
        # checkin92)
        if reason is None or (reason in LOW_FLOORS and route.topics[:1] != (ABUSE,) and only_a_loan_matter(question, crisis)):
            # ...but vanishing and the debt after death, asked while a reader stirs, keep the line (check_in_veiled)
            return replace(route, check_in=True) if stirred_on_veiled_answer(route.topics, question, self._detectors, crisis) else route
        return replace(route, check_in=True)

    # --- Safety (issue 12): the rules decide crisis and abuse; the classifier alone may not. ---

    def _safety_route(self, signal: Signal, question: str, whole: Prediction, doubted: str | None = None) -> Route:
        """Crisis first, then abuse, then the loan questions the rest of the message asks: the
        clauses that carried the signal are left out, so "人死了债是不是就没了" gets no going_dark
        lecture, while "...will they go after my parents?" still gets its answer."""
        rest = signal.remainder
        # "是真的吗" alone names nothing: classified alone it guesses a topic ("visits are rare"
        # beside 催收骂我全家死光 是真的假的); what it doubts is _threatened_matter's to read.
        if signal.topics == (ABUSE,):
            rest = beyond_the_abuse(rest)  # "Is that allowed?", "我能投诉吗，打哪个电话": the abuse reply's (truth2 C)
        # (the threats' sections of bot.routing_story are not added beside a safety reply: review174 F4)
        loan = self._loan_route(rest, story=False) if is_question(rest) and not BARE_DOUBT.fullmatch(normalize(rest)) else None
        if loan is not None and not any(self._real(t) for t in loan.topics):
            # Beside a crisis the rest is often a story of debts, which drowns its question:
            # read the asking clauses alone ("...will they go after my parents?").
            loan = self._loan_route(" ".join(q.bare for q in split_questions(rest)), story=False)
        if loan is not None and CRISIS in signal.topics:
            loan = beside_crisis(loan)  # no debt's end read by meaning beside a crisis (bot.routing_doubted, mend85)
        extra: list[str] = []
        if loan is not None:
            # Topics read from the questions count; a guess from the whole rest must be likely.
            from_questions = loan.rule == "split" or loan.topics != (loan.prediction.topic,)
            if from_questions or loan.prediction.confidence >= REST_CONFIDENCE:
                extra = [t for t in loan.topics if t not in signal.topics and self._real(t)]
        if signal.topics == (ABUSE,) and not extra and (loan_topic := loan_asked_beside_abuse(rest)) in self._by_id:
            extra = [loan_topic]  # "…, I'm 30 days late, what can I do", "这合法吗，我该怎么还": the loan still asked (review39 #2)
        prediction = loan.prediction if loan is not None else whole
        if signal.topics == (ABUSE,) and DOUBTS.search(normalize(question)):
            # "催收说下周派人上门，真的吗" asks whether the threat is real, whatever else the rest says;
            # so does a message that is one doubting clause ("说会上门是不是吓唬我的": no rest).
            threat = self._threatened_matter(whole, signal.abuse)
            if not threat and UNCOVERED in self._by_id and blacklist_doubted(question):
                threat = [UNCOVERED]  # "说我是老赖要上黑名单，是真的吗": the blacklist answered too (ans20)
            extra = threat + [t for t in extra if t not in threat][: MAX_TOPICS - len(threat)]
        if doubted and not extra:
            # Nothing else asked. Resigned words with going on after them ("我这辈子也就到这了吧
            # 打工还钱") are a feeling to answer; a cost said to drive one to death ("利息要把我逼死了
            # 怎么算的") or words framed as a study that nobody says of themselves ("人死债消是法律
            # 规定吗 我在写论文") leave the whole message's question.
            if doubted in ("going on", "fear", "despite") and WORRY in self._by_id:
                extra = [WORRY]
            elif doubted != "frame" or signal.agreed or signal.crisis == ("leaning",):
                # ...and so does any doubt but a joke or a story around words one says of oneself
                # ("picked out what I want to wear at my funeral lol" stays a crisis), e.g. someone
                # else's saying ("my son keeps yelling 'I'm dead' at his game") (safe11), and any
                # doubt on the two readers leaning alone (bot.safety.leaning),
                # the weakest crisis there is: the whole message's answer, a decline included.
                whole_loan = self._loan_route(question)
                extra = [t for t in whole_loan.topics if t not in signal.topics]
                prediction = whole_loan.prediction
                if not extra:
                    # The classifier guessed the crisis on the same doubted words (a passenger's
                    # "想跳河"): its next best topic, a decline included (safe11).
                    prediction = next_best(prediction, {CRISIS}, self._classifier.floor)
                    extra = [prediction.topic]
        if ABUSE in signal.topics and abuse_doubtful(signal, question):
            # An abuse report heard from someone else or of a polite collector, by one stage alone
            # (bot.safety.doubt): the loan question it asks, when it asks one clearly.
            loan_route = self._loan_route(question)
            asked = extra or [t for t in loan_route.topics if t not in (ABUSE, CRISIS) and self._real(t)]
            if not asked and abuse_joked(signal, question):
                # a parent's or a boss's threat called a joke, nothing asked: the next best reading (review28)
                asked = [next_best(loan_route.prediction, {ABUSE, CRISIS}, self._classifier.floor).topic]
            if asked:
                signal = replace(signal, abuse=())
                extra = asked
        if ABUSE in signal.topics:
            extra = no_list_under_a_claim(extra, question)
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
        if ("jail_threat" in cues or "vetting" in cues) and UNCOVERED in self._by_id:
            return [UNCOVERED]  # (a relative's 政审 or army said to fail, doubted: "…这是真的吗"; mend59)
        # Sure among the loan topics: the threat's own words ("找我算账", "settle scores") draw most of
        # the classifier's mass to abusive_collection, so the matter threatened ("上门") is weighed
        # against what is left (safe24: "催收说要上门找我算账" home_visit 0.23 of 0.26), and must still
        # be seen on its own (THREAT_SHARE_FLOOR: a bare "威胁说要上门" is 0.006, "…真的假的" 0.15).
        rest = 1.0 - sum(c.score for c in whole.candidates if c.topic in (ABUSE, CRISIS))
        if best is not None and best.topic in THREATENED_MATTERS and best.score >= max(THREAT_CONFIDENCE * rest, THREAT_SHARE_FLOOR):
            return [best.topic]
        return []



THREAT_SHARE_FLOOR = 0.2  # the least a threatened matter weighed among the loan topics is given on its own


def only_their_weapon(question: str, signal: Signal) -> bool:
    """Whether a message's crisis reading, if any, is only a means ("preparation") found in the
    clauses that report the collectors' threat: then the weapon is theirs."""
    if not signal.crisis:
        return True
    if set(signal.crisis) != {"preparation"}:
        return False
    clauses = split_clauses(question)
    return all(HARM_REPORTED.search(normalize(clauses[i].text)) for i in signal.crisis_at if i < len(clauses))

"""Routing: which topics a message asks about, one per question, safety topics first, and the
choices to offer when a message is too short or too close to call.

A message is read twice: as a whole, and as the questions it asks (``bot.questions``), each with
the statements just before it. Every question that is clearly about a loan topic is answered, in
the order asked; when none is, the whole message decides (it may be a greeting, a decline, or a
best guess with choices). The Router reads the classifier and the topics; it never renders.
``Engine.route`` delegates here. The readers of a message's loan questions (each asking clause in
context and alone, a feeling beside a loan matter, a runner-up also named) are in
bot.routing_questions, which the Router inherits; the safety side (``_safety_route``,
``_checked_in``) and the wording rules' order (``_loan_route``) stay here.
"""

from __future__ import annotations

from .records import replace

from . import knowledge as kb
from .choices import Choices
from .classifier import Classifier, Prediction
from .questions import is_acknowledgement, is_question, split_questions, strip_courtesy
from .safety.wielded import collectors_death  # abuse99
from .safety import ABUSE, CRISIS, WHOSE, Signal, abuse_doubtful, abuse_joked, assess, doubtful, fear_asked, with_leaning
from .safety.beside import crisis_beside_abuse
from .safety.net import check_in_reason
from .check_in_veiled import stirred_on_veiled_answer
from .answer_modes import helpline_unreachable
from .check_in import (LOW_FLOORS, asks_for_someone, enduring, feeling_alone, feeling_told, only_a_loan_matter,
                       veiled_farewell)
from .safety.clauses import split_clauses
from .safety.learned import Detectors
from .routing_questions import MAX_TOPICS, WORRY, QuestionReading
from .routing_vet import CRISIS_FLOOR, crisis_of, next_best, under_crisis, vetted
from .routing_rules import (BARE_DOUBT, BARE_OVERDUE, COLLECTION, DOUBTS, GOODBYE, PULLING_AWAY, THREAT_CONFIDENCE,
                            THREATENED_MATTERS, UNCOVERED, Route, asked_meaning, calls_to_me,
                            not_paying_first, number_asked, owed_to_me, prioritised, shut_after_paying, waiver_first)
from .routing_affected import affected_named
from .routing_account import account_business
from .routing_wording import (BARE_OVERDUE_EN, WANTS_THE_SERVICE, billing_not_late, blacklisted_not_blocking, child_affected,
                              court_step_asked, handed_to_law, limitation_asked, which_first)
from .routing_stated import (BARE_DEBTS, BARE_REPAID, calls_after_paying, closing_nothing_owed, lawful_not_lawsuit, lawyer_letter, part_only,
                             someone_elses_loan, visit_asked_too)
from .routing_certain import plain_question
from .routing_feelings import feeling_asked, worry_denied
from .routing_main import asked_before_main, main_concern
from .routing_idioms import feeling_not_declined, feeling_plainly
from .routing_after import after_not_asked, distress_told, repaid_still_low
from .answer_phishing import link_text_not_declined
from .routing_product import product_asked
from .routing_meant import meant
from .answer_claims import blacklist_doubted
from .routing_claims import claims_route, collector_complaint_first, contact_threatened
from .routing_coping import threats_coping_asked
from .routing_unseen import unseen_readings
from .routing_told import borrow_to_repay, details_told, reassurance_asked, waiver_asked
from .routing_silent import record_after_repaying, recovery_after_repaying, repaid_record_asked, use_while_late, who_collects_asked
from .routing_owed import (BARE_OVERDUE_WORD, HARM_REPORTED, HARM_THREATENED, HOME_VISIT, OWED_STATED, THREAT_REPORTED,
                           VISIT_THREATENED, beyond_the_abuse, counts_as_late, loan_asked_beside_abuse, no_list_under_a_claim, overdue_with_amount,
                           overdue_word_choices)
from .concerns import find_concern
from .figures import names_nothing_but_how_long
from .knowledge_types import OUT_OF_SCOPE
from .text import fold, normalize

REST_CONFIDENCE = 0.3  # beside a safety signal, a loan topic guessed from the whole rest needs this
AFTER = "after_repayment"
THANKS = "thanks"  # "好的明白了" alone: understood, said as thanks are

# A helpline said unreachable in a message this short says nothing else (bot.answer_modes).
_HELPLINE_ALONE = 40


class Router(QuestionReading):
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
        if not signal.abuse and ABUSE in self._by_id and HARM_REPORTED.search(normalize(question)) \
                and _only_their_weapon(question, signal):
            # a collector's threat of harm the rules did not read (bot.routing_owed): the abuse reply,
            # 110 first, and nothing after it ("visits are rare" would belittle it); a weapon they said
            # they would bring is theirs, not the writer's preparation (review33: "collectors said they
            # will come with a knife" got the crisis reply)
            signal = replace(signal, crisis=(), crisis_at=frozenset(), agreed=False, abuse=("harm_reported",),
                             remainder="", abuse_at=frozenset({0}))
        signal = crisis_beside_abuse(question, signal, self._crisis_alone)  # crisis > abuse (safe44)
        if signal.topics:
            # One reading of the whole message serves the route (its prediction when no rest is
            # asked, the threatened matter) and the net: a safety route's own prediction is its
            # remainder's ("是真的吗" alone leans 0.05-0.11 to crisis).
            whole = self._classifier.predict(question, top=6)
            leaned = with_leaning(question, signal, self._detectors, crisis_of(whole), self._crisis_of_text)
            # death words that are the collector's weapon: the abuse reply leads, 12356 kept (bot.safety.wielded)
            if (theirs := collectors_death(question, leaned, self._crisis_without)) is not leaned:
                return replace(self._beside_abuse(self._safety_checked(theirs, question, whole), theirs, question, whole),
                               check_in=True)
            return under_crisis(self._beside_abuse(self._safety_checked(leaned, question, whole), leaned, question, whole))
        route = self._loan_route(question)
        # The learned reader and the classifier leaning to crisis together (bot.safety.leaning):
        # the classifier's reading of the loan route serves as its gate, so most messages pay nothing.
        leaned = with_leaning(question, signal, self._detectors, crisis_of(route.prediction), self._crisis_of_text)
        if leaned.crisis:
            return under_crisis(self._safety_checked(leaned, question, self._classifier.predict(question, top=6)))
        if route.topics[0] == OUT_OF_SCOPE and WORRY in self._by_id and fear_asked(question):
            return Route((WORRY,), route.prediction, "safety_doubted", check_in=True)  # "这辈子是不是毁了" (safe24)
        return self._checked_in(route, question)

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
        if route.topics != (ABUSE,) or route.rule != "safety":
            return route
        rest = signal.remainder
        if UNCOVERED in self._by_id and is_question(rest) and find_concern(normalize(rest)) is not None:
            extra = [UNCOVERED]
        else:
            said = normalize(question)
            threat = THREAT_REPORTED.search(said) and not HARM_THREATENED.search(said)
            extra = self._threatened_matter(whole, signal.abuse) if threat else []
            if threat and not extra and VISIT_THREATENED.search(said) and HOME_VISIT in self._by_id:
                extra = [HOME_VISIT]  # "催收威胁说要上门": the article speaks of visits (review35 #7)
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
                or feeling_told(question) or helpline_unreachable(question)):
            # "我好难受", "so tired" alone: the net reads them as too short (safe16); "很快就不用还了" (safe17);
            # "还要熬多久" (safe19); "征信花了，压力好大": a feeling beside a loan matter (review35)
            return replace(route, check_in=True)
        reason = check_in_reason(question, self._detectors, crisis)
        # (a harassment report the abuse reply leads is no billing question: a reader's low floor there earns the line;
        # checkin92)
        if reason is None or (reason in LOW_FLOORS and route.topics[:1] != (ABUSE,) and only_a_loan_matter(question, crisis)):
            # ...but vanishing and the debt after death, asked while a reader stirs, keep the line (check_in_veiled)
            return replace(route, check_in=True) if stirred_on_veiled_answer(route.topics, question, self._detectors, crisis) else route
        return replace(route, check_in=True)

    def _loan_route(self, question: str) -> Route:
        """The topics of the loan questions in a message, by the classifier (safety guesses vetted)."""
        # A fear stated as a certainty is read as the plain question it asks (bot.routing_certain)
        body = feeling_plainly(plain_question(strip_courtesy(question)))  # 吓死我了 as 好害怕 beside a loan (ans56)
        folded = normalize(body)  # read once by every wording rule below
        whole = self._classifier.predict(body, top=6)
        if helpline_unreachable(body) and CRISIS in self._by_id and len(body) <= _HELPLINE_ALONE:
            # "12356打不通": someone who tried to call for help; the crisis reply, which says what then
            # (it had been declined as an account matter; front7). Said in a longer message beside a
            # loan question ("…they were busy but I'm fine now, can they sue me?"), the question is
            # answered, with the check-in line (_checked_in; review38).
            return Route((CRISIS,), whole, "helpline_unreachable")
        if asks_for_someone(body):
            return Route((kb.OUT_OF_SCOPE,), whole, "asks_for_someone")  # the person first (_checked_in), never goodbye
        if WANTS_THE_SERVICE.fullmatch(folded):
            return Route((kb.OUT_OF_SCOPE,), whole, "service_asked")  # the decline points to 95188, not goodbye
        if PULLING_AWAY.fullmatch(folded):
            return Route((GOODBYE,), whole, "pulling_away")
        if THANKS in self._by_id and is_acknowledgement(body):
            return Route((THANKS,), whole, "acknowledged")
        # An amount beside a bare overdue statement changes nothing (cls16); a balance stated alone
        # ("我欠借呗3万": nothing asked, no fear said) is answered the same way, not with worry's
        # "听起来你现在很害怕" (review32) nor a menu of one (review33).
        if COLLECTION in self._by_id and (BARE_OVERDUE.fullmatch(folded) or BARE_OVERDUE_EN.fullmatch(folded)
                                          or overdue_with_amount(folded) or OWED_STATED.fullmatch(folded)):
            return Route((COLLECTION,), whole, "bare_overdue")
        if COLLECTION in self._by_id and BARE_OVERDUE_WORD.fullmatch(folded):
            # "逾期" alone: the late borrower's word, answered as such, still asking which was meant (cls16)
            choices = overdue_word_choices(self._choices.offer(whole, body), self._by_id)
            return Route((COLLECTION,), whole, "classifier", choices)
        if BARE_REPAID.fullmatch(folded) and AFTER in self._by_id:
            return Route((AFTER,), whole, "bare_repaid")  # "借呗已经还清了": what comes after (cls13)
        if BARE_DEBTS.fullmatch(folded) and WORRY in self._by_id:
            return Route((WORRY,), whole, "bare_debts")  # "我欠了好几家网贷": never a bare decline (cls13)
        if WORRY in self._by_id and reassurance_asked(folded):
            return Route((WORRY,), whole, "bare_debts")  # "is everything going to be okay? I'm 50 days late" (truth2)
        if COLLECTION in self._by_id and details_told(body):
            return Route((COLLECTION,), whole, "bare_overdue")  # "I'm 20 days late, 6000 yuan" (truth2)
        if (number := number_asked(fold(body))) in self._by_id:
            return Route((number,), whole, "number_asked")
        if names_nothing_but_how_long(body):
            # "How long?" alone names no matter: declined (in a conversation, bot.session reads it
            # as a follow-up on the last answer first); it had got after_repayment's "how long".
            return Route((kb.OUT_OF_SCOPE,), whole, "too_little")
        # With two or three worries the one marked as the main one leads (bot.routing_main, cls88); the whole
        # message's prediction stays the route's (the crisis reader's gate reads it).
        cut = main_concern(body)
        asked_whole = whole if cut == body else self._classifier.predict(cut, top=6)
        found, rule, confirmed = self._asked(cut, asked_whole)
        if earlier := asked_before_main(body, cut):
            # A question asked before the main one is answered beside it, never dropped (review96 F1, mend80).
            first = self._asked(earlier, self._classifier.predict(earlier, top=6))[0][:1]
            if first and first[0] not in found and self._real(first[0]):
                found, rule = [*found[:1], *first, *found[1:]][:MAX_TOPICS], "split"
        topics = self._also_named(self._feeling_defers(prioritised(found, self._by_id), whole, body), rule, asked_whole, cut)
        if WORRY in self._by_id:
            topics = feeling_asked(topics, body, self._concepts)  # "怎么才能缓过来", "what's going to happen to me?"
            topics = worry_denied(topics, body)  # "我不焦虑": no "听起来你现在很害怕" (review56 #5)
        topics = owed_to_me(calls_to_me(not_paying_first(waiver_first(topics, folded), folded), folded), folded)
        topics = shut_after_paying(account_business(topics, folded), folded)
        topics = which_first(affected_named(child_affected(blacklisted_not_blocking(topics, folded), folded), folded), folded)
        billed = billing_not_late(topics, folded)
        topics, plain = product_asked(billed, folded), product_asked(billed, folded, low=False)  # "额度是怎么定的"
        unread = None if plain == topics else plain  # (without the low-limit reading by meaning, mend71)
        topics = part_only(calls_after_paying(someone_elses_loan(lawyer_letter(topics, folded), folded), folded), folded)
        topics = handed_to_law(court_step_asked(counts_as_late(closing_nothing_owed(topics, folded), folded), folded), folded)
        topics = visit_asked_too(topics, folded)  # (after handed_to_law: a visit asked beside a law firm is answered too)
        topics = record_after_repaying(recovery_after_repaying(repaid_record_asked(use_while_late(limitation_asked(topics, folded), folded), folded), folded), folded)
        topics = unseen_readings(threats_coping_asked(who_collects_asked(topics, body), body), folded)  # "anything I can do about threats?" (cls20)
        topics = link_text_not_declined(feeling_not_declined(distress_told(repaid_still_low(after_not_asked(topics, folded, whole), folded), folded), folded), body)
        topics = contact_threatened(claims_route(borrow_to_repay(waiver_asked(topics, folded), folded), body), body)  # never declined (ans20)
        if rule == "classifier" and self._names_nothing_asked(folded):
            topics = [kb.OUT_OF_SCOPE]
        choices = self._choices.offer(whole, body) if rule == "classifier" and not confirmed else ()
        route = vetted(Route(tuple(topics), whole, rule, choices), body, self._classifier.floor)
        read = meant(list(route.topics), folded, self._concepts)
        before = route if read != list(route.topics) else replace(route, topics=tuple(unread)) if unread else None
        if (lawful := lawful_not_lawsuit(read, folded)) != list(route.topics):
            route = replace(route, topics=tuple(lawful), choices=())  # (after vetting: an abuse guess refused; meant: ans61)
        route = replace(route, unread=before) if before is not None else route
        if (claimed := collector_complaint_first(claims_route(list(route.topics), body), body)) != list(route.topics):
            route = replace(route, topics=tuple(claimed), choices=())  # (a refused abuse guess left a decline: ans20)
        # A safety guess the wording refused leaves the classifier's next best: money owed *to* the
        # writer is declined there too ("my friend borrowed money from me..." had read as a crisis).
        if route.topics == tuple(topics):
            return route  # nothing refused: owed_to_me has read these topics already
        owed = owed_to_me(list(route.topics), folded)
        return route if owed == list(route.topics) else replace(route, topics=tuple(owed), choices=())

    def _concepts(self, folded: str) -> set[str]:
        """The lexicon concepts named in a folded text (none without a lexicon)."""
        lexicon = self._classifier.lexicon_
        return {c.lstrip("!") for c in lexicon.find(folded)} if lexicon is not None else set()

    def _names_nothing_asked(self, folded: str) -> bool:
        """Whether the message asks what a word or saying means and that word names no loan
        concept of the lexicon ("狗急跳墙是什么意思"; not "外访是什么意思", "停息挂账什么意思")."""
        term = asked_meaning(folded)
        lexicon = self._classifier.lexicon_
        return term is not None and lexicon is not None and not lexicon.find(normalize(term))

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


def _only_their_weapon(question: str, signal: Signal) -> bool:
    """Whether a message's crisis reading, if any, is only a means ("preparation") found in the
    clauses that report the collectors' threat: then the weapon is theirs."""
    if not signal.crisis:
        return True
    if set(signal.crisis) != {"preparation"}:
        return False
    clauses = split_clauses(question)
    return all(HARM_REPORTED.search(normalize(clauses[i].text)) for i in signal.crisis_at if i < len(clauses))

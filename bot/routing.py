"""Routing: which topics a message asks about, one per question, safety topics first, and the
choices to offer when a message is too short or too close to call.

A message is read twice: as a whole, and as the questions it asks (``bot.questions``), each with
the statements just before it. Every question that is clearly about a loan topic is answered, in
the order asked; when none is, the whole message decides (it may be a greeting, a decline, or a
best guess with choices). The Router reads the classifier and the topics; it never renders.
``Engine.route`` delegates here. The readers of a message's loan questions (each asking clause in
context and alone, a feeling beside a loan matter, a runner-up also named) are in
bot.routing_questions, and its safety side (``_safety_route``, ``_checked_in``) in bot.routing_safety, both
inherited by the Router; the wording rules' order (``_loan_route``) stays here.
"""

from __future__ import annotations

from .records import replace

from . import knowledge as kb
from .choices import Choices
from .classifier import Classifier
from .questions import is_acknowledgement, strip_courtesy
from .safety.wielded import collectors_death  # abuse99
from .safety import ABUSE, CRISIS, assess, fear_asked, with_leaning
from .safety.beside import crisis_beside_abuse
from .safety.presence import presence_only  # mend146
from .answer_modes import helpline_unreachable
from .number_call import beside_unreachable
from .number_pairs import numbers_compared
from .number_beside import beside_numbers
from .check_in import (asks_for_someone)
from .safety.learned import Detectors
from .routing_questions import MAX_TOPICS, WORRY
from .routing_vet import crisis_of, under_crisis, vetted
from .routing_rules import (BARE_OVERDUE, COLLECTION, GOODBYE, PULLING_AWAY, Route, asked_meaning, calls_to_me,
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
from .routing_claims import claims_route, collector_complaint_first, contact_threatened
from .routing_coping import threats_coping_asked
from .routing_unseen import unseen_readings
from .routing_court import court_stage_asked
from .routing_collateral import collateral_asked
from .routing_story import story_fears
from .routing_told import borrow_to_repay, details_told, reassurance_asked, waiver_asked
from .routing_silent import record_after_repaying, recovery_after_repaying, repaid_record_asked, use_while_late, who_collects_asked
from .routing_owed import (BARE_OVERDUE_WORD, HARM_REPORTED, OWED_STATED, counts_as_late, overdue_with_amount,
                           overdue_word_choices)
from .figures import names_nothing_but_how_long
from .knowledge_types import OUT_OF_SCOPE
from .text import fold, normalize
from .routing_safety import SafetyRouting, only_their_weapon

AFTER = "after_repayment"
CAPABILITIES = "capabilities"
THANKS = "thanks"  # "好的明白了" alone: understood, said as thanks are

# A helpline said unreachable in a message this short says nothing else (bot.answer_modes).
_HELPLINE_ALONE = 40


class Router(SafetyRouting):
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
                and only_their_weapon(question, signal):
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
            routed = under_crisis(self._beside_abuse(self._safety_checked(leaned, question, whole), leaned, question, whole))
            if not leaned.crisis and presence_only(leaned.abuse) and CRISIS not in routed.topics \
                    and self._loan_route(question).topics[:1] == (CRISIS,):
                # An abuse read by presence.py alone (an act, no threat) keeps the classifier's crisis reading that the
                # message had without it, crisis first (mend146: "借了三千，催收要还一万二。想从这个世界下线了").
                return under_crisis(replace(routed, topics=(CRISIS, *routed.topics), check_in=False, choices=()))
            return routed
        route = self._loan_route(question)
        # The learned reader and the classifier leaning to crisis together (bot.safety.leaning):
        # the classifier's reading of the loan route serves as its gate, so most messages pay nothing.
        leaned = with_leaning(question, signal, self._detectors, crisis_of(route.prediction), self._crisis_of_text)
        if leaned.crisis:
            return under_crisis(self._safety_checked(leaned, question, self._classifier.predict(question, top=6)))
        if route.topics[0] == OUT_OF_SCOPE and WORRY in self._by_id and fear_asked(question):
            return Route((WORRY,), route.prediction, "safety_doubted", check_in=True)  # "这辈子是不是毁了" (safe24)
        return self._checked_in(route, question)

    def _loan_route(self, question: str, story: bool = True) -> Route:
        """The topics of the loan questions in a message, by the classifier (safety guesses vetted); ``story``
        False for the rest of a crisis or abuse message (no threat's section added there: review174 F4)."""
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
            return Route((COLLECTION,), whole, "classifier", choices, shown="overdue_word")  # (its own name in /why)
        if BARE_REPAID.fullmatch(folded) and AFTER in self._by_id:
            return Route((AFTER,), whole, "bare_repaid")  # "借呗已经还清了": what comes after (cls13)
        if BARE_DEBTS.fullmatch(folded) and WORRY in self._by_id:
            return Route((WORRY,), whole, "bare_debts")  # "我欠了好几家网贷": never a bare decline (cls13)
        if WORRY in self._by_id and reassurance_asked(folded):
            return Route((WORRY,), whole, "bare_debts")  # "is everything going to be okay? I'm 50 days late" (truth2)
        if COLLECTION in self._by_id and details_told(body):
            return Route((COLLECTION,), whole, "bare_overdue")  # "I'm 20 days late, 6000 yuan" (truth2)
        if numbers_compared(fold(body)) and CAPABILITIES in self._by_id:
            if (rest := beside_numbers(body)) is not None and (asked := self._loan_route(rest)).rule != "bare_overdue" \
                    and all(t in self._by_id and self._by_id[t].kind == "domain" for t in asked.topics):
                # a loan question beside them: answered, each number's line after it (bot.number_beside; answer171)
                return replace(asked, prediction=whole, rule="numbers_compared", choices=())
            return Route((CAPABILITIES,), whole, "numbers_compared")  # "95188还是12378？": what each is for (fix164)
        if (number := number_asked(fold(body))) in self._by_id:
            if (rest := beside_unreachable(body)) is not None and (asked := self._loan_route(rest)).topics \
                    and all(t in self._by_id and self._by_id[t].kind == "domain" for t in asked.topics):
                # 95188 said unreachable beside a loan question: the question answered, the line after it (fix164)
                return replace(asked, prediction=whole, choices=())
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
        topics = court_stage_asked(visit_asked_too(topics, folded), folded)  # (visit: after handed_to_law; court: answer171)
        topics = collateral_asked(topics, folded, self._by_id)  # a mortgage's own house or a car loan's car: declined (answer171)
        topics = record_after_repaying(recovery_after_repaying(repaid_record_asked(use_while_late(limitation_asked(topics, folded), folded), folded), folded), folded)
        topics = unseen_readings(threats_coping_asked(who_collects_asked(topics, body), body), folded)  # "anything I can do about threats?" (cls20)
        topics = link_text_not_declined(feeling_not_declined(distress_told(repaid_still_low(after_not_asked(topics, folded, whole), folded), folded), folded), body)
        topics = contact_threatened(claims_route(borrow_to_repay(waiver_asked(topics, folded), folded), body), body)  # never declined (ans20)
        if rule == "classifier" and self._names_nothing_asked(folded):
            topics = [kb.OUT_OF_SCOPE]
        if story:
            topics = story_fears(topics, body, folded, self._by_id)  # threats told and "怎么办" answered too (answer171)
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

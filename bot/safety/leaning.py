"""Two readers leaning the same way as a crisis (safe10, issue 12 round 9).

Most crisis messages the rules miss on held-out sets are ones where the learned reader leans to
crisis under its own floor (a window score of 0.5-0.9) or the topic classifier leans under its
floor (0.2-0.5): each alone is too noisy for the crisis reply, but they err in different places
(character n-grams over the whole message; a reader of clause windows gated by distress wording).
So a window (one clause or two) the learned reader scores LEARNED_LEAN or more behind the crisis
reply's strict gate (agreement: distress wording, a crisis concept, no everyday reading), in a
message the classifier gives CLASSIFIER_LEAN or more for crisis, carries a crisis ("leaning").
(Asking a clause's neighbours to agree too, as agreement.learned_crisis does at its floor, lost
three of the five held-out crises this catches for no false alarm it spared: round 9.)

It is one stage, not an agreement of two, and read only where no clause reads as everyday life
(agreement.everyday_window: an exam, a night shift, study abroad, a chore): every doubt the message as a whole casts (doubt.py: a
study or a joke, a past told as over, a trip or work, going on, someone else's words) demotes it
to the loan answer with the check-in line. It is not read in the sentences where the rules set crisis
wording aside (a negation, a joke, a story: the rules have read those words and judged them; governs.py, win77:
the whole message only where the set-aside spans it), nor at all where abusive collection is reported (a
collector's threats make both readers lean), or where the message speaks of getting through, of being clear
of the debt or of paying a premium ("I'll get through it", "three days until I'm debt free", "这辈子先把借呗还了", a policy bought for mum):
plans for a life go on, which neither reader can weigh.
Measured on every own set, held-out 5-7 and the pool (docs/safety.md, round 9).
"""

from __future__ import annotations

from collections.abc import Callable

from ..patterns import regex
from ..records import replace
from .agreement import everyday_window, window_scores
from .clauses import Clause, fold_clause, split_clauses, without
from .governs import governed
from .idioms import masked, masked_whole
from .learned import Detectors
from .quoted import quoted_clauses, quoted_spans  # safe38
from .signal import Signal
from .wording import CRISIS_WORDING as _CRISIS_WORDING  # the words a classifier crisis guess needs (wording.py)

LEARNED_LEAN = 0.8
CLASSIFIER_LEAN = 0.2

# Getting through, or the debt cleared: the resolve or the relief the readers cannot weigh.
THROUGH = regex(r"(?<![不没])(挺|撑|熬|扛)(得)?过去(?!吗|么|嘛|了吗)|(?<!不)会好(起来)?的|(还清|结清|还完|上岸|无债一身轻)(?!\S{0,3}(不了|不完|不上|没用|也没用))|先把\S{0,6}还(了|上|清)"
                 r"|\b(pay|paid|repay|repaid|clear)\b.{0,30}\b(im|i am|ill be|i will be) (free|done)\b"  # "I'll pay tonight and then I'm free" (safe12)
                 r"|\b(get|got|make it|pull) through|(ill|i will|im going to) (be (ok|okay|fine)|manage)|debt ?free"
                 r"|(pay|paid|paying) (it|everything|this|them|the (loan|debt)|jiebei|huabei|my (loan|debt)) (all )?off|clear (the|my|this) (debt|loan)|保费|\bpremiums?\b"
                 # a sum set aside to pay each month ("I've made up my mind: I'll pay 500 a month"; safe28)
                 r"|\b(ill|i will|im going to|gonna|i)( \w+)? (pay|repay|save|put aside)\b.{0,30}\b(a|per|each|every) (month|week)\b")

# Paid "back" (Round 93, fa139: "paid it all back, can I close the account"): the same relief, read by the readers only
# (mend148: kept out of THROUGH, which the check-in net reads too, where it dropped 12356 from "i paid everything
# back… now i can finally rest for good"; review143 F5).
_PAID_BACK = regex(r"\b(pay|paid|paying) (it|everything|this|them|the (loan|debt)|jiebei|huabei|my (loan|debt)) (all )?back\b")
# An end for good told after the relief (mend148, review143 F5: "i paid everything back… now i can finally rest for
# good", "借呗终于全部还清了，现在我可以安心地走了"): the relief is a farewell's, so THROUGH does not stop the readers.
_FINAL_AFTER = regex(r"安心(地)?走|可以走了|能走了|该走了|没有(任何)?牵挂|了无牵挂|无牵无挂|永别|再见了|解脱|安息|一了百了|离开这个世界"
                     r"|\b(for good|in peace|good ?bye|farewell|rest (now|forever|at last)|finally rest|can (finally |now )?(go|leave|rest)"
                     r"|nothing (left )?(tying|holding|keeping) me|without owing anyone)\b")


# A decision of everyday life, in its own clause ("我想了很久然后决定先还最少的那一笔", "…决定离开这家公司"): a plan to
# repay, to quit or change a job, to move, to sell. The readers lean on "想了很久…决定" whatever follows; a window
# holding such a clause is not read here (only that window: a crisis in another clause of the message still leans;
# mend58, review62). Not a bare 决定离开 ("I've decided to leave" is the veiled farewell), nor with an end told.
_LIFE_DECISION = regex(r"^(?!.*(?:走了|走吧|再走|就走|结束|了断|了结|死|世界|解脱|永别|再见))"
                       r".*(?:决定|打算|想好)(?:了)?\S{0,3}(?:先)?(?:还(?:钱|款|掉|上|清|最|一|那|这|借呗|花呗)|分期|协商|申请|卖(?:掉|了)?\S{0,3}(?:车|房)"
                       r"|辞职|离职|跳槽|换(?:个)?工作|搬家|回老家|离开(?:这|那)?(?:家|个)?(?:公司|单位|工作|城市|岗位|行业))"
                       r"|^(?!.*\b(?:die|end it|kill|gone|goodbye|forever)\b).*\bdecided to (?:pay|repay|quit|resign|change jobs?|move|sell|negotiate|leave (?:the|this|my) (?:job|company|city))\b")


def leaning(message: str, detectors: Detectors | None, classifier_crisis: float,
            crisis_of_text: Callable[[str], float] | None = None) -> frozenset[int]:
    """The clauses of ``message`` that carry a crisis by the two readers leaning together (see the
    module doc), or none. ``classifier_crisis``: the topic classifier's crisis probability of the message;
    ``crisis_of_text``: the same for any text, read on the clauses no set-aside governs (mend78)."""
    if detectors is None or classifier_crisis < CLASSIFIER_LEAN:
        return frozenset()
    whole_masked = masked_whole(message)
    through = THROUGH.search(whole_masked) or _PAID_BACK.search(whole_masked)
    if through and not _FINAL_AFTER.search(whole_masked[through.end():]):
        return frozenset()
    clauses = split_clauses(message)
    if any(everyday_window(masked(clause.text), whole_masked) for clause in clauses):
        # An exam, a night shift, a trip, a pause asked for anywhere in it: the message's own reading. (Kept
        # message-wide, win77: read per sentence it let "老板说…公司就撑不下去了…能申请停息挂账吗" lean to a crisis.)
        return frozenset()
    # Not read in the clauses a set-aside governs (a negation, a joke, a story: the rules have read those words and
    # judged them): its own sentence, not the whole message (governs.py, win77); a joke or a game in one sentence
    # used to silence both readers on a crisis told in another.
    off = governed(message, clauses, whole_masked)
    if len(off) == len(clauses):
        return frozenset()
    if off and crisis_of_text is not None \
            and crisis_of_text(without(message, clauses, set(off))) < CLASSIFIER_LEAN:
        # Both readers on the same words (mend78, review92): the classifier's lean on the whole message came from the
        # governed sentence ("我朋友说我再不还钱就只能去跳楼了，他是在跟我开玩笑。我其实钱已经凑够了": 0.72 from the
        # joke's 跳楼; the rest alone 0.08), and the learned reader's from another ("钱已经凑够了"): no two readers agree.
        return frozenset()
    scores = window_scores(clauses, detectors, whole_masked, message)
    life = {i for i, clause in enumerate(clauses) if _LIFE_DECISION.search(masked(clause.text))}
    return frozenset(i for (first, last), score in scores.items()
                     if score >= LEARNED_LEAN and not (life | off) & set(range(first, last + 1))
                     for i in range(first, last + 1))


def life_decisions(clauses: list[Clause]) -> set[int]:
    """The clauses that tell a decision of everyday life (_LIFE_DECISION): to repay, to quit or change a job, to move."""
    return {i for i, clause in enumerate(clauses) if _LIFE_DECISION.search(masked(clause.text))}


# ``with_leaning``: the leaning applied to a message's signal (moved here from bot/safety/__init__.py, split159).
# An abuse clause that ends by introducing what they said or wrote: the next clause is their words.
_QUOTING = regex(r"(说|写着|写的是|留言|原话是?|短信|消息)\s*$|\b(saying|says|said|wrote|writing|message|text|note|voicemail)\s*$")


def with_leaning(message: str, signal: Signal, detectors: Detectors | None, classifier_crisis: float,
                 crisis_of_text: Callable[[str], float] | None = None) -> Signal:
    """``signal`` with a crisis carried by the learned reader and the classifier leaning together
    (leaning.py, cue "leaning"), when no rule found one; beside abuse, in every clause but a collector's
    words pasted in and the clause introducing them. One stage: the message's doubts apply to it (``doubtful``)."""
    if signal.crisis:
        return signal
    folded = fold_clause(message)
    if (whole_masked := masked(folded)) != folded and not _CRISIS_WORDING.search(whole_masked):
        # Words of death masked as an idiom, and none left ("心死了就不会痛", a lyric: the heart
        # dead): the classifier read the idiom's 死 (safe12). The agreement its crisis guess needs.
        return signal
    crisis_at = leaning(message, detectors, classifier_crisis, crisis_of_text)
    if signal.abuse:
        # Beside abuse, a collector's words pasted in are theirs, not the writer's crisis ("…sent my wife a
        # message saying 'your husband won't be coming home tonight'"); every other clause may lean, the
        # abuse clause too (review63/review66: a crisis only leaning carries, in a run-on after a fake order
        # or hell money, got the abuse reply alone).
        clauses = split_clauses(message)
        quoted = quoted_clauses(quoted_spans(message), clauses)
        quoted |= {index + 1 for index in signal.abuse_at if _QUOTING.search(clauses[index].text)}
        # (and the abuse clause that introduces them: two clauses lean together)
        crisis_at = crisis_at - quoted - {index - 1 for index in quoted if index - 1 in signal.abuse_at}
    if not crisis_at:
        return signal
    return replace(signal, crisis=("leaning",), crisis_at=crisis_at, agreed=False,
                   remainder=without(message, split_clauses(message), set(crisis_at)))


__all__ = ["CLASSIFIER_LEAN", "LEARNED_LEAN", "THROUGH", "leaning", "life_decisions", "with_leaning"]

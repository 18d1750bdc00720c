"""Doubts the whole message casts on what the safety rules found (a study, a joke, a past told as over, a trip, acts of
disposal an everyday frame explains, a fear of ruin asked beside the debt, someone else's story): the readings of
doubt.py, light.py, fear.py and affairs.py weighed against a ``Signal``. Split from the package's ``__init__``
(stop 42), which makes the signal."""

from __future__ import annotations

from .affairs import ordinary_disposal
from .clauses import Clause, fold_clause, split_clauses, without
from .doubt import INTENT, abuse_doubted, doubt, joked_hyperbole, own_words, owned
from .fear import asked_fear
from .idioms import masked, masked_whole
from .light import lightened
from .notnow import not_now
from .readings import KEEPS
from .others_read import KIN_READ  # (split159)
from .signal import Signal
from .subjects import other_subject
from .consumed import consumed
from .onward import onward
from .dreamt import dreamt
from .estate import estate_asked
from .purpose import purposed
from .wording import CRISIS_WORDING as _CRISIS_WORDING

_DISPOSAL_READ = {"farewell", "learned"}  # the readings acts of disposal alone give (affairs.ordinary_disposal)
# Readings no everyday use outweighs (notnow.py): a goodbye, affairs, a plan, a method, an attempt, a burden, someone
# else's danger, a denial owned as a lie, a collector's death wish taken up.
_NEVER_NOT_NOW = frozenset({"farewell", "affairs", "premise", "plan", "method", "attempt", "burden", "someone_else", "feared", "kin_words",
                            "kin_signs", "not_lasting", "retracted", "adopted"})
# Readings no other subject outweighs (subjects.py): as for notnow, but a goodbye may be an occasion's (its finality is
# read there: 永别, "for the last time", "this is it").
_NEVER_OTHER = _NEVER_NOT_NOW - {"farewell"}



def doubtful(message: str, signal: Signal) -> str | None:
    """The doubt the message as a whole casts on a crisis found by one stage alone (a study, a
    joke, a past told as over, a trip or work, going on, someone else's saying: doubt.py), or
    None. Where two stages agree, only a frame around words nobody says of themselves counts."""
    if not signal.crisis:
        return None
    # Imported here, at the first crisis read (Round 112's readers: ~1% of a start that reads none; PERF_LOG part 47)
    from .clients import client_policy, prevention_named
    from .selfblame import slipped
    from .spent import spent

    clauses = split_clauses(message)
    if set(signal.crisis) <= _DISPOSAL_READ and ordinary_disposal(message, clauses, set(signal.crisis_at)):
        # Acts of disposal a move, a job, saving money or an old relative's planning explains, with no absence, no debt
        # given up and no word of death (affairs.py, Round 71): the farewell rules and the learned reader read the acts
        # alone. A doubt, not a silence: the loan answer with the check-in line (12356 kept), as for a trip or a study.
        return "ordinary"
    whole_masked = masked_whole(message)
    if _only_fear(message, clauses, signal.crisis_at, whole_masked):
        return "fear"  # a fear of ruin asked beside the debt alone (fear.py): the worry answer, 12356 kept
    reason = doubt(message, clauses, signal.crisis_at, whole_masked)
    if reason is None and not _NEVER_NOT_NOW.intersection(signal.crisis):
        # death, harm or a height said of a thing, a limb, a screen, a kitchen accident seen to, a thrill wanted again
        # (notnow.py, Round 78): the loan answer with the check-in line, 12356 kept (routing._safety_checked)
        reason = not_now(message, clauses, signal.crisis_at, whole_masked)
    if reason in (None, "frame") and not _NEVER_OTHER.intersection(signal.crisis):
        # death or farewell words said of a pet, a story's people, the people a helper at work rescues, an everyday
        # occasion's goodbyes or a thrill's fear now over (subjects.py, Round 87): whose words they are, so a WHOSE doubt
        # (a laugh or a story beside them, "frame", is read more narrowly by the subject the message names)
        reason = other_subject(message, clauses, whole_masked, signal.crisis_at) or reason
    if reason in (None, "frame") and not _NEVER_NOT_NOW.intersection(signal.crisis):
        # death, danger or an overdose as the content of media or training the writer consumes (consumed.py, Round
        # 93): whose words they are, as for a story's people (WHOSE); 12356 kept
        reason = consumed(message, clauses, whole_masked, signal.crisis_at) or reason
    if reason in (None, "frame") and not _NEVER_NOT_NOW.intersection(signal.crisis):
        # a suicide clause or a payout of a client's policy the writer explains or settles (clients.py, Round 112):
        # whose words they are (WHOSE); 12356 kept
        reason = client_policy(message, clauses, signal.crisis_at, whole_masked) \
            or prevention_named(message, clauses, signal.crisis_at, whole_masked) or reason  # (suicide prevention as a field)
    if reason in (None, "frame", "occasion"):
        # a will, a policy or a borrower's death asked about as estate planning with an everyday purpose told (estate.py,
        # Round 124): what the surface is FOR (WHOSE); 12356 kept
        reason = estate_asked(message, clauses, signal.crisis_at, whole_masked, signal.crisis) or reason
    if reason in (None, "frame"):
        # a rope, a blade or pills named with the use it serves or kept from a child, read by the learned reader alone
        # (purpose.py, Round 124): an ordinary doubt; 12356 kept
        reason = purposed(message, clauses, signal.crisis_at, whole_masked, signal.crisis) or reason
    if reason in (None, "frame", "occasion") and not _NEVER_OTHER.intersection(signal.crisis):
        # a goodbye, a will or work ties cut that an everyday event explains, with the writer's next step after it
        # ("moving on") or told as its routine (onward.py, Round 93); 12356 kept
        reason = onward(message, clauses, whole_masked) or reason
    if reason in READ_NEARBY and "someone_else" in signal.crisis:
        return None  # someone else's danger reads its everyday reason in its own sentence (others.py): a trip a
        # sentence away is no reason (safe37: "…出差前把钥匙交给我。昨晚他发消息说下辈子再报答我，然后就关机了")
    if reason in (*READ_NEARBY, "theirs", "saying") and KIN_READ & set(signal.crisis):
        return None  # a relative's veiled signs, two kinds of them, each with its everyday reason read in its own sentence
        # (preparing.py): "keeps saying he's a burden" is one sign beside a deed, not a habit to discount (safe47)
    if reason in ("theirs", "saying") and "feared" in signal.crisis:
        return None  # a relative's danger the writer heard of or fears ("我听说我弟要喝农药"; "I'm worried my mum might take
        # her own life, she keeps saying sorry"): the fear is the writer's own, said now, whatever the relative says (safe39)
    farewell = "farewell" in signal.crisis
    if reason == "frame" and signal.crisis != ("leaning",) and own_words(message, clauses, signal.crisis_at, farewell):
        # Laughter or a story beside words the writer says of themselves, unquoted ("账单看得我想跳楼
        # 哈哈哈，借呗能分期吗", "再见了这个世界 哈哈 借呗逾期会起诉吗"): the crisis reply first, the loan
        # question after it, as without a loan question (safe24). Only the two readers leaning alone,
        # the weakest crisis there is, stay doubted. Told in a light key with nothing grave beside it
        # ("减肥第三天饿得我想跳楼哈哈"), the light doubt still holds (light.py, Round 74; 12356 kept).
        return None if signal.agreed else lightened(message, clauses, signal.crisis_at, whole_masked, signal.crisis)
    if reason in (None, "frame") and not signal.agreed:  # a light key, a thrill, a game (Round 74): with nothing asked,
        # the whole message's answer and 12356, where a frame alone kept the crisis reply (one stage only: where two
        # agree, a frame is read by the rule below)
        reason = lightened(message, clauses, signal.crisis_at, whole_masked, signal.crisis) or reason
    if reason in (None, "frame"):
        # the writer scolding themselves as harm over a slip the message names ("I could kill myself for forgetting the
        # due date", 恨不得把自己掐死，居然忘了还款日; selfblame.py, Round 112): what the words are FOR is a small mistake,
        # whichever readers read the harm words (the learned one reads them too); the classifier agreeing still undoes it
        reason = slipped(message, clauses, signal.crisis_at, whole_masked, signal.crisis) or reason
    if reason in (None, "frame"):
        # "dead" as the state an everyday ordeal left the writer in ("I'm dead 💀 that exam was brutal", 期末考完我整个人
        # 都死了; spent.py, Round 112): as for a slip
        reason = spent(message, clauses, signal.crisis_at, whole_masked, signal.crisis) or reason
    if signal.agreed and reason not in WHOSE and reason not in ("slip", "spent") and not (reason == "frame" and not owned(clauses, signal.crisis_at)):
        return None
    return reason


# Doubts about whose words the crisis wording is (someone else's habitual saying, someone else's
# story heard or told): every reader reads the same words and none can tell whose they are, so
# these hold where two readers, or the topic classifier, agree on the words (safe11: "我家孩子…老说
# 累死了不想活了这种话", "我们村有个人欠网贷喝农药了"). The writer's own intent in the crisis clauses
# still keeps the crisis reply (doubt.py reads it before "theirs").
# An ending said of the debt ("了结这笔债", "cleared") is the same: what ends, the words do not say.
# Harm told as healed and money received ("healed"), a dose for an ailment named ("care") and a song's
# line quoted ("quoted") are the same (safe16): the words do not say it is over, what the pill was for, or whose line it is.
# A fear of ruin asked beside the debt alone ("fear", safe24): the words of ruin are read, not that they are asked.
# Hopelessness answered at once with a "but" and paying on ("despite", safe25) is the same: every reader reads
# "hopeless", none reads the but.
# Doubts read beside the crisis clauses (a trip, a day's round, going on): someone else's danger (others.py) reads
# its own everyday reasons in its sentence, and these do not hold against it (safe37).
READ_NEARBY = ("elsewhere", "routine", "going on", "despite")
# A thrill told with delight and a wish to do it again ("enjoyed", Round 78, notnow.py) is the same: every reader reads
# the height and the jump, none reads "下次还要去".
# Words said of another subject the message names (Round 87, subjects.py: a pet, a story's people, the people a helper at
# work rescues, an occasion's goodbyes, a thrill's fear now over) are the same: every reader reads "jumped off the balcony"
# or "everyone dies", none reads that the cat did it.
# Not "at work" nor "occasion" (mend131, review128): being a nurse or leaving a job is the writer's own life, so those
# stay ordinary doubts two agreeing readers or the classifier overrule. Nor "moving on" (onward.py; mend148, review143
# F1): a next step named after a job left is the writer's own life too, and a farewell beside it ("那时候我应该已经不在了")
# is read by two readers where it is read at all.
WHOSE = ("saying", "theirs", "cleared", "healed", "care", "quoted", "fear", "despite", "enjoyed",
         "animal", "fiction", "survived", "watched", "taught", "client", "prevention", "estate")


def abuse_doubtful(signal: Signal, message: str) -> bool:
    """Whether an abuse report found by one rule kind is cast in doubt: someone else's story,
    heard from them (doubt.py)."""
    if not signal.abuse:
        return False
    if len(set(signal.abuse) - {"learned"}) >= 2:
        return False  # two rule kinds agree: no doubt outweighs them, a dream neither (mend148, review143 F4)
    clauses = split_clauses(message)
    # collectors in a dream taken back at once (dreamt.py, Round 93): the loan question asked, never a silence
    return dreamt(clauses, signal.abuse_at) or abuse_doubted(clauses, signal.abuse_at)


def abuse_joked(signal: Signal, message: str) -> bool:
    """Whether the abuse found is a parent's, a boss's or a teacher's threat the message calls a joke
    (doubt.py): no abuse reply, even with no loan question asked (review28)."""
    # (Not a dream taken back, mend148: with nothing asked the abuse reply stays, for a dream told beside a real act
    # would otherwise get no abuse reply at all; review143 F4.)
    clauses = split_clauses(message)
    return bool(signal.abuse) and joked_hyperbole(clauses, signal.abuse_at)


def _only_fear(message: str, clauses: list[Clause], crisis_at: frozenset[int], whole_masked: str) -> bool:
    """Whether the crisis clauses ask a fear of ruin beside the debt alone (fear.py), with no intent,
    no other sign (readings.KEEPS) and no crisis wording once the fears are set aside."""
    fears = asked_fear(message, clauses, crisis_at)
    return bool(fears) and not KEEPS.search(whole_masked) and not any(INTENT.search(masked(c.text)) for c in clauses) \
        and not _CRISIS_WORDING.search(masked(fold_clause(without(message, clauses, fears))))


def fear_asked(message: str) -> bool:
    """Whether a message with no crisis signal only asks a fear of ruin beside its debt ("这辈子是不是
    毁了，才欠三千"): the worry answer with the check-in, not a decline (fear.py)."""
    clauses = split_clauses(message)
    return _only_fear(message, clauses, frozenset(range(len(clauses))), masked_whole(message))


__all__ = ["READ_NEARBY", "WHOSE", "abuse_doubtful", "abuse_joked", "doubtful", "fear_asked"]

"""A calm question about how a life-insurance policy works beside a debt (issue 12, safe40): who the
beneficiary is, whether the payout is part of the estate, whether a lender can claim it, "does life insurance
pay my loan if I die?". The insurance cues (death_reasoning in acts.py, despair.py) read a payout beside a
debt as a plan, rightly when the writer weighs it; asked as a question with nothing else of distress, the
same words are a family's finances. Such a message gets the loan answer with the check-in line (12356),
not the crisis reply: the doubt "policy" (bot.safety.doubtful), which holds where readers agree, as they
all read the same words ("if I die").

Never doubted (the crisis reply stays): a veiled sign in the message (suicide, an exclusion or waiting
period, "enough to clear", worth more dead, a policy just bought or a beneficiary just changed, an
accident, "after I'm gone", the family spared), intent (doubt.INTENT), another crisis sign (readings.KEEPS),
a cue of another kind than reasoning about death, or any word of distress in the message once the
insurance words and the one hypothetical death of the question are set aside (net.distress_words).
"""

from __future__ import annotations

import re

from ..patterns import regex
from .clauses import Clause, fold_clause
from .doubt import INTENT
from .idioms import masked
from .net import distress_words
from .readings import KEEPS

# The policy and its workings, named in the crisis clauses.
_POLICY = regex(r"寿险|人寿保险|保险|保单|受益人|理赔|赔付|身故金|保险金|身故赔偿|意外险"
                r"|\b(life insurance|insurance|life (policy|cover)|policy|beneficiar\w*|payout|insured|policyholder)\b")
# Asked, not told: a question word or mark (raw text: folding drops the marks).
_ASKED = regex(r"[?？]|吗|么|呢|会不会|能不能|可不可以|是不是|算不算|有没有|要不要|怎么|如何|谁|多少|哪"
               r"|(^|[.!。！]\s*)(does|do|is|are|can|could|will|would|should|who|what|how|when|which)\b", flags=re.IGNORECASE)
# A sign the question is weighed, not asked (each enough to keep the crisis reply).
_VEILED = regex(
    r"自杀|轻生|免责|等待期|两年(后|以后|之后)|够(还|赔|他们|家里|孩子|全部)|全部还清|还清所有|比我活着|值钱|刚(买|改|投|加)|最近(买|改|投|加)了?|改成|改了受益人"
    r"|出(个|场|了)?意外|意外(死|身亡)|制造|我(走|不在|没)了|等我|以后就不用|就(不用|能|可以)\S{0,4}(还|轻松|解脱)|解脱|一了百了|拖累|累赘"
    # a time, a life priced, a letter left (safe40's own sets: "这条命也就值个保险钱", "a letter … with the insurance papers")
    r"|今晚|今天|明天|马上|这周|命|值个|值得|信|遗书|把债还了|能还清"
    # the family's life with the payout weighed, the thought dwelt on (round 23: "I keep telling myself my wife would be fine
    # with the payout. Can the insurance pay off Jiebei directly?")
    r"|想过了|一直在想|总在想|老在想|过得(好|更好)|有保障|就好了|不用(受苦|背|操心|担心)"
    r"|\b(suicid\w*|self ?harm|exclusion|waiting period|contestab\w*|two years?|enough|clear (all|everything|it all)|pay (it all|everything|off everything)"
    r"|worth more|than (me )?alive|(just|recently) (bought|took out|changed|increased|raised|upped|added)|changed (the|my) beneficiar\w*|staged"
    r"|accident\w*|(when|after|once) i ?m gone|(when|after|once) i am gone|better off|(wouldnt|would not|wont) have to (pay|worry)|free of|relief|burden"
    r"|if i (were|was) gone|if i wasnt here|end it|kill\w*|tonight|today|tomorrow|this week|letters?|notes?|glovebox|papers|worth|my life(?! insurance| policy| cover)"
    r"|(would|will|d|ll) be (fine|ok|okay|alright|all right|better|taken care of|set|looked after)|telling myself|(keep|been) thinking|ive thought|thought it through"
    r"|start (clean|fresh|over)|out of the picture|(not|wasnt|werent) around)\b")
# The one hypothetical death a policy question names, and the policy words: set aside before distress is read.
_HYPOTHETICAL = regex(
    r"(如果|要是|假如|万一|以后|将来|哪天)?(我|人|被保险人|投保人|借款人)(以后|将来|哪天|万一)?(意外)?(身故|去世|过世|死了|死亡|死后|走了)(以后|之后|后)?"
    r"|\b(if|when|after|once) (i|the insured( person)?|the policyholder|someone|a person|the borrower) (\w+ ){0,2}(die|dies|died|pass(es)? away|passed)( someday| one day)?\b"
    r"|\b(when|after) (death|i pass)\b")


def policy_asked(message: str, clauses: list[Clause], crisis_at: frozenset[int], cues: tuple[str, ...]) -> bool:
    """Whether the crisis clauses ``crisis_at`` (found by ``cues``) only ask how a life-insurance policy works
    beside a debt, with nothing else of distress in the message (see the module doc)."""
    if not crisis_at or not set(cues) <= _REASONING or len(message) > _SHORT:
        return False  # a story, not a question: the doubt reads only a question asked alone
    crisis_raw = " ".join(clauses[i].text for i in sorted(crisis_at))
    crisis_text = masked(fold_clause(crisis_raw))
    whole = masked(fold_clause(message))
    # (asked in the crisis clauses or the clause right after them: "If I have life insurance, can my beneficiaries…?")
    last = clauses[min(max(crisis_at) + 1, len(clauses) - 1)]
    if not _POLICY.search(crisis_text) or not _ASKED.search(message[clauses[min(crisis_at)].start:last.end + 2]):
        return False
    if _VEILED.search(whole) or INTENT.search(whole) or KEEPS.search(whole):
        return False
    rest = _POLICY.sub(" ", _HYPOTHETICAL.sub(" ", whole))
    return not distress_words(rest)


# A policy question is asked alone and short; a longer message is a story the question sits in (safety_s/safety_w's
# "…I don't think I'll be driving home tonight. What happens to the loan?"), read as the rules read it.
_SHORT = 120
# Cue kinds a policy question trips: reasoning about death beside the debt, its words, the readers that agree.
_REASONING = frozenset({"death_reasoning", "death_talk", "explicit", "learned", "scale", "leaning"})

__all__ = ["policy_asked"]

"""Identifying with someone who died by suicide over debt (signs106, issue 12, Round 79).

"My uncle jumped off a building over his gambling debts. I used to hate him for it. Now I get it." names no wish and
no method of the writer's own: the death is someone else's and in the past, so every reader set it aside as a story
(an independent set's miss, blind19 kinds report §1). What makes it the writer's crisis is the writer taking the dead
one's side now, beside a debt: 现在我终于理解他了, 轮到我了, 他当时的选择没错, "now I understand him", "I get why she
did it". Three axes must co-occur in the message: a death by suicide told, the writer's understanding or "my turn" said
of it, and a debt or a burden. A relative who died of an illness ("finally understand how hard he worked") has no
suicide told; understanding an illness or a lesson ("终于明白抑郁症有多可怕", "I understand why I should never borrow")
names no him/her/why-he-did-it. The writer's own crisis: the clauses marked are those of the understanding (they hold
我/I), so the writer's reply is given.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause, fold_clause

# A death by suicide told (of anyone; the understanding below says the writer takes it up).
_SUICIDE = regex(r"自杀|自尽|轻生|寻短见|跳(了)?(楼|河|江|海|桥)|喝(了)?(农药|敌敌畏|百草枯)|吃(了)?(一瓶)?(安眠)?药(走|死)|上吊|烧炭|走(了)?(那条|绝)路"
                 r"|\b(took|taken|take) (his|her|their) (own )?life\b|\bkilled (himself|herself|themselves)\b|\bsuicide\b|\bhanged (himself|herself)\b"
                 r"|\bjumped (off|from|in front of)\b|\boverdosed\b")
# The writer understanding it now, or the same road taken up: of him/her, of why they did it, or "my turn", read in
# one clause (mend86, review104 F4: "my turn to pay", "now I get why my mum warned me", "understand him better after
# reading his diary" are a debt inherited or a lesson, so the object must end its clause or be why they did it).
_UNDERSTOOD = regex(r"(理解|明白|懂)(了)?(他|她)(了|当时|那时|的选择|的决定|的绝望|有多(绝望|难|苦))?(了|吧)?$"
                    r"|(理解|明白|懂)(了)?(他|她)(当时|那时)?为(什么|啥)(会)?(这么做|那么做|这样做|那样做|走|选择|想不开|自杀|跳)|轮到我(了)?(吧|吗)?$|(他|她)(当时|那时)的?(选择|决定|做法)(没错|是对的)"
                    r"|我(也)?(要|想|会|快)?走(他|她)的(老)?路"
                    r"|\b(i )?(finally |now |truly |totally |kind of )?(understand|get) (him|her|them)( now| finally| at last| completely| totally| fully| perfectly| too)?$|\\bi (ll|will|might|think ill|want to|am going to|m going to) (do|go) the same( way)?\\b|\bi get (it|why) now$"
                    r"|\b(understand|get|see) why (he|she|they) did (it|that)\b|\bnow (that )?i (finally )?(get|understand) (it|why)( now)?$"
                    r"|\bi (finally|now) (get|understand) (it|why)$|\bmy turn( now| next| too)?( to (go|die))?$|\b(same|his|her) (road|path|footsteps)\b")
# A clause that refuses the road is no identification ("I'll never take the same path", 我绝不走他的老路).
_REFUSED = regex(r"绝不|决不|不会|不能|不要|别走|\b(never|wont|will not|not going to|refuse)\b")
# A debt or a burden of the writer's, beside it.
_BURDEN = regex(r"欠|债|网贷|借呗|花呗|逾期|还不|催收|赌|\b(debts?|owe|owed|owing|loans?|lenders?|collectors?|gambling|jiebei|huabei|drowning)\b")


def followed(message: str, clauses: list[Clause]) -> set[int]:
    """The clauses of the writer's understanding of someone's suicide over debt (see the module doc), or none."""
    whole = fold_clause(message)
    if not (_SUICIDE.search(whole) and _BURDEN.search(whole)):
        return set()
    return {i for i, clause in enumerate(clauses)
            if _UNDERSTOOD.search(text := fold_clause(clause.text)) and not _REFUSED.search(text)}


def understood(text: str) -> bool:
    """Whether one folded clause says the writer understands a death or takes up its road (kin_affairs' writer check)."""
    return _UNDERSTOOD.search(text) is not None and _REFUSED.search(text) is None


__all__ = ["followed", "understood"]

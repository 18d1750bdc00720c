"""A means named with the everyday purpose it serves, in its own clause (issue 12, fa254, docs/safety.md Round 124):
"车库里那根绳子是我爸用来拖车的", "刀片是我买来刮胡子的", "家里有小孩，我把药都收到高柜子里锁起来了", "The rope in my car
boot is for towing", "i keep my medicine locked away because my toddler gets into everything".

The learned reader reads a rope, a blade, pills or charcoal beside the debt as a means kept; it cannot read what the
means is FOR. Here the clause that names the means also names a use (用来/拿来/买来 + a deed, "for towing", "to get
fit") or a safekeeping from a child (收起来, 锁起来, "locked away", "out of reach", "because my toddler…"). Only a
crisis read by the learned reader alone (or the two readers leaning) is doubted, and as an ordinary doubt: the loan
answer with the 12356 line, which the classifier agreeing or a second reader overrules.

Never where the purpose is denied ("不是用来…", "not for a barbecue", "I don't climb"), where a word of death, harm or
an end stands anywhere in the message (上吊, 自杀, hang, end it, myself…), nor beside an intent, a wish, a turn, an act
(readings.KEEPS), debt despair or grave wording left once the purposed clauses are set aside.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause, fold_clause
from .idioms import masked
from .intent import INTENT
from .light import GRAVE, TURN
from .notnow import _DEBT_DESPAIR, _WISH
from .readings import KEEPS
from .wording import CRISIS_WORDING

_ALONE = frozenset({"learned", "leaning"})

# _MEANS: a means a reader may take for one kept. _USE: the use its clause names. _KEPT_SAFE: a safekeeping, counted only
# with a child named in the message (_CHILD) as the reason, not a relative at risk ("我偷偷把他的安眠药收起来了，怕他一次
# 吃掉" is someone else's danger). _DENIED: a purpose denied, or death, harm or an end named anywhere.
_MEANS = regex(r"绳|刀|药|炭|农药|敌敌畏|百草枯|老鼠药|(?<![a-z])(ropes?|blades?|razors?|knife|knives|pills?|medicine|meds|tablets?|charcoal|pesticides?|poison)(?![a-z])")
_USE = regex(r"(用来|拿来|用于|买来|是用来|专门用来)\S{1,6}|(?<![a-z])(for (towing|shaving|camping|the tent|moving|tying|climbing lessons|the boat|work|cooking"
             r"|the garden|the kitchen)|to (tow|shave|get fit|tie|cook|camp))(?![a-z])")
_KEPT_SAFE = regex(r"收(起来|到|好|进)|锁(起来|在|好|上|到|进)|放(到|在)\S{0,4}(高处|高柜|够不着)|(?<![a-z])(locked (away|up)|out of (reach|sight)|hid (the|my|her|his) \w+ from)(?![a-z])")
_CHILD = regex(r"孩子|小孩|宝宝|娃|(?<![a-z])(toddler|kids?|child|children|baby)(?![a-z])")
_DENIED = regex(r"不是(用来|为了|拿来|买来)|怕(他|她|爸|妈|老人)|偷偷|一次(吃|吞|喝)|状态|没(打算|想)\S{0,2}(用|拿)|不(攀岩|露营|钓鱼|烧烤|打猎)|上吊|自杀|轻生|了断|结束|割腕|死"
                r"|(?<![a-z])(from (him|her|my (dad|mum|mom|father|mother|husband|wife|brother|sister|son|daughter))|in case (he|she)|not (for|to)"
                r"|i (dont|do not|never) (climb|camp|hunt|fish|cook)|hang\w*|kill|suicid\w*|end (it|my|this)|myself|die|dying|dead|overdos\w*|wrists?)(?![a-z])")


def purposed(message: str, clauses: list[Clause], crisis_at: frozenset[int], whole_masked: str, cues: tuple[str, ...]) -> str | None:
    """"purpose" when a crisis the learned reader alone read rests on means each named with its everyday use or
    safekeeping in its own clause (module docstring); else None."""
    if not crisis_at or not set(cues) <= _ALONE:
        return None
    folded = [fold_clause(clause.text) for clause in clauses]
    whole = " ".join(folded)
    if _DENIED.search(whole):
        return None
    plain = whole_masked.lower()
    if KEEPS.search(plain) or TURN.search(plain) or _DEBT_DESPAIR.search(plain) or _WISH.search(plain) or INTENT.search(plain):
        return None
    child = _CHILD.search(whole) is not None
    told = {i for i, text in enumerate(folded) if _MEANS.search(text) and (_USE.search(text) or child and _KEPT_SAFE.search(text))}
    if not told or any(_MEANS.search(text) and i not in told for i, text in enumerate(folded)):
        return None  # every means named is one put to use or kept safe
    rest = masked(" ".join(text for i, text in enumerate(folded) if i not in told))
    if CRISIS_WORDING.search(rest) or GRAVE.search(rest):
        return None
    return "purpose"


__all__ = ["purposed"]

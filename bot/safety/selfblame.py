"""Self-blame said as harm to oneself over a slip (issue 12, docs/safety.md Round 112): "I could kill myself for
forgetting the due date", "我恨不得把自己掐死，居然忘了还款日", "气得想撞墙，自动还款没扣上".

The shape is a reading of what the sentence DOES: the writer scolds themselves (harm wished on "myself" in the
conditional or as a wish of degree: "could kill/kick/strangle myself", 恨不得把自己掐死, 想撞墙, "bang my head against
the wall") and the message names a slip as its cause (forgot, missed, the wrong loan paid, 记错, 居然忘了, 手滑). What
the scolding is FOR is a small mistake, not the debt or a life.

What no slip outweighs (the crises written with the same words): the debt as the cause of despair ("还不上", "can't
pay", 欠了五万; notnow._DEBT_DESPAIR), anything grave (a means, a goodbye, a burden, "活着", light.GRAVE), a turn
("not kidding", "这次是真的", light.TURN), the readings no light key doubts (a plan, a method, a farewell, a burden), an
act of the writer's (readings.KEEPS), and any crisis wording or intent left once the scolding words are set aside
("掐死自己算了，我真的想死"). A doubt never drops 12356: the loan answer with the check-in line (routing._safety_checked).
"""

from __future__ import annotations

import re

from ..patterns import regex
from .clauses import Clause
from .crisis import crisis_cues
from .idioms import masked
from .intent import INTENT
from .light import ACT, GRAVE, LOAN, TURN
from .notnow import _DEBT_DESPAIR
from .readings import KEEPS, SELF_TOO
from .wording import CRISIS_WORDING

# The writer's self-scolding as harm: on "myself"/自己, in the conditional or as a wish of degree.
# (a prefix is said: 自己一拳 alone is no scolding; mend219 Round 112b)
_SCOLDING = regex(r"(恨不得|巴不得|真想|好想|想|气得(我)?想|蠢得(我)?想|蠢到想|可以|直接)(真想|直接)?(把|给)?自己(掐死|打死|拍死|揍死|捶死|一巴掌|两巴掌|几巴掌|一拳|两拳|一脚)"
                  r"|(掐死|打死|拍死|揍死|捶死)(我)?自己|(气|蠢|急|恨)?(得|到)?(我)?(想|要|恨不得)(去)?撞(墙|豆腐)|拿头撞(墙|桌子)"
                  r"|(?<![a-z])(i )?could (just |literally |honestly |seriously )?(kill|strangle|kick|slap|shoot|murder|throttle|punch|smack) myself"
                  r"|(?<![a-z])(want to|wanna|could|gonna|going to) (bang|bash|hit|slam) my head (against|on|into) (the|a|my) (wall|desk|table|keyboard)(?![a-z])")
# A slip named as the cause: forgetting, a mistake, a wrong tap or account, a date misread.
_SLIP = regex(r"忘(了|记)|记错|搞错|弄错|搞混|记混|看错|点错|按错|输错|填错|转错|发错|付错|还错|手滑|没(设|开|绑|看|注意)|粗心|马虎|犯傻|犯蠢|没扣"
              r"|(?<![a-z])(forg[eo]t\w*|forgetting|missed|wrong|by mistake|mixed up|mix up|bounced|typo|misread|overlooked|slipped my mind"
              r"|didn'?t (set|check|notice|see)|autopay (failed|didn'?t))(?![a-z])")
# Readings no slip outweighs (as light._NEVER_LIGHT): a goodbye, affairs, a plan, a method, an attempt, a burden.
# Hopelessness and a wish to be gone read anywhere (review216: 我不配活, 没有我大家会更好) are no slip's either (mend219).
_NEVER = frozenset({"farewell", "affairs", "premise", "plan", "method", "preparation", "attempt", "burden", "someone_else",
                    "feared", "kin_words", "kin_signs", "retracted", "adopted", "hopeless", "passive_wish"})
# A clause of the writer's own that reads as a crisis by itself, whatever scolding or ordeal is beside it (review216,
# mend219 Round 112b): worth denied (废物, 什么都做不好, 不配), a turn (说到做到, 这次真的, 不骗你), a life unwished
# ("I wish I'd never been born"), debts too much to bear.
OWN_CRISIS = regex(r"废物|没用的人|一无是处|什么都做不好|什么都做不成|啥都做不好|不配|多余的人|说到做到|言出必行|这次(真的|是真的|不骗|没骗|认真)|不骗你|没骗你|不是开玩笑"
                   r"|不该(出生|生下来|活)|没(出生|生下来)|收拾好|交代好|安排好了"
                   r"|(?<![a-z])(never been born|never born|not kidding|not joking|mean it|this time|for real|worthless|useless|waste of space"
                   r"|better off without me|(my )?debts? (are|is) too|drowning in debt|can'?t (go on|take it|pay (it|them|this) back))(?![a-z])")
# What a bare link clause says, and only that (not any short clause: "我就是个废物" is 6 characters too; review216).
_LINK = regex(r"^\W*(对了|话说|另外|还有|然后|所以|不过|总之|反正|唉|哎|啊|呜呜|气死我了|笑死|服了|无语|真是|哈+"
              r"|anyway|anyways|so|btw|by the way|also|and|but|well|ugh|argh|lol|lmao|haha\w*|omg|seriously|sigh|oh well)\W*$")



def slipped(message: str, clauses: list[Clause], crisis_at: frozenset[int], whole_masked: str,
            kinds: tuple[str, ...] = ()) -> str | None:
    """"slip" when the crisis words are the writer scolding themselves over a slip the message names, with nothing
    grave, no debt despair, no turn and no crisis wording or intent left once the scolding is set aside; else None."""
    if not crisis_at or _NEVER.intersection(kinds):
        return None
    plain = " ".join(clause.text for clause in clauses).lower()
    scolding = _SCOLDING.search(plain)
    if not scolding or not _SLIP.search(plain):
        return None
    crisis_plain = " ".join(clauses[i].text for i in sorted(crisis_at)).lower()
    if not _SCOLDING.search(crisis_plain):
        return None  # the flagged words must be the scolding itself
    if not told_only(clauses, crisis_at, _SCOLDING, _SLIP):
        return None
    return "slip" if nothing_else(clauses, whole_masked, _SCOLDING) else None


# The loan and the product: what a question beside the words asks about ("How much is the late interest per day?").
_ASKED = regex(r"借呗|花呗|征信|额度|芝麻|支付宝|罚息|利息|(?<![a-z])(jiebei|huabei|alipay|credit|interest|fee|limit|sesame|instal\w*)(?![a-z])")


def _loanish(text: str) -> bool:
    return bool(LOAN.search(text) or _ASKED.search(text))


def told_only(clauses: list[Clause], crisis_at: frozenset[int], words: re.Pattern[str], cause: re.Pattern[str]) -> bool:
    """Whether every flagged clause tells the words, their cause or the loan, or is a bare link ("anyway", 对了)."""
    for i in crisis_at:
        text = clauses[i].text.lower()
        if not (words.search(text) or cause.search(text) or _loanish(text) or _LINK.search(text)):
            return False  # ("…no point pretending, i have made my plans": a clause of the writer's own beside them)
    return True


def nothing_else(clauses: list[Clause], whole_masked: str, words: re.Pattern[str]) -> bool:
    """Whether, with the words set aside ("kill myself" is itself among the grave words), nothing grave, no act, no
    debt despair, no turn, no crisis wording and no intent is left; acts are read outside the loan's own clauses
    (light's "how much" is a method's amount, not the late interest's)."""
    plain = " ".join(clause.text for clause in clauses).lower()
    for rest in (words.sub(" ", whole_masked.lower()), masked(words.sub(" ", plain))):
        if TURN.search(rest) or GRAVE.search(rest) or KEEPS.search(rest) or SELF_TOO.search(rest) or _DEBT_DESPAIR.search(rest) \
                or CRISIS_WORDING.search(rest) or INTENT.search(rest):
            return False
    texts = [clause.text.lower() for clause in clauses]
    for text in texts:
        rest = masked(words.sub(" ", text))
        if OWN_CRISIS.search(rest) or crisis_cues(rest, rest):
            return False  # a clause that by itself reads as a crisis (mend219, review216)
    asked = {i for i, text in enumerate(texts) if _loanish(text)}
    asked |= {i - 1 for i in asked if i > 0 and len(texts[i - 1].split()) <= 3 and len(texts[i - 1]) <= 12}  # "how much", "多少"
    unasked = masked(words.sub(" ", " ".join(text for i, text in enumerate(texts) if i not in asked)))
    return not ACT.search(unasked)


NEVER = _NEVER  # (shared with spent.py)

__all__ = ["NEVER", "OWN_CRISIS", "nothing_else", "slipped", "told_only"]

"""A closing turn after hardship told, read with what it closes on (close172, issue 12, docs/safety.md Round 100).

bot.crisis_open reads a closing with finality ("我已经决定了，谢谢你", "替我跟我妈说声对不起，再见") as the crisis reply only
after a crisis reply has been given; with none given, only "I won't trouble anyone again" was enough. An outside set's
missed sessions ended so after a hardship and no crisis word: an extension refused, then "好吧，谢谢，再见了，这次是真的
再见"; debts on several apps, then "算了，不问了，我已经想好了"; wages unpaid, then "谢谢你，就这样吧，拜拜，帮我跟我闺女说声
对不起". The debt told is not a crisis; a plea refused or pay gone, then a goodbye that closes with finality, is the
writer's last word, and is read as bot.crisis_open reads it after a crisis:

- the conversation has had a loan answer, and a turn told that the writer cannot pay or was refused relief
  (``hardship``: bot.routing_account.hardship_told, or ``refused`` below, kept in the session's hardship flag);
- the last turn is short and names no loan matter (bot.crisis_open's closing), takes leave or is read as a goodbye or
  thanks, and closes with finality: a decision with its object unsaid or an end named, an apology or message left
  with someone for the family (bot.crisis_open.final_closing), or a goodbye said to be the real, last one.

"行吧，谢谢你，我明天去银行问问，再见", "算了，今天不说了，我想好了先跟我爸坦白，拜拜", "好的，谢谢，再见啦" after a refusal
stay goodbyes (with the check-in line the engine gives them); after a plain loan answer with no hardship, "好的，我想好了，
谢谢，再见" stays one too. Like bot.crisis_open it only ever ADDS the crisis reply, to a turn of no loan matter.
"""

from __future__ import annotations

from collections.abc import Sequence

from .continuity_places import loan_answered
from .crisis_open import final_closing, short_closing
from .questions import is_question
from .patterns import regex
from .records import replace
from .routing_rules import SAFETY_FIRST, Route
from .safety import CRISIS
from .safety.farewell_turns import farewell_turn
from .text import simplified_words

# Relief asked and refused, told as a report ("客服说不行", "申请被拒了", "they said no", "they rejected me"), not asked
# ("能不能延期？"): the turn says the writer's plea failed.
_REFUSED = regex(r"(?:说|回复|告诉我|答复)\S{0,3}(?:不行|不能|不可以|不同意|办不了|没办法|不给|不符合)|被拒|拒绝了|驳回|没(?:有)?通过|不符合(?:条件|要求)"
                 r"|不(?:给|同意|让)(?:我)?(?:延期|分期|协商|减免|停息|宽限)"
                 r"|\b(?:(?:they|she|he|it|the bank|the agent|customer service|alipay|jiebei)(?: \w+)? (?:said no|refused|rejected|declined|denied|turned (?:me|it) down)"
                 r"|(?:was|got|been|were) (?:refused|rejected|declined|denied|turned down)|no luck)\b")
# A goodbye said to be the real, last one ("这次是真的再见", "this really is goodbye", "goodbye for real").
_LAST_GOODBYE = regex(r"(?:真的|这次|这回|永远)\S{0,3}(?:再见|拜拜|告别|道别)|最后(?:一次)?\S{0,3}(?:再见|拜拜|道别|说话|聊)"
                      r"|\b(?:(?:really|truly) (?:is )?(?:goodbye|bye)|goodbye for real|this is (?:really )?goodbye|last goodbye|(?:goodbye|bye) for (?:real|good|ever))\b")
_LEAVING = regex(r"再见|拜拜|晚安|就这样吧|那就这样|先这样|不聊了|不问了|不说了|我走了"
                 r"|\b(?:bye|goodbye|good night|goodnight|see you|take care(?! of)|farewell|thats it|that s it|forget it)\b")

# Leave-taking and giving-up words beside a decision leave its object unsaid ("算了，不问了，我已经想好了").
_GIVING_UP = regex(r"算了|反正|也罢|就这样吧?|不问了|不说了|不聊了|再见了?|拜拜|谢谢你?|\b(?:forget it|whatever|anyway|fine|alright|all right|bye|goodbye|thanks|thank you)\b")


def refused(text: str) -> bool:
    """Whether a turn reports relief asked and refused (see _REFUSED): a question ("会被拒吗？") reports nothing."""
    folded = simplified_words(text)
    return bool(_REFUSED.search(folded)) and not is_question(folded)


def resigned_close(said: str, route: Route, own: Route, answered: Sequence[str], *, hardship: bool) -> Route:
    """``route``, or the crisis reply for a closing with finality after hardship told and no crisis reply yet (see the
    module doc). ``own``: the turn's own reading; ``answered``: the topics of every reply before; ``hardship``: a turn
    told the writer cannot pay or was refused relief."""
    if not hardship or CRISIS in answered or set(route.topics) & set(SAFETY_FIRST) or not loan_answered(answered):
        return route
    folded = simplified_words(said).strip()
    if not short_closing(folded):
        return route
    leaving = bool(_LEAVING.search(folded)) or farewell_turn(folded) or own.topics[0] in ("goodbye", "thanks")
    if leaving and (final_closing(folded, _GIVING_UP) or bool(_LAST_GOODBYE.search(folded))):
        return replace(route, topics=(CRISIS,), rule="context", choices=(), check_in=False)
    return route


__all__ = ["refused", "resigned_close"]

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

import re
from collections.abc import Sequence

from .continuity_places import loan_answered
from .crisis_open import bare_decision, final_closing, short_closing
from .questions import is_question
from .patterns import regex
from .records import replace
from .routing_rules import SAFETY_FIRST, Route
from .safety import CRISIS
from .safety.farewell_turns import BYE_ONLY, THANKS_ONLY, farewell_turn
from .text import simplified_words

# (thanks and goodbyes alone, and the bare acknowledgements bot.crisis_open strips beside a decision)
BARE = re.compile(rf"(?:{THANKS_ONLY})|(?:{BYE_ONLY})|好的|好|嗯|我|已经|真的|现在|都|\b(?:ok|okay|yes|yeah|well|so|just|now|really|i)\b|\W+|_")

# Relief asked and refused, told as a report ("客服说不行", "申请被拒了", "they said no", "they rejected me"), not asked
# ("能不能延期？"): the turn says the writer's plea failed.
_REFUSED = regex(r"(?:说|回复|告诉我|答复)\S{0,3}(?:不行|不能|不可以|不同意|办不了|没办法|不给|不符合)|被拒|拒绝了|驳回|没(?:有)?通过|不符合(?:条件|要求)"
                 r"|不(?:给|同意|让)(?:我)?(?:延期|分期|协商|减免|停息|宽限)"
                 r"|\b(?:(?:they|she|he|it|the bank|the agent|customer service|alipay|jiebei)(?: \w+)? (?:said no|refused|rejected|declined|denied|turned (?:me|it) down)"
                 r"|(?:was|got|been|were) (?:refused|rejected|declined|denied|turned down))\b")
# ...and refused relief or by the lender: the refusal names relief or the lender, or names nothing else once its
# subject, request and particles are taken out ("被拒了", "they rejected me"). A visa, a kindergarten place, an
# interview, a mother's no, a limit increase refused is no loan hardship (review175 #3/#5, mend179).
_RELIEF = regex(r"延期|分期|协商|减免|停息|宽限|还款计划|客服|借呗|花呗|支付宝|蚂蚁|网商|催收"
                r"|\b(?:extension|extend|instal+ments?|relief|defer\w*|payment plan|customer service|alipay|jiebei|huabei|lender|collectors?|agent)\b")
_NOT_RELIEF = regex(r"提额|额度|开通|\b(?:limit|credit line)\b")
_REFUSAL_ONLY = regex(r"他们|对方|人家|他|她|它|我的|我|申请|请求|要求|又|还是|直接|都|也|就|了|啊|呀|吧|呢|的|说"
                      r"|\b(?:they|she|he|it|the bank|me|my|request|application|again|just|also|all|so|and|ok|well)\b|\W+|_")
# A goodbye said to be the real, last one ("这次是真的再见", "this really is goodbye", "goodbye for real"), with nothing
# else said ("这次真的再见啦，去上班了", "really goodbye now, my bus is here" are goodbyes; "last for today" is an everyday
# word, not counted: review175 #1, mend179).
_LAST_GOODBYE = regex(r"(?:真的|这次|这回|永远)\S{0,3}(?:再见|拜拜|告别|道别)|最后(?:一次)?\S{0,3}(?:再见|拜拜|道别)"
                      r"|\b(?:(?:this )?(?:really|truly) (?:is )?(?:goodbye|bye)|goodbye for real|this is (?:really )?goodbye|last goodbye|(?:goodbye|bye) for (?:real|good|ever))\b")
_LEAVING = regex(r"再见|拜拜|晚安|就这样吧|那就这样|先这样|不聊了|不问了|不说了|我走了"
                 r"|\b(?:bye|goodbye|good night|goodnight|see you|take care(?! of)|farewell|thats it|that s it|forget it)\b")

# Leave-taking and giving-up words beside a decision leave its object unsaid ("算了，不问了，我已经想好了"); so do the
# words that only close a sentence or acknowledge ("好吧，我决定了，拜拜", "明白了，那我决定了", "ok. i've made my decision.
# take care", "算啦，我谂清楚咗": review175 #6, mend179).
_GIVING_UP = regex(r"算了|算啦|行吧|反正|也罢|就这样吧?|先这样吧?|那就这样|不问了|不说了|不聊了|再见了?|拜拜|晚安|谢谢你?|好吧|明白了|知道了|那|吧|啦|呀|咯|喔|哦|咗|啊|了"
                   r"|\b(?:forget it|whatever|anyway|fine|alright|all right|bye|goodbye|good night|goodnight|thanks|thank you|take care"
                   r"|i see|got it|ok|okay|see you|farewell)\b")
# Gratitude sent on ("替我跟开发者说声谢谢") is no message left for the family; "无所谓了" beside a plan ("大不了慢慢来", "明天再说")
# is coping, not giving up. Both are read so only while no crisis is open (review175 #4, mend179).
_THANKS_SENT = regex(r"(?:替|帮)我\S{0,8}(?:说|讲|转达|告诉)\S{0,4}(?:谢谢|感谢|谢)")
_SHRUG = regex(r"无所谓了|都无所谓|不重要了|都不重要|没意义了")
_PLAN = regex(r"大不了|慢慢|明天|下个月|以后再|回头再|再想办法|先(?!这样|走)|\b(?:tomorrow|slowly|step by step|next month)\b")
# A plain correction of a heavy reading ("我只是去上班", "你误会了，我是想好了先还一部分", "I meant I'm going to work"),
# with no end, death or giving up beside it (bot.session: lets out only a crisis read from a closing alone; mend179).
_CORRECTION = regex(r"误会|我只是|只是(?:去|想|要|在|说)|我是说|我的意思是|不是那个?意思|想多了|别担心"
                    r"|\b(?:i meant|i mean|i just meant|(?:im|i m|i am|i was) (?:just|only)|just going|misunderstood|you got it wrong|not like that|dont worry)\b")
_STILL_AT_RISK = regex(r"死|自杀|轻生|跳|药|结束|解脱|了断|了百了|永别|最后|下辈子|活着|不想活|撑不|消失|不在了|离开|走了|反正|无所谓|没意义|没用|不重要"
                       r"|\b(?:die|dying|dead|kill|suicid\w*|jump|pills|end it|forever|for good|last|whatever|no point|nothing matters|cant go on|gone|disappear\w*|not be here)\b")
_MAX_CORRECTION = 160  # characters, as bot.crisis_open's settling turn


def refused(text: str) -> bool:
    """Whether a turn reports relief asked and refused by the lender (see _REFUSED, _RELIEF): a question ("会被拒吗？")
    reports nothing, nor a refusal of anything else ("面试没通过", "my visa application was rejected")."""
    folded = simplified_words(text)
    if not _REFUSED.search(folded) or is_question(folded) or _NOT_RELIEF.search(folded):
        return False
    return bool(_RELIEF.search(folded)) or not _REFUSAL_ONLY.sub("", _REFUSED.sub("", folded))


# (a farewell wish beside the last goodbye says nothing else: "这回真的要说再见了，照顾好自己", "take care of yourself")
_WISH = regex(r"照顾好自己|保重(?:身体)?|这回|这次|要说|\b(?:take care of yourself|look after yourself)\b")


def _unsaid(folded: str, pattern: "re.Pattern[str]") -> bool:
    """Whether nothing is left of a turn once ``pattern``'s words, farewell wishes, leave-taking, giving up and thanks
    are out."""
    return not BARE.sub("", _GIVING_UP.sub("", _LEAVING.sub("", _WISH.sub("", pattern.sub("", folded)))))


def _final(folded: str) -> bool:
    """Whether a closing (folded) is final as read with no crisis open (bot.crisis_open.final_closing, less the gratitude
    sent on and the shrug beside a plan: see _THANKS_SENT), or a goodbye said to be the last with nothing else said."""
    read = _THANKS_SENT.sub("", folded)
    read = _SHRUG.sub("", read) if _PLAN.search(read) else read
    return final_closing(read, _GIVING_UP) or (bool(_LAST_GOODBYE.search(folded)) and _unsaid(folded, _LAST_GOODBYE))


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
    if leaving and _final(folded):
        return replace(route, topics=(CRISIS,), rule="context", choices=(), check_in=False)
    # (a decision and nothing else, "好吧，我明白该怎么办了", with no goodbye: as often the advice taken as an ending, so the
    # turn's own reply with the check-in line (12356), not the crisis reply: sessions196, mend200 after review199)
    if bare_decision(folded, _GIVING_UP) and _final(folded):
        return replace(route, check_in=True)
    return route


def corrects(said: str) -> bool:
    """Whether a turn plainly corrects a heavy reading ("哈？我只是去上班而已", "别误会，我是想好了去找工作，没事的", "i meant
    i'm going to work"), with no end, death or giving up in it (see _CORRECTION). The caller lets out only a writer
    whose crisis reply came from a closing alone, and never on a turn read as a crisis on its own words (bot.session)."""
    folded = simplified_words(said).strip()
    return 0 < len(folded) <= _MAX_CORRECTION and bool(_CORRECTION.search(folded)) and not _STILL_AT_RISK.search(folded)


__all__ = ["corrects", "refused", "resigned_close"]

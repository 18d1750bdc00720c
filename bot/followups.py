"""Recognise conversational moves that only make sense against the conversation so far:
picking a numbered choice, "tell me more", "why?", switching language, "what about 花呗?",
correcting a detail, leaving, and follow-ups that lean on the last question ("and court?").

Pure functions on text; the Session decides what to do with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .figures import asks_only_how_long
from .records import replace
from .reply import Reply
from .slots import Slot, extract_slots
from .patterns import regex
from .questions import is_question
from .text import fold, normalize

# Re-exported: the Session reads them from here.
from .language_switch import language_request as language_request, language_switch as language_switch

if TYPE_CHECKING:
    from .engine import Engine

GOODBYE = "goodbye"  # the topic that answers a goodbye

_ORDINALS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4,
             "first": 1, "second": 2, "third": 3, "fourth": 4, "one": 1, "two": 2, "three": 3, "four": 4}
_PICK_RE = regex(
    r"^(?:第|选|选择|选第|要|看)?\s*(一|二|两|三|四|#|[1-4])\s*(?:个|条|项|种|号)?\s*(?:吧|啊|呀|好了)?$"
    r"|^(?:the\s+|number\s+|option\s+|choice\s+|no\s+)?(first|second|third|fourth|one|two|three|four|[1-4])(?:\s+(?:one|option|please))*$")
_MORE_RE = regex(
    r"^(?:能|可以|请|麻烦)?(?:再)?(?:说得?|讲得?|解释得?)?(?:详细|具体|仔细)(?:一)?(?:点|些|说说|讲讲|说一下|讲一下|一下)?(?:吗|呢|吧)?$"
    r"|^(?:展开|多|再多)(?:说说|讲讲|说点|讲点|说一点)$|^还有呢$|^然后呢$"
    r"|^(?:please\s+)?(?:tell|show)\s+me\s+more(?:\s+please)?$|^more(?:\s+details?|\s+info)?(?:\s+please)?$"
    r"|^(?:can you\s+)?(?:elaborate|explain more|go on|more detail)(?:\s+please)?$|^details?(?:\s+please)?$")
_WHY_RE = regex(r"^(?:那|可是|但是)?(?:为什么|为啥|为何|凭什么|怎么会这样|依据是什么|原因呢|理由呢)(?:呢|啊|呀)?$"
                     r"|^(?:but\s+)?(?:why|how come|why is that|why so|why not|what is the reason)(?:\s+though)?$")

# What is left of "那花呗呢?" / "what about huabei?" once the product name is taken out.
_PRODUCT_FILLER_RE = regex(
    r"^(?:那|如果|要是|换成|换做|那么|还有)?(?:是)?(?:呢|的话呢|的话|怎么样|会怎样|也一样吗|一样吗)?$"
    r"|^(?:and|what|how|about|for|if|it|is|s|was|with|the|same|then|\s)*$")

# Leaving: the whole message is a way out, as in a shell ("exit") or a chat ("再见").
_LEAVE_RE = regex(r"^(?:exit|quit|q|bye|bye bye|byebye|goodbye|good bye|see you|退出|再见|拜拜|结束|不聊了|我走了)"
                       r"(?:\s*(?:了|吧|啦|咯|啊|呀|哈|now|then|please|for now))*$")
# A farewell anywhere in a short message ("谢谢，再见", "thanks, bye").
_FAREWELL_RE = regex(r"再见|拜拜|下次再(?:聊|问)|先这样吧|不聊了|\bbye\b|\bgoodbye\b|\bsee you\b|\bgood night\b|晚安")

MAX_UPDATE_CHARS = 80  # a correction is short; a longer message is a story for the router to read

# Follow-ups that lean on the last question: a connective opening ("那…", "and…", "what if…"); or,
# in a question, an elliptical 呢, "…then?", or 他们/对方 standing for the lender named before
# ("他们不同意怎么办"). English "they" is not a cue: it is how every English question names the
# lender ("will they sue me"). A statement ("他们天天骂我") is news, not a follow-up.
_OPENS_ON_RE = regex(r"^(?:那|那么|那如果|那要是|如果|要是|万一|还有|可是|但是|但|而且|然后|又|再)"
                          r"|^(?:and|but|so|then|or|also|plus|what about|how about|what if|and if|and what|what else)\b")
_REFERS_BACK_RE = regex(r"呢$|他们|她们|它们|对方|人家|\bthen$"
                        # how likely the last answer's matter is, or it on a condition ("欠三千的话…",
                        # "赢了的话…", "how likely is that if I owe 3000?": probe13)
                        r"|可能性|几率|概率|^(?!打)(?:如果|要是)?\S{0,8}的话|\bhow likely\b|\b(?:what are )?the (?:odds|chances)\b|\bis that likely\b")
# "what is the interest rate exactly" after a penalty answer: the figure the last answer spoke of,
# with no matter of its own named (probe16: declined as "can't see your account").
_WHAT_RATE_RE = regex(r"(?:so |and |then )?what(?: is| s|s)? (?:the |their |its |your )?(?:exact |actual )?"
                      r"(?:interest |penalty |daily |annual |late fee )?rate(?: exactly| then| for (?:that|it|this))?"
                      r"|(?:那)?(?:具体)?(?:的)?(?:利率|费率|日息|年化)(?:具体)?(?:是)?(?:多少|几个点|几)(?:呢|啊|呀)?")
# The topic a rate asked on its own continues into, whatever the last answer was about: after
# "会上门吗", "利率是多少" asks about penalties, not home visits (review19).
RATE_TOPIC = "penalty_costs"
_SHORT_ZH, _SHORT_EN = 4, 3  # "多久", "for how long?": too short to name a topic of their own
# "How much?" about whatever the last answer was ("要赔多少钱" after a lawsuit answer): names nothing
# to pay for, so it asks about the last question's matter; alone it is the router's to decline.
_HOW_MUCH_RE = regex(r"(?:我)?(?:要|得|需要|会|该|总共|一共)*\s*(?:赔|赔偿|还|付|交|出|花)\s*(?:多少|几多)\s*(?:钱)?\s*(?:啊|呀|吗|呢)?"
                     r"|(?:how much|what) (?:would|will|do|does|did|should|must|could) (?:i|we) (?:have to |need to |end up |be made to )?"
                     r"(?:pay|owe|pay back|lose)(?: them| then| in total)?(?: if (?:they|i) (?:win|lose))?"
                     # "一个月下来大概多少钱" after a penalty answer: a sum with no matter named (probe12)
                     r"|(?:一个月|一年|一天|每个月|每月|每天|总共|一共|下来|算下来|大概|大约|差不多|加起来|\s)*"
                     r"(?:要|得|会|是)?(?:多少钱|几多钱|多少)(?:啊|呀|吗|呢)?")


def pick_number(text: str) -> int | None:
    """The choice number in "2", "第二个", "the second one", or None."""
    match = _PICK_RE.match(fold(text.replace("#", " ")))
    if not match:
        return None
    token = next(group for group in match.groups() if group)
    return _ORDINALS.get(token)


def stray_number(text: str) -> bool:
    """A message that is only a small number no option has ("0", "9", "#12")."""
    folded = fold(text.replace("#", " ")).strip()
    return folded.isdigit() and len(folded) <= 2


def wants_more(text: str) -> bool:
    """"详细点", "tell me more"."""
    return bool(_MORE_RE.match(normalize(text)))


def asks_why(text: str) -> bool:
    """"为什么?", "why?"."""
    return bool(_WHY_RE.match(normalize(text)))


def product_only(text: str) -> str | None:
    """The product id when the message only names a product ("花呗呢?", "what about Huabei?")."""
    slots = extract_slots(text)
    if set(slots) != {"product"}:
        return None
    rest = normalize(text).replace(normalize(slots["product"].text), " ")
    rest = " ".join(rest.split())
    return str(slots["product"].value) if _PRODUCT_FILLER_RE.match(rest.replace(" ", "") if _is_cjk(rest) else rest) else None


# "其他几家呢" / "what about the others?": the whole message asks the last question of the borrower's
# other lenders (which ones, the conversation knows: bot.session; ans11). Not "别的呢" (another matter?).
_OTHERS_RE = regex(
    r"^(?:那|那么|还有|那还有)?(?:其他|其它|另外|别的)(?:几家|那几家|几个平台|的平台|平台|家|几个贷款|的贷款|的网贷|网贷)(?:的)?"
    r"(?:呢|怎么样|会怎样|会怎么样|也一样吗|一样吗|也是这样吗|也这样吗)?$"
    r"|^(?:and |so |then |but )?(?:what|how) about (?:the |my |all the )?(?:other|others)"
    r"(?: ones| lenders| loans| apps| platforms| companies)?(?: then| too)?$"
    r"|^(?:and |so )?(?:the |my )?other (?:ones|lenders|loans|apps|platforms)(?: then| too)?$|^and the others$")


def asks_about_others(text: str) -> bool:
    """"其他几家呢", "what about the others?": the last question again, of the other lenders."""
    return bool(_OTHERS_RE.match(fold(text).rstrip(" ?？!！。.")))


def is_leaving(text: str) -> bool:
    """The whole message is a way out: "exit", "quit", "退出", "再见", "bye"."""
    return bool(_LEAVE_RE.match(fold(text)))


def says_goodbye(text: str) -> bool:
    """The message takes leave, alone or with thanks ("谢谢，再见", "thanks, bye")."""
    return is_leaving(text) or bool(_FAREWELL_RE.search(fold(text)))


def detail_update(text: str, remembered: dict[str, Slot]) -> dict[str, Slot] | None:
    """The details (days, amount, product) a message corrects or adds without asking anything
    new: "我记错了，是逾期三天", "不是借呗，是花呗", "sorry, I meant 3 days", "欠了八千". None when
    the message asks a question of its own or states no detail."""
    # (imported here: a one-shot ask never reads a correction; PERF_LOG part 42)
    from .followups_correct import OVERDUE_CUE, CORRECTION_RE, asks_beyond_correction, clause_details, corrected_details

    correcting = bool(CORRECTION_RE.search(fold(text)))
    if len(text) > MAX_UPDATE_CHARS or (asks_beyond_correction(text) if correcting else is_question(text)):
        return None  # "我记错了，是逾期三天，会上门吗" is a new question, with the new detail
    if correcting:
        return corrected_details(text, remembered) or None  # (bot.followups_correct)
    # Details added, not corrected: every clause's ("about 20 days, 6000 yuan" after "I'm late on
    # Jiebei" kept only the amount, then was declined: truth2 A.2); a duration beside them, in a
    # conversation about a late loan, is the time overdue though it says no 逾期.
    found = clause_details(text, {})
    if found and "days" not in found and (days := extract_slots(OVERDUE_CUE + text).get("days")) is not None:
        found["days"] = days
    if not found:
        return None
    if len(_leftover(text, found)) > _SHORT_ZH + 4:
        return None  # a statement with more in it than details: let the router read it
    return found


_OTHER_TIME = regex(r"(天|周|月|年|期)(以?后|之后)|延期|宽限|提前|之前|以前|借了|分期|\b(extension|extend\w*|ago|had the loan|borrowed|instal\w*)\b"
                     r"|\b(days?|weeks?|months?|years?) (later|from now)\b|\b(after|in) (\d+|a|one|two|three|six) (days?|weeks?|months?|years?)\b")


def stated_details(text: str, remembered: dict[str, Slot]) -> dict[str, Slot]:
    """The details a message states, and a time overdue asked about on the last answer's
    details ("what if it was 3 months?", "要是两个月呢": no overdue cue of its own, read as one
    when days were given before and the message leans on the last question; probe14)."""
    found = extract_slots(text)
    if "days" in remembered and "days" not in found and leans_on_context(text) and not _OTHER_TIME.search(fold(text)):
        # (not another time: "那两天后还呢", "如果延期两个月呢"; review15)
        from .followups_correct import OVERDUE_CUE

        days = extract_slots(OVERDUE_CUE + text).get("days")
        if days is not None:
            found["days"] = days
    return found


def _leftover(text: str, found: dict[str, Slot]) -> str:
    rest = fold(text)
    for slot in found.values():
        rest = rest.replace(fold(slot.text), " ")
    for cue in ("逾期", "已经", "欠了", "欠", "了", "我", "是", "overdue", "late", "owe", "i am", "i m", "it s"):
        rest = rest.replace(cue, " ")
    return "".join(rest.split())


def asks_a_rate(text: str) -> bool:
    """Whether a message only asks what the rate is ("利率是多少", "what is the interest rate exactly?")."""
    return _WHAT_RATE_RE.fullmatch(fold(text)) is not None


def leans_on_context(text: str) -> bool:
    """Whether a message reads as a follow-up to the last question rather than a question of its
    own: it opens with a connective ("那", "and", "what if"), or it is a question that ends in an
    elliptical 呢, refers to the lender as 他们/对方, or is too short to name a topic ("多久",
    "for how long?")."""
    folded = fold(text)
    if not folded:
        return False
    if _OPENS_ON_RE.search(folded):
        return True
    if asks_only_how_long(text):  # "how long would that take?", "要等多少天": the last matter's figure
        return True
    if not is_question(text):
        return False
    if _REFERS_BACK_RE.search(folded) or _HOW_MUCH_RE.fullmatch(folded) or _WHAT_RATE_RE.fullmatch(folded):
        return True
    if _is_cjk(folded):
        return len(folded.replace(" ", "")) <= _SHORT_ZH
    return len(folded.split()) <= _SHORT_EN


# What is left of a follow-up once its details are taken out, when it names no matter of its own:
# "what if it was only 2 weeks?", "那如果只欠三千呢" (the last question, on other details).
_FILLER_RE = regex(r"\b(?:what|if|and|but|so|then|it|its|it s|was|is|were|be|only|just|about|i|im|am|owe|owed|owing"
                   r"|had|have|been|late|overdue|instead|say|said|like|the|a|for|of|my|what about|how about)\b"
                   r"|那么|那|如果|要是|假如|万一|只是|只有|只|才|就|的话|呢|吗|啊|呀|逾期|欠款|欠了|欠|了|是|我|如果是|换成|改成|\s")


# A number with its unit, stated or not as a slot ("only 2 weeks" has no overdue cue of its own).
_DETAIL_RE = regex(r"(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十百千万半几]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of)"
                   r"\s*(?:个多|个半|个|多)?\s*(?:days?|weeks?|months?|years?|k|yuan|rmb|kuai|天|日|周|星期|月|年|元|块钱|块|万|千)"
                   r"|\b\d[\d,]*(?:\.\d+)?\b")


_IF_THEY_WIN = regex(r"赢了|胜诉|判了|\bif (they|i) (win|lose)\b")


def names_nothing(text: str, spans: list[str]) -> bool:
    """Whether a follow-up asks about the last answer's matter without naming one of its own: a
    sum with nothing to pay for ("what would I have to pay if they win?", "要赔多少钱"), or only
    details ("what if it was only 2 weeks?"; ``spans`` are the details' words as the message
    wrote them). The classifier's guess on such words is about the numbers, not the matter."""
    folded = fold(text)
    if _HOW_MUCH_RE.fullmatch(folded) and _IF_THEY_WIN.search(folded):
        return True  # a sum the last answer's outcome would cost; other sums may be penalties
    rest = folded
    for span in spans:
        rest = rest.replace(fold(span), " ")
    rest = _DETAIL_RE.sub(" ", rest)
    return rest != folded and not _FILLER_RE.sub("", rest)


# A follow-up that points back at the last answer's matter with a pronoun and asks only what it would
# bring ("what are the consequences of that?" after going dark, "how much would that cost me?" after a
# lawsuit, "那样会有什么后果", "then what?"): the matter is the last question's (cls21). A matter named
# ("how much is the late fee?", "what if I just ignore them?") is a question of its own.
_POINTS_BACK = regex(r"\b(?:that|it|this|so|then|they do|they did|i do|i did)\b|那样|这样|那么做|这么做|那个|这个|然后|接下来|^那")
_WHAT_IT_BRINGS = regex(r"\b(?:and|so|but|then|if|what|whats|how|much|bad|serious|would|will|could|can|does|do|did|is|are|be|it|that|this"
                        r"|they|i|me|my|of|the|a|to|happen|happens|next|steps?|consequences?|results?|costs?|after|really|pay)\b"
                        r"|那样|这样|那么做|这么做|那个|这个|然后|接下来|下一步|那|这|会|要|得|有|什么|后果|结果|严重|吗|呢|多少|钱|花|代价|怎样|怎么样|做|是|\s")


def refers_back(text: str) -> bool:
    """Whether a follow-up asks only what the last answer's matter would bring, pointing back at it."""
    folded = fold(text)
    return bool(folded) and _POINTS_BACK.search(folded) is not None and not _WHAT_IT_BRINGS.sub("", folded)


def farewell(engine: "Engine", text: str, reply: Reply) -> Reply:
    """The reply without follow-up suggestions when the borrower is leaving: a goodbye, or thanks
    that take leave ("谢谢，再见"). Offering more questions then would only hold them back."""
    leaving = reply.topic == GOODBYE or (says_goodbye(text) and
                                         all(engine.topic(t).kind == "conversation" for t in reply.topics))
    return replace(reply, suggestions=(), suggestion_topics=()) if leaving else reply


def _is_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)

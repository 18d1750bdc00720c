"""A writer's crisis kept open across a conversation until they say they are safe (sess87, issue 12, Round 67).

Before this round a farewell was read as a crisis only RIGHT AFTER the crisis reply (bot.continuity): "我不想活了", then a
loan question, then "好的，我已经决定了，谢谢你，再见" got a cheerful goodbye, because the loan turn between had "closed"
the crisis. Asking about the loan closes nothing. The session now remembers whether the writer's own crisis is still
open (a crisis reply spoken to the writer, not to someone helping a relative) or settled (the writer has since said they
are safe, or taken the words back: ``settles``), and reads the LAST turn in that light:

- open crisis + a turn that takes leave (a goodbye, "that's it", "就这样吧"): the crisis reply, at any later turn;
- any crisis before, even settled + a turn that closes with finality ("I've decided", "无所谓了", "you won't hear from me
  again", "替我跟我妈说声对不起"): the crisis reply (a settled crisis can open again);
- no crisis reply yet, a loan answer before + a goodbye that says the writer will trouble no one again or is done
  ("以后不会再麻烦任何人了 再见", "I'm sorry mum. I'm done. goodbye"): the crisis reply (blind17's final turns);
- a plain thanks-bye after the writer said they are safe ("我老婆陪着我" then "谢谢，再见"): a goodbye, with the check-in
  line that keeps 12356 in view (bot.continuity), not the crisis reply again.

Every reading here only ever ADDS the crisis reply to a turn of no loan matter; none takes one away, except that a
settled crisis lets a plain goodbye be a goodbye.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import followups
from .continuity_places import everyday_there, loan_answered
from .patterns import regex
from .questions import is_question
from .records import replace
from .routing_rules import SAFETY_FIRST, Route
from .safety import CRISIS
from .safety.scenes import PLACE_EN, PLACE_ZH
from .safety.farewell_turns import BYE_ONLY, THANKS_ONLY, farewell_turn, only_pieces
from .text import simplified_words

MAX_CLOSING = 80  # characters: a longer turn tells a story of its own and is read as itself
MAX_SETTLING = 160  # characters: "I talked to my sister and I'm safe, she's staying with me tonight" and a little more

# Safe now, in the writer's words (not a bare "i'm fine", "我没事", which may wave help away): well again, not in danger,
# with someone named, or the words taken back. Never help sought alone ("看了医生", "打了12356", "seeing a counsellor":
# "我没钱看医生", "saw a doctor, didn't help"), a bare "陪我"/"with me" ("谢谢你陪我聊", "no one is with me"), nor 想开了/想通了
# (in crisis talk often the mind made up: "我已经想通了"): review95 #1, mend79.
_SAFE = regex(r"没事了|好多了|好点了|好些了|好起来了|在好转|好转了|缓过来|冷静(?:下来|多)了|(?:很|挺|现在|已经)安全|不会做傻事|不会想不开|不会(?:再)?(?:乱来|伤害自己)"
              r"|气话|开玩笑|开个玩笑|说着玩|随口说|(?:家人|家里人|老婆|老公|妻子|丈夫|爸|妈|哥|姐|弟|妹|朋友|同事|室友|对象|孩子|儿子|女儿)(?:(?![不没冇唔无非未])\S){0,4}(?:陪着我|陪我)"
              r"|都在(?:我)?身边|家人都在|(?:跟|和)(?:家里人|家人|我妈|我爸|爸妈|老婆|老公)\S{0,3}说了"
              r"|\b(?:(?:im|i am|i m) (?:safe|(?:ok|okay|fine|alright|all right) now|not in danger|not going to do anything)"
              r"|(?:feel|feeling) (?:safe|better|ok|okay)|better now|calmer now|not in danger|wont (?:do|hurt) (?:anything|myself)"
              r"|(?:just |only )?(?:joking|kidding|venting|being dramatic|exaggerat\w*)|didnt mean it"
              r"|(?:my )?(?:wife|husband|partner|mum|mom|mother|dad|father|brother|sister|friend|family|son|daughter|roommate|he|she|hes|shes|they|theyre)"
              r" (?:is |are |s )?(?:here |staying )?with me)\b")
# A negation just before a safety word denies it ("我不是开玩笑", "这不是气话", "没人陪我", "i'm not joking", "i dont feel
# safe", "no one is here with me"): that word settles nothing (review95 #1, mend79).
_NEGATED_ZH = re.compile(r"(?:[不没冇唔无非未]|不是|没有|并不)\S{0,2}$")
_NEGATED_EN = re.compile(r"\b(?:not|no|nobody|noone|no one|none|dont|doesnt|didnt|cant|cannot|never|isnt|arent|wasnt|wont|wouldnt|couldnt|aint|hardly)(?: \w+){0,2} ?$")
_OTHER = regex(r"他|她|佢|爸|妈|哥|姐|弟|妹|朋友|同事|\b(?:he|she|hes|shes|him|her|they|theyre|my (?:dad|mum|mom|father|mother|brother|sister|friend|husband|wife|son|daughter))\b")
_WITH_ME = regex(r"陪着我|陪我|在我身边|我身边|\b(?:with me)\b")
_CLAUSE = re.compile(r"[，,。.!！?？;；\n]+|\s+(?:but|and|so)\s+|但是|不过|可是")
# ...never said with an end in view, a plan, or the safety denied or half taken back ("不全是开玩笑", "or not").
# (and never beside giving up, a hedge or someone who does not know: "没事了 哈哈 都无所谓了", "whatever", "for now", "my
# wife is with me but she doesn't know anything": review95 #1, mend79)
_UNSETTLED = regex(r"结束|解脱|了断|永别|最后|下辈子|反正|终于|决定|想好|准备好|安排好|计划|今晚还是|还是会|或者不是|也不全是|不全是|不完全是|不安全|并不|才怪"
                   r"|无所谓|都一样|不重要|没意义|没用|暂时|想通|想开|不能保证|不敢保证|保证不了|不知道|不晓得"
                   r"|\b(?:or not|maybe not|not really|forever|for good|decided|decision|made up my mind|plan\w*|ready|one last|last time"
                   r"|end it|anyway|not (?:safe|ok|okay|fine)|never (?:ok|okay|fine)|sure sure|(?:oh|yeah) (?:sure|right)"
                   r"|whatever|doesnt matter|nothing matters|for now|no point|cant promise|(?:doesnt|dont|didnt) know|not$)\b")
# Death words in the settling turn are only the words taken back ("刚才说想死是气话"): else the turn is no settling.
_DEATH = regex(r"死|自杀|轻生|跳|药|\b(?:die|dying|dead|kill|suicid\w*|jump|pills)\b")
# Help reached and kept up: medicine taken as prescribed is treatment, not a method ("现在在吃药，好多了", "I'm on
# medication now and doing better"; blind27's sessions, ses222). Help sought alone still settles nothing (above).
_TREATED = regex(r"(?:在|按时|坚持|每天|一直|开始|正在)吃药|医生开的药|药物治疗|\b(?:on (?:my )?(?:meds|medication)|taking (?:my )?(?:meds|medication))\b")
# ...never medicine kept, saved or hoarded ("医生开的药我都留着", "I've kept all my meds"): a method, not treatment (mend229).
_KEPT = regex(r"留着|留下|攒|存|囤|藏|收着|没吃|不吃|\b(?:saved|saving|kept|keeping|hoard\w*|stockpil\w*|stash\w*|collect\w*|not taking|stopped taking)\b")
_MEDICINE = regex(r"药|\b(?:meds|medications?|medicines?|pills|tablets|prescriptions?|doses)\b")
_TAKEN_BACK = regex(r"气话|开玩笑|开个玩笑|说着玩|随口说|\b(?:joking|kidding|venting|dramatic|exaggerat\w*|didnt mean)\b")

# Closing with finality: decided, nothing matters, troubling no one again, an apology or a message left for the family.
_FINAL = regex(r"无所谓了|都无所谓|不重要了|没意义了|都不重要|(?:不会|不用|不必)再\S{0,3}(?:麻烦|打扰|找|来)"
               r"|替我\S{0,8}(?:说|讲|告诉)|帮我\S{0,6}(?:说声|说一声|告诉)\S{0,6}(?:对不起|抱歉)|对不起\S{0,3}(?:爸|妈|家人|孩子|老婆|老公|大家)|(?:爸|妈|家人|孩子|老婆|老公|大家)\S{0,3}对不起"
               r"|\b(?:nothing matters|doesnt matter anymore|(?:you )?wont hear from me|wont (?:bother|trouble) (?:you|anyone)\w*"
               r"|tell (?:my )?\w+ (?:im|i m|i am) sorry|sorry (?:mum|mom|mama|dad|papa|everyone))\b")
# A decision, with its object unsaid ("我已经决定了，谢谢你", "i've made up my mind. bye"): final after any crisis. Said
# with an everyday object ("i've decided to take a week off work", "我想好了，周末带孩子去爬山"), only while the crisis
# is open, unless it names an end, death or a place of danger ("i've decided to go to the bridge"): review95 #3, mend79.
# ("知道该怎么做了", "I know what I need to do": the same decision told as knowing what to do, its object unsaid; sessions196)
_DECIDED = regex(r"决定了|想好了|想清楚了|谂清楚|谂好|谂定|(?:知道|明白|清楚)(?:该|要|应该)?怎么(?:做|办)了"
                 r"|\b(?:(?:ive|i have|i ve) (?:decided|made up my mind|made my decision)|made up my mind|my mind is made up"
                 r"|(?:i|i now) know what (?:i|to) (?:have to |need to |must |should |ll |will |am going to |m going to |gotta )?do)\b")
_BARE = regex(rf"(?:{THANKS_ONLY})|(?:{BYE_ONLY})|好的|好|嗯|我|已经|真的|现在|都|就这样吧?|\b(?:ok|okay|yes|yeah|well|so|just|now|really|i|for everything|everything)\b"
              r"|\W+|_")
_END_WORDS = regex(r"结束|解脱|了断|永别|最后|下辈子|\b(?:end it|for good|forever|one last|last time)\b")


def _decided(folded: str, *, crisis_open: bool) -> bool:
    """Whether the turn tells a decision that reads as final (see _DECIDED)."""
    if not _DECIDED.search(folded):
        return False
    unsaid = not _BARE.sub("", _DECIDED.sub("", folded))
    return crisis_open or unsaid or bool(_DEATH.search(folded) or _END_WORDS.search(folded) or _DANGER_PLACE.search(folded))


def final_closing(folded: str, also_bare: "re.Pattern[str] | None" = None) -> bool:
    """Whether a turn (folded) closes with finality as read with no crisis open: _FINAL, or a decision whose object
    is unsaid (once ``also_bare``'s words are taken out too: leave-taking, giving up) or names an end, death or a place
    of danger (bot.closing_after, close172)."""
    if _FINAL.search(folded):
        return True
    if not _DECIDED.search(folded):
        return False
    rest = _DECIDED.sub("", folded)  # (``also_bare`` first, while its words still stand apart: "take care"; mend179)
    rest = _BARE.sub("", also_bare.sub("", rest) if also_bare is not None else rest)
    return not rest or bool(_DEATH.search(folded) or _END_WORDS.search(folded) or _DANGER_PLACE.search(folded))


# Thanks beside a decision: the advice taken, not a bare decision ("好吧，我知道该怎么做了，谢谢", "ok, i know what to do.
# thanks"; review199, mend200).
_THANKED = regex(r"谢|感谢|\b(?:thanks?|thank you|thx|ty|cheers|appreciate\w*)\b")


def bare_decision(folded: str, also_bare: "re.Pattern[str]") -> bool:
    """Whether a turn (folded) is a decision with nothing else said once ``also_bare``'s words are out ("好吧，我明白该怎么办
    了", "fine. i know what i need to do."), no thanks beside it: ambiguous after a refusal, bot.closing_after keeps 12356
    in view (sessions196, mend200)."""
    return bool(_DECIDED.search(folded)) and not _THANKED.search(folded) \
        and not _BARE.sub("", also_bare.sub("", _DECIDED.sub("", folded)))


# The strongest of them, enough with a goodbye when no crisis has been told yet but the debt has (blind17's kinds).
# ("i'm done", "以后用不到了", "won't need this again" alone are often a satisfied user's words: only after a crisis.)
_FINAL_STRONG = regex(r"(?:不会|不用|不必)再\S{0,3}(?:麻烦|拖累|连累)(?:任何人|大家|别人|谁|家里|家人)|对不起\S{0,3}(?:爸|妈|家人|孩子|大家)"
                      r"|\b(?:wont (?:bother|trouble|burden) (?:anyone|anybody|everyone|my family)|sorry (?:mum|mom|mama|dad|papa|everyone))\b")
# A loan matter, money in hand or the debt paid: the closing is about the loan ("我想好了，明天就打电话协商"; "以后再也不借了").
_LOAN_OR_PAID = regex(r"借呗|花呗|逾期|起诉|上门|征信|分期|延期|利息|罚息|催收|协商|还款|还钱|还清|还完|结清|发工资|有钱|打电话给他们|网贷|贷款"
                      r"|\b(?:jiebei|huabei|loan|sue|court|visit|credit|interest|collectors?|instal+ments?|repay\w*|paid|pay\w*|salary|wages|call them|lawyer|extension)\b")
# Leaving, or a weaker closing that counts only while the writer's crisis is open ("就这样吧", "用不到了", "i'm done").
_LEAVING = regex(r"再见|拜拜|晚安|就这样吧|那就这样|先这样|到此为止|不聊了|我走了|先走了|用不[到着]了|不需要了"
                 r"|\b(?:bye|goodbye|good night|goodnight|see you|take care(?! of)|farewell|thats it|that s it|(?:im|i am|i m) done|wont need (?:you|this|it)\w*)\b")


# A plan told across turns (blind17's kinds: a lawsuit asked at turn 1, a place and the plan ready at turn 3): a place of
# danger with a readiness or secrecy cue, in a short turn of no loan matter, once the debt has been talked of.
# "周五晚上，公司楼顶，我都想好了", "the reservoir, friday night, it'll be quick". A time alone fixes nothing: "周六晚上去河边
# 放孔明灯", "tomorrow night at the lake, stargazing" are outings (review95 #2, mend79: a readiness cue, not a longer
# list of outings).
_DANGER_PLACE = regex(rf"{PLACE_ZH}|\b(?:{PLACE_EN})\b")
_READY = regex(r"想好了|看好了|选好了|谂好|谂定|决定好|(?:都|已经)?安排好了|准备好了|一下就好|很快就(?:好|结束|过去)|没人会(?:看见|发现|知道)|不会有人"
               r"|\b(?:after (?:everyone|everybody)\w* (?:is |are )?asleep|(?:picked|chose|chosen|found) (?:the|a|my) (?:spot|place)"
               r"|it(?:ll| will) be quick|(?:im|i am|i m) ready|nobody will (?:see|know|find|be there)|no one will (?:see|know|find|be there))\b")


# (Leisure at night, beside bot.continuity's everyday reasons: a late meal, a barbecue, fireworks, a party, a date.)
_LEISURE = regex(r"夜宵|宵夜|烧烤|撸串|喝酒|聚餐|聚会|烟花|跨年|露营|约会|看日出|看日落|\b(?:dinner|supper|party|fireworks|camping|date|drinks|bbq|barbecue|sunrise)\b")


def plan_told(folded: str, answered: Sequence[str]) -> bool:
    """Whether a short turn (folded) of no loan matter names a place of danger with a readiness or secrecy cue, in a
    conversation that has had a loan answer (see _READY)."""
    loan_before = loan_answered(answered)
    return loan_before and _closing(folded) and bool(_DANGER_PLACE.search(folded)) and bool(_READY.search(folded)) \
        and not is_question(folded) and not everyday_there(folded) and not _LEISURE.search(folded)


def _affirmed(pattern: "re.Pattern[str]", clause: str) -> bool:
    """Whether ``pattern`` matches in ``clause`` with no negation just before the match (see _NEGATED_ZH)."""
    return any(not _NEGATED_ZH.search(clause[:hit.start()]) and not _NEGATED_EN.search(clause[:hit.start()])
               for hit in pattern.finditer(clause))


def settles(said: str) -> bool:
    """Whether a turn says the writer is safe now or takes their words back ("我已经跟家里人说了，现在很安全", "i'm ok now,
    my sister is staying with me", "刚才是气话，我没事"), with no negation before the safety word ("我不是开玩笑"), and no end,
    plan, giving up or half take-back beside it (see _UNSETTLED). The caller also settles nothing on a turn that is
    itself read as a crisis (bot.session)."""
    folded = simplified_words(said).strip()
    if not folded or len(folded) > MAX_SETTLING or _UNSETTLED.search(folded):
        return False
    clauses = _CLAUSE.split(folded)
    # (said of the writer: "我妈没事了", "she's ok now" settle nothing of the writer's; someone with the writer does)
    mine = any(_affirmed(_SAFE, clause) and (not _OTHER.search(clause) or _WITH_ME.search(clause)) for clause in clauses)
    if _KEPT.search(folded) and _MEDICINE.search(folded):
        return False  # (medicine kept, saved or hoarded settles nothing, whatever else is said: mend229)
    treated = _TREATED.sub(" ", folded)
    return mine and (not _DEATH.search(treated) or any(_affirmed(_TAKEN_BACK, clause) for clause in clauses))


# A plain thanks-and-goodbye, nothing else (an ALLOW-LIST, as bot.after_crisis_lists): what a settled crisis lets be a
# goodbye. Any other word ("that's it", "就这样吧", "take care of them") is read by the rules above.
_PLAIN = re.compile(rf"(?:{THANKS_ONLY})|(?:{BYE_ONLY})|(?:that s all i needed|thats all i needed|好的|好|嗯|ok|okay)")
_BYE = re.compile(rf"(?:{THANKS_ONLY})|(?:{BYE_ONLY})")


def _closing(folded: str) -> bool:
    return 0 < len(folded) <= MAX_CLOSING and not _LOAN_OR_PAID.search(folded)


def short_closing(folded: str) -> bool:
    """Whether a turn (folded) is short enough to be read as a closing and names no loan matter or money in hand."""
    return _closing(folded)


def carried(said: str, route: Route, own: Route, answered: Sequence[str], *, crisis_open: bool, settled: bool) -> Route:
    """``route``, or the crisis reply for a last turn read in the light of the conversation (see the module doc).
    ``own``: the turn's own reading (before the safety replies before it were weighed); ``answered``: the topics of every
    reply before; ``crisis_open``: the writer's own crisis was told and not settled; ``settled``: the writer said they are
    safe since the last crisis reply spoken to them."""
    folded = simplified_words(said).strip()
    if settled and route.rule == "context" and route.topics == (CRISIS,) and not set(own.topics) & set(SAFETY_FIRST) \
            and own.topics[0] in ("goodbye", "thanks") and only_pieces(folded, _PLAIN, _BYE):
        return replace(own, check_in=True)  # "谢谢，再见" after "我老婆陪着我，我很安全": a goodbye, 12356 kept in view
    if set(route.topics) & set(SAFETY_FIRST):
        return route
    if not _closing(folded):
        return route
    if CRISIS in answered:
        leaving = bool(_LEAVING.search(folded)) or followups.is_leaving(folded) or farewell_turn(folded) or route.topics[0] == "goodbye"
        if (crisis_open and leaving and not settles(said)) or _FINAL.search(folded) or _decided(folded, crisis_open=crisis_open):
            return replace(route, topics=(CRISIS,), rule="context", choices=(), check_in=False)
        return route
    if plan_told(folded, answered):
        return replace(route, topics=(CRISIS,), rule="context", choices=(), check_in=False)
    loan_before = loan_answered(answered)
    if loan_before and _FINAL_STRONG.search(folded) and (_LEAVING.search(folded) or route.topics[0] in ("goodbye", "thanks")):
        return replace(route, topics=(CRISIS,), rule="context", choices=(), check_in=False)
    return route


__all__ = ["bare_decision", "carried", "final_closing", "plan_told", "settles", "short_closing"]

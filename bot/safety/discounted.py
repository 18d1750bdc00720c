"""Whether one abuse cue's match is not a report of abuse (split out of abuse.py, split159).

A cue does not count right after a negation ("没有骂我也没有威胁", "no threats", "nobody from alipay has been
rude"), in a fear of what may happen, in a clause that asks whether it will happen (asked.py), in hearsay or
someone else's story (hearsay.py), when the one speaking or threatening is family ("我妈说再借就打断我的腿", "my
parents will kill me"), when it is supposed ("if a collector threatened me…") or asked whether it counts ("这个算骚扰
吗"), and where a look-alike module reads an everyday act (alike, lookalikes, exposure, errands, ordinary, watching).
abuse.py passes ``discounted`` to the readers that add cues, so every cue is judged the same way.
"""

from __future__ import annotations

import re

from ..patterns import regex
from .clauses import KIN_EN, KIN_ZH, NEGATING_BIE
from .threats import asked_for, hyperbole, life_threatened
from .collectors import AGGRAVATION_EN, AGGRAVATION_ZH, PEOPLE_EN
from .asked import SAID_EN, SAID_ZH, UNSAID_ZH, asked, asked_in_its_clause, asked_text_came
from .hearsay import hearsay_clause
from .alike import asked_of_the_bot, no_harm, question_opens_clause, school_sent  # (safe32, safe36)
from .exposure import set_apart  # (safe38)
from .lookalikes import lawful_step  # (safe40)
from .errands import shop_complaint  # (safe49)
from .implied import ASKING_AGGRAVATED  # (mend48)
from .ordinary import ordinary  # (mend59)
from .watching import unrelated  # (abuse86)
from .own_acts import own_act  # (abuse195)

_NEEDS_AGGRAVATION = {"contact"}
_AGGRAVATED = regex(rf"{AGGRAVATION_ZH}|\b({AGGRAVATION_EN})")  # words, not parts of words ("call my" is not "all my")
# Shaming is a collector's act when it is about the debt, the borrower's details or an insult, or
# someone else does it: "在公司群里发错了表情包" is the borrower's own embarrassment.
# (A collection business named, "楼下开了个讨债公司", is not the debt.)
_SHAME_ABOUT = regex(r"被(挂|贴|发|写|喷|印|传|曝光|公开)|欠|(?<!讨)债(?!公司)|借钱|借款|贷款|我的事|老赖|骗子|诈骗|催(?!收公司|债公司)|他们|对方|有人|身份证|照片|截图|信息|名字|电话|骂|逾期|裸照|p图|大字报|拉横幅|拉条幅|还钱|不还|通缉"
                     r"|\b(debts?|owe\w*|loans?|collect\w*|agents?|agency|caller|lender|guy|man|men|woman|stranger|pay|repay|they|them|theyll|theyd|someone|he|she|hell|shell|hed|shed|deadbeat|scam\w*|fraud\w*|thief|criminal"
                     r"|id|photos?|pictures?|names?|numbers?|address|face|posters?|flyers?|banner)\b")
_ASKING_AGGRAVATED = regex(ASKING_AGGRAVATED)  # (implied.py)
_NEEDS_PEOPLE_EN = {"violence", "veiled"}  # "she'd kill me if I took another loan" is a wife, not a collector
_KIN_ACTS_ZH = regex(rf"({KIN_ZH})(们)?.{{0,10}}(说|骂|威胁|打断|杀了我|非杀)")
_KIN_ACTS_EN = regex(
    rf"\b({KIN_EN}|landlord|landlady|boss|neighbou?r|teacher|roommate|flatmate)s? (is |are |was |keeps |kept |always |would |will |literally |gonna |going to |d |ll )*"
    r"(say|says|said|keeps saying|kept saying|told|tells|was joking|joked|is threatening|threatened|threatens|kill|scold\w*|yell\w*|shout\w*"
    r"|scream\w*|freak\w*|cried|panick\w*|saw|found out)\b")
_COLLECTOR_ZH = regex(r"催收|催款|催债|要债|讨债|收债|第三方|外包|资产管理|法务|对方|他们|有人|陌生|那个人|这个人|男的|女的|号码|短信|电话里|客服|律师|自称|冒充")
_COLLECTOR_EN = regex(rf"\b({PEOPLE_EN}|theyd|theyll|theyre|theyve)s?\b")  # plurals: "collectors said they’d kill…" (probe13)
_COLLECTOR_NOUN_EN = regex(r"\b(collector|collection|agent|agency|caller|lender|company|stranger|guy|man|men|someone|somebody)s?\b")
_PAY_CONDITION_EN = regex(r"\b(if|unless) (i|you) (dont |do not |cant |can not )?(pay|repay)|better pay|pay up|pay or else")
# "要不要", "是不是", "会不会" ask; they do not negate.
_NEGATION_ZH = regex(r"(没|没有|不算|(?<!是)不是|也没|并没有|从没|从来没|(?<!想)不想|(?<!愿)不愿|(?<!会)不会|" + NEGATING_BIE + r"|(?<!要)不要|怕|害怕|担心)\S{0,3}$")
_NEGATION_EN = regex(
    r"\b(no|not|never|didnt|did not|havent|have not|hasnt|has not|wasnt|werent|isnt|arent|nothing|without|dont|doesnt"
    r"|nobody|no one|none of them)( (has|have|had|ever))?"
    r"( (really|even|ever|actually|saying|say|think|that|they|theyre|theyve|been|being|so|too|very|any|once|yet|me|or))?"
    r"( (really|even|ever|actually|saying|say|think|that|they|theyre|theyve|been|being|so|too|very|any|once|yet|me|or))? ?$")


# One close to the writer, or the police, as the one who knows where someone is (abuse239, Round 122).
_KNOWER_KIN = regex(rf"(?:{KIN_ZH}|邻居|老师|班主任|警察|民警|警官)(?:们)?(?:也|都|早就|一直|肯定|当然)?$")
_NOBODY_EN = regex(r"\b(nobody|no one|none of them|never)\b(\s+\w+){0,7}\s*$")  # "nobody from alipay has been rude"


# "我要是报警说催收骚扰我": what one would tell the police, not what happened.
_RECOURSE_IF = regex(r"(如果|要是|假如|万一)(我)?(去)?(报警|投诉|举报)|\bif (i|we) (report|go to the police|call the police|complain)")


def _kin_acts_zh(context: str) -> bool:
    """Kin as the one speaking or scolding ("我妈…把我骂了一顿"), not as the one called or told
    ("给我爸妈打电话说…", "告诉我妈…"): the few characters before the kin word decide."""
    return any(not _TO_KIN.search(context[max(0, m.start() - 3):m.start()]) for m in _KIN_ACTS_ZH.finditer(context))


_TO_KIN = regex(r"给|告诉|找|跟|向|对|打到|联系")


def family_talk(text: str, context: str) -> bool:
    """Whether a relative, not a collector, is the one speaking or acting ("我妈骂了我一顿").
    "they called my mom, threatened me": a clause opening with a past verb has the subject of
    the clause before ("they"), so a relative named there is whom they called, not who threatened."""
    kin_context = text if _PAST_VERB_FIRST_EN.match(text) else context
    return bool((_kin_acts_zh(context) and not _COLLECTOR_ZH.search(context)) or (
        _KIN_ACTS_EN.search(kin_context) and not _COLLECTOR_NOUN_EN.search(context)))


# A collector's act supposed, with the collector as the subject of "if" ("如果催收骂我或者威胁我，我可以录音
# 报警吗", "Hypothetically, if a collector threatened me..."); not a collector's own "if you don't pay"
# (他们说如果我不还就…: the one supposed to act is the borrower).
_SUPPOSED = regex(r"(如果|要是|假如|假设|假若|万一)(以后|哪天|有一天|将来)?(催收|他们|对方|有人|催债的)(?!\S{0,2}(再|还|又|继续))\S{0,12}$"
                  r"|\b(if|suppose|supposing|what if|in case|hypothetically if) (one day |someday |ever )?(a |the |some |any )?(collectors?|they|someone|somebody|agents?|callers?)\b(?!.{0,30}\b(again|still|keep)\b)[^.?!]{0,40}$")
_COUNTS_AS = regex(r"算(不算)?(是)?(骚扰|威胁|暴力催收|恐吓)(吗|么|嘛)|\b(count|counts) as (harassment|a threat|abuse)\b")
_KIN_VISITS_ZH = regex(rf"({KIN_ZH})(们)?(一直|还|就|又|都|天天|每天|非要|硬要)?$")
_PAST_VERB_FIRST_EN = regex(r"\s*[a-z]+ed\b")
_OPENING_ZH = regex(r"^(昨天|今天|前天|刚才|刚刚|后来|结果|然后|接着|又|还|就|竟然|居然|直接|已经)+")
_AGENT_ZH = regex(r"他|她|平台|支付宝|借呗|花呗|公司|银行|\S{0,6}的人")  # a subject opening the clause before 告诉: not the writer
_CHORE_KILLS_ZH = regex(r"(工作|作业|加班|考试|项目|论文|这道题|这题|熬夜|上班|学习|老板|领导|孩子)(真的|简直|真是|都|快|迟早|早晚)*(要|会|能)?$")
_SPEAKER_WOULD_EN = regex(r"\bi (could|will|would|wanna|want to|ll|am going to|m going to|am gonna|m gonna)( (literally|actually|just|honestly|seriously|totally))? $")
_FEARED_ZH = regex(r"担心|怕的是|最怕|就怕|怕他们|怕会|害怕他们|害怕会|怕催收")
_FEARED_EN = regex(r"\b(afraid|scared|worried|terrified|fear) (that |of )?(they|collectors|someone|the collectors|it)\b")


def discounted(name: str, text: str, match: re.Match[str], context: str) -> bool:
    """Whether a cue match is not a report of abuse (see the module docstring)."""
    before = text[: match.start()]
    if _NEGATION_ZH.search(before[-6:]) or _NEGATION_EN.search(before) or _NOBODY_EN.search(before):
        return True
    came = asked_text_came(text, match)  # the content of a message another clause says came: not asked, feared or hearsay (mend56)
    if not came and (_FEARED_ZH.search(before[-16:]) or _FEARED_EN.search(before[-40:])):
        return True  # "我最怕的是他们派人去我老家": a fear of what may happen, however habitual the rest
    threat = life_threatened(text, context)  # a threat to the writer's life, from anyone (threats.py)
    # (English words stand further from the cue: "does it count as harassment"; review21)
    reach = 12 if match.group(0).isascii() else 4
    if _COUNTS_AS.search(text[max(0, match.start() - reach):match.end() + reach]):
        return True  # "这个算骚扰吗": whether it counts, asked of what was described as polite (safe12)
    if not came and question_opens_clause(text, match, lambda told: SAID_ZH.search(UNSAID_ZH.sub("", told)) is not None):
        return True  # "他们会不会打给我妈说我欠钱不还", "…called three times, is that harassment?": asked (safe32)
    if asked_of_the_bot(text, match, context):
        return True  # "what even is this app, are you going to harass me too?": a joke at the bot (safe36, alike.py)
    if _SUPPOSED.search(before):
        return True  # "if a collector threatened me, could I report them?": supposed, not told (safe12)
    if not came and (asked(text, context) or asked_in_its_clause(text, match)
                     or ((hearsay_clause(text) or family_talk(text, context)) and not threat)) or _RECOURSE_IF.search(text):
        return True
    if name == "shaming" and match.group(0).isascii() and not before.strip():
        return True  # "posted my goodbye on weibo": no one named as the one posting; the borrower did
    if name in _NEEDS_AGGRAVATION and not _AGGRAVATED.search(text):
        return True
    if name == "asking_around" and not _ASKING_AGGRAVATED.search(text):
        return True  # "有人在我们村到处打听我，是上门催收吗": asked after, nothing told, threatened or refused (mend48)
    if own_act(name, text, match, context):
        return True  # "I've been texting my friends thank you…", "I used an AI voice app": the writer's act (abuse195)
    if name == "contact" and match.group(0).startswith(("告诉", "通知")) and not _COLLECTOR_ZH.search(context) \
            and not _AGENT_ZH.match(_OPENING_ZH.sub("", before.rsplit(" ", 1)[-1])):
        return True  # "存款密码也告诉了我妹": the writer told her; no collector in the message (probe14)
    if name == "visit" and _KIN_VISITS_ZH.search(before) and not _COLLECTOR_ZH.search(context):
        return True  # "我朋友坐在我家不走": a friend or relative who stays is no collector (safe12)
    if name == "shaming" and not _SHAME_ABOUT.search(context):
        return True
    if name == "shaming" and school_sent(text, match):
        return True  # "学校发来了孩子春游的照片": the school's news, not a collector's (safe36, alike.py)
    if name == "violence" and match.group(0).startswith("知道") and _KNOWER_KIN.search(before):
        return True  # "我朋友知道我女儿学校在哪，帮我接了孩子": a friend's or relative's knowledge, no collector's (abuse239)
    if name == "violence" and asked_for(text):
        return True  # "if I can't pay jiebei, just kill me": one's own death asked for, a crisis (review27)
    if name == "violence" and (_CHORE_KILLS_ZH.search(before[-10:]) or hyperbole(context) or (
            _SPEAKER_WOULD_EN.search(before[-40:]) and not SAID_EN.search(before))):
        return True  # "这份工作要杀了我", "I could literally kill my brother": venting, not a threat (probe12)
    if lawful_step(name, text, match, context):
        return True  # a court's step named as what may come, people sent to verify (lookalikes.py, safe40)
    if set_apart(name, text, match, context):
        return True  # published without the debt, blasting by the writer, 陪 a client, a document's photo (safe38)
    if shop_complaint(name, text, match, context):
        return True  # a complaint about a shop's fake order (errands.py, safe49)
    if ordinary(name, text, match, context):
        return True  # a token of death mourned, an eviction or a job lost with no collector named, a school's own fee (mend59)
    if name == "violence" and no_harm(text, match):
        return True  # "我跟踪了一下还款进度", "will hurt my credit score": no one followed or harmed (safe32, alike.py)
    if unrelated(name, text, match, context):
        return True  # no collector's act: another sender, a kind remark, a check (watching.py, abuse86, mend81)
    if name == "veiled" and not (_COLLECTOR_NOUN_EN.search(context) or _PAY_CONDITION_EN.search(context)):
        return True  # "he said be careful at night, there were robberies": a warning is veiled only from a collector (abuse195)
    if name in _NEEDS_PEOPLE_EN and match.group(0).isascii() and not threat and not (
            _COLLECTOR_EN.search(context) or _PAY_CONDITION_EN.search(context)):
        return True
    return False


__all__ = ["discounted", "family_talk"]

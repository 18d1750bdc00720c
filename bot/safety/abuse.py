"""Abusive collection, recognised from what collectors do: threats of violence or jail, insults,
telling the borrower's family, employer or contacts, shaming in public or in group chats,
publishing photos or ID, posing as police, a court or a lawyer, fake legal papers and "立案"
texts, sexual harassment, visitors who will not say who they are, and calls without end.

What a collector *did* is abuse; what *may* happen is a loan question. "会不会打电话给我爸妈" and
"will they contact my family?" are answered by the loan topics, as are fears the borrower has only
heard of ("听说会爆通讯录", "people online say they put up posters"). So a cue does not count in a
clause that asks whether something will happen, in a message that only reports hearsay, right
after a negation ("没有骂我也没有威胁", "no threats"), or when the one speaking or threatening is
family ("我妈说再借就打断我的腿", "my parents will kill me").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..patterns import Guarded, Prefilter, needs, regex
from .clauses import KIN_EN, KIN_ZH, NEGATING_BIE, any_of
from .threats import asked_for, extorted, hyperbole, life_threatened
from .reach import calls_unreceived  # mend68
from .collectors import AGGRAVATION_EN, AGGRAVATION_ZH, CUES_EN, CUES_ZH, PEOPLE_EN
from .hearsay import _EVENT_EN, _EVENT_ZH, _HEARSAY_EN, _HEARSAY_ZH  # (split out, safe16)
from .alike import asked_of_the_bot, no_harm, question_opens_clause, school_sent  # (safe32, safe36)
from .exposure import set_apart  # (safe38)
from .lookalikes import checked_notice, lawful_step  # (safe40, mend81)
from .errands import shop_complaint  # (safe49)
from .implied import ASKING_AGGRAVATED  # (mend48)
from .disguise import disguised_abuse  # (safe42)
from .ordinary import ordinary  # (mend59)
from .watching import ADDS_ONLY, reaching_back, unrelated  # (abuse86)
from .demands import demanded  # (abuse99)
from .legitimacy import framed, told_infinitive  # (legit104)
from .impostors import forged  # (fake116)
from .third_parties import through_others  # (fake116)
from .presence import presence  # (ident137)

_NEEDS_AGGRAVATION = {"contact"}
_AGGRAVATED = regex(rf"{AGGRAVATION_ZH}|\b({AGGRAVATION_EN})")  # words, not parts of words ("call my" is not "all my")
# Shaming is a collector's act when it is about the debt, the borrower's details or an insult, or
# someone else does it: "在公司群里发错了表情包" is the borrower's own embarrassment.
# (A collection business named, "楼下开了个讨债公司", is not the debt.)
_SHAME_ABOUT = regex(r"被(挂|贴|发|写|喷|印|传|曝光|公开)|欠|(?<!讨)债(?!公司)|借钱|借款|贷款|我的事|老赖|骗子|诈骗|催(?!收公司|债公司)|他们|对方|有人|身份证|照片|截图|信息|名字|电话|骂|逾期|裸照|p图|大字报|拉横幅|拉条幅|还钱|不还|通缉"
                     r"|\b(debts?|owe\w*|loans?|collect\w*|agents?|agency|caller|lender|guy|man|men|woman|stranger|pay|repay|they|them|theyll|theyd|someone|he|she|hell|shell|hed|shed|deadbeat|scam\w*|fraud\w*|thief|criminal"
                     r"|id|photos?|pictures?|names?|numbers?|address|face|posters?|flyers?|banner)\b")
_ASKING_AGGRAVATED = regex(ASKING_AGGRAVATED)  # (implied.py)
_NEEDS_PEOPLE_EN = {"violence"}  # "she'd kill me if I took another loan" is a wife, not a collector

# A fear put as a certainty asks too: "是不是要派人来了", "肯定会上门吧", "会打给我家人，对吧" (cls17); 居委会's 会 is no "will" (abuse52; its 是否/会否
# were removed by mend68: "是否可以每日拨打三十余次并辱骂本人" is a formal report, not a question of what may happen).
_ASKS_ZH = regex(r"是不是(就|快|马上)?要|(?<![委社协聚])会.{0,16}(吧|对吧|是吧|对不对)$|会不会|(?<![委社协聚])会\S{0,15}吗|(?<![委社协聚])会(联系|打|找|通知|告诉|上门|去|发(?!生)|爆|骂|曝光)|是不是会|是真的吗|真的吗|真的会|可能会|万一|如果|要是|假如|担心|怕(的是|就怕)?(会|他们|催收|接到|被)|最怕|就怕|听说|有人说|据说")
_ASKS_EN = regex(
    r"^(will|would|could|might|can|do|does|is|are|should)\b|^why (dont|doesnt|do not|does not) (online |most |other )?(lenders|platforms|companies|banks|apps|collectors|people)\b(?! stop)|\b(will|would|could|might) (they|he|she|the|collectors|anyone|anybody|someone|somebody|people|it|jiebei|huabei)\b"
    # a tag question ("they're going to show up, aren't they?"): clauses.py keeps it with its statement
    r"|\b(arent|wont|isnt|dont|doesnt|wouldnt|right)( (they|it|he|she|you|we))?$"
    r"|is it true|is it normal|what counts|what if|just asking|in advance|\bever\b|worried|afraid|scared(?! by\b)|has anyone"
    # "I want to know if they'll call my boss", "I wonder whether they'd tell my wife" (probe17)
    r"|\b(know|wonder|wondering|ask|asking|tell me|sure|curious) (if|whether) (they|he|she|the|collectors|anyone|someone|jiebei|huabei)(ll|d| will| would)?\b"
    r"|(that|thatll|itll|it will|it might) happen to me|^(if|suppose|in case)\b|how (long|soon) (until|before|till)|when (will|would) (they|he|she|collectors)|before they")
_CONTINUES = regex(r"(或者|或是|还是|或|or|and|also)\b|(或者|或是|还是)"
                   # A clause that opens with a bare verb has no subject of its own: it goes on
                   # with the clause before ("will they sue me, visit me, call my family?").
                   r"|(call|visit|contact|text|message|tell|sue|hurt|ruin|harass|threaten|send|post|show up"
                   r"|come|go after|take|report|put|publish|share|expose|shame)\b")


def continues(clause_text: str) -> bool:
    """Whether a clause goes on with the one before it (a conjunction, or a verb with no subject)."""
    return _CONTINUES.match(clause_text.strip().lower()) is not None
# Not having told anyone is not something said: "他们会告诉我爸妈吗，我还没跟家里说" asks (probe12).
_UNSAID_ZH = regex(r"(还|都|从来)?(没|没有|不敢|不想|不好意思)(跟|和|对|向)?\S{0,4}说")
_SAID_ZH = regex(r"说(?!话)|威胁|扬言|声称|(?<!发)短信|(?<!发)消息|已经|昨天|今天|前天|刚才|上周|天天|每天|一直(?!没|不|都没)|又")
# An English clause asked with a question mark only, no question word: "they come to my home??".
_ASKED_WITHOUT_WORDS = regex(r"(^|\s)(they|he|she|collectors?|someone|somebody|people|jiebei|alipay) (\w+ )?(come|go|visit|call|contact|send|sue|find|take|arrest|put|post|tell)\b")
_HABIT_EN = regex(r"\b(every ?day|daily|always|again|all the time|non ?stop|each day|every night|keep|each time)\b")
_SAID_EN = regex(r"\b(said|says|saying|told|threatened|texted|messaged|sent|called|rang|posted|came|showed|already|yesterday|today|keeps?|kept|started|got|received)\b")
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


# The borrower says it has not happened to them: whatever the message describes is hearsay.
_DENIAL = regex(r"nothing like (that|this)|(havent|have not|hasnt|has not|never) (had|seen|experienced) any of (that|this)|none of (that|this)|(hasnt|has not|havent|have not) happened to me|没有发生在我身上|(我)?还没(有)?遇到|我没遇到过")
_SOMEONE_ELSE = regex(
    r"(同事|朋友|邻居|亲戚|别人|有人|有个人|同学).{0,8}(被(催收|催|网贷)|网贷逾期|逾期了|欠了)"
    r"|\b(my )?(friend|coworker|colleague|neighbou?r|cousin|classmate|someone i know)s? (got|had|was|were) .{0,30}collect"
    r"|\b(friend|coworker|colleague|neighbou?r|cousin|classmate|brother|sister)s? (\w+ )?(collectors?|lenders?|loan app)\b")


_FIRST_PERSON = regex(r"我|\b(i|im|me|my|myself|mine)\b")


_NOBODY_EN = regex(r"\b(nobody|no one|none of them|never)\b(\s+\w+){0,7}\s*$")  # "nobody from alipay has been rude"


# A reminder told as polite, with nothing threatening or fake in the message (safe6: "说是借呗合作的
# 律所，语气挺客气的，就是提醒我尽快还款"): the borrower asks whether it is genuine; no abuse is told.
# A negated 客气 is menace, not politeness ("那些人可不会跟你客气", "说话很不客气": mend124).
_POLITE = regex(r"(?<![不你])(?<!你这么)(?<!你那么)客气|礼貌|态度(挺|很|还|倒)?(好|不错)|\b(polite|politely|courteous|friendly)\b")
_MENACE = regex(r"抓|坐牢|拘留|逮捕|威胁|骂|吓|转账|个人账户|私人账户|假|冒充|骚扰|曝光|通讯录|上门|半夜|群|朋友圈|照片|身份证|一开始|后来|住在哪|一个人住|陪|暧昧"
                r"|\b(threat\w*|arrest\w*|jail|prison|fake|pretend\w*|personal account|harass\w*|swore|insult\w*|group|photos?|id card|posted|at first|but then|until|where i live|live alone)\b")


# The same searches, skipped where they cannot match (speed only; bot.patterns.Guarded).
_GUARDED_HEARSAY_ZH, _GUARDED_HEARSAY_EN = Guarded(_HEARSAY_ZH, branches=False), Guarded(_HEARSAY_EN, branches=False)


def hearsay_only(message: str) -> bool:
    """The message reports what others say may happen, and nothing a collector did."""
    if _DENIAL.search(message):
        return True
    if life_threatened(message):
        return False  # "我老公说要杀了我": told by the one threatened, not passed on (safe12)
    if _POLITE.search(message) and not _MENACE.search(message):
        return True
    return bool((_GUARDED_HEARSAY_ZH.search(message) or _GUARDED_HEARSAY_EN.search(message))
                and not (_EVENT_ZH.search(message) or _EVENT_EN.search(message)))


def about_someone_else(message: str) -> bool:
    """The message tells of what happened to someone else ("同事网贷逾期了，催收打到公司")."""
    return bool(_SOMEONE_ELSE.search(message))


# Each cue with the characters one of which its every match contains (bot.patterns_needs): a
# window with none of them is not searched, which skips most of the searches.
_CUES = Prefilter([((name, pattern), needs(pattern)) for name, pattern in (*CUES_ZH, *CUES_EN)])


def _found(window_text: str, context: str = "") -> list[tuple[str, tuple[re.Match[str], ...]]]:
    """The cues whose wording is in a window, each with its matches, in the cues' order. reach.py's count of calls is no
    cue at all (matched nor set aside, so it never vetoes the classifier) unless the calls are received about a debt
    (mend68)."""
    return [(name, matches) for name, matches in _matched(window_text) if not calls_unreceived(name, window_text, context)]


# Every cue's matches in a window, remembered by the window's text alone: the rules, the learned reader's gate
# (set_aside) and the question splitter's clauses read the same windows within one ask, each beside its own context
# (speed only: the same matches in the same order, read by the same tests; PERF_LOG part 31).
@lru_cache(maxsize=256)
def _matched(window_text: str) -> tuple[tuple[str, tuple[re.Match[str], ...]], ...]:
    found = []
    for name, pattern in _CUES.possible(window_text):
        matches = tuple(pattern.finditer(window_text))
        if matches:
            found.append((name, matches))
    return tuple(found)


def abuse_cues(window_text: str, context: str, someone_else: bool = False, question_marked: bool = False,
               whole: str = "") -> list[str]:
    """The names of the abuse cues in one window of folded text. ``context`` is the window with
    the clause before it, where the person speaking is often named ("我妈知道了 把我骂了一顿").
    In a story about ``someone_else``, only windows that involve the borrower count.
    ``question_marked``: the window's last clause ended with a question mark in the message. ``whole``: the folded
    message, where a checkable court notice is looked at for fakery (lookalikes.checked_notice)."""
    if someone_else and not _FIRST_PERSON.search(window_text):
        return []
    if question_marked and _ASKED_WITHOUT_WORDS.search(window_text) and not (
            _SAID_EN.search(window_text) or _HABIT_EN.search(window_text)):
        # "jiebei late 3 month, they come to my home??": a question asked without "will" (written
        # by a non-native speaker), not a report; "they came…?" and "they call my mom every day?" stay.
        return []
    found = []
    for name, matches in _found(window_text, context):
        for match in matches:
            if _discounted(name, window_text, match, context):
                continue
            if name == "fake_legal" and checked_notice(context or window_text, whole):
                continue  # a checkable court notice: not abuse, yet no veto on the learned reader (mend81)
            found.append(name)
            break
    if "violence" not in found and extorted(window_text, context):
        found.append("violence")  # paying back as the condition of a threat to life (threats.py)
    found += reaching_back(window_text, context, found, _discounted)  # agent x act x target over three clauses (watching.py)
    found += demanded(window_text, context, _discounted)  # demands and fees beyond the loan, coerced pledges, paint (demands.py)
    found += forged(window_text, context, whole, _discounted)  # a notice with a sign of forgery (impostors.py, fake116)
    found += through_others(window_text, context, whole, _discounted)  # people outside the loan (third_parties.py)
    found += presence(window_text, context, whole, _discounted)  # acts of presence and identity (presence.py, ident137)
    if not found and disguised_abuse(window_text):
        found.append("insult")  # a collector's insult or token of death written in initials or an emoji (disguise.py)
    return found


# Words of abuse or of complaining about it, for checking the classifier's abusive_collection guess.
_ABUSE_TALK = any_of(r"投诉|举报|12378|报警|骚扰|威胁|骂|侮辱|恐吓|暴力|冒充|律师函|传票|立案|通讯录|p图|吓唬|野蛮|过分|凶|打断|弄死|找人|收拾",
                     r"complain|report|harass|threat|abus|insult|intimidat|violent|fake|pretend|curs|swear|rude|police"
                     r"|kill|hurt|beat|break|stab")


def abuse_talk(window_text: str, context: str) -> bool:
    """Whether a window speaks of abusive collection or complaints, other than as a question
    about what may happen, a negation or family talk."""
    return any(not _recourse_asked(window_text, match) and not _discounted("talk", window_text, match, context)
               for match in _ABUSE_TALK.finditer(window_text))


# Asking what one may do about something ("我能报警吗", "can I report them?") is not a report of it.
_RECOURSE = regex(r"投诉|举报|报警|12378|complain|report|police")
_RECOURSE_ASKED = regex(r"(能|可以|能不能|可不可以|该不该|要不要|怎么|如何|应该)(去)?(投诉|举报|报警)|(哪里|哪儿|找谁|向谁|跟谁|去哪)(去)?(投诉|举报|报警)|(投诉|举报|报警)(有用)?(吗|么)"
                        r"|\b(can|could|should|do|how do|how can|where (do|can)) (i|we) (complain|report|call the police|go to the police)")


# "我要是报警说催收骚扰我": what one would tell the police, not what happened.
_RECOURSE_IF = regex(r"(如果|要是|假如|万一)(我)?(去)?(报警|投诉|举报)|\bif (i|we) (report|go to the police|call the police|complain)")


def _recourse_asked(window_text: str, match: re.Match[str]) -> bool:
    """Whether the match is a recourse the borrower asks about, not abuse told."""
    return _RECOURSE.fullmatch(match.group(0)) is not None and _RECOURSE_ASKED.search(window_text) is not None


def set_aside(window_text: str, context: str) -> bool:
    """Whether an abuse cue is in the window but was discounted (negated, asked, hearsay, family
    talk): "没有骂我也没有威胁" must not reach the learned detector, which cannot read negation. watching.py's cues
    only add: one set aside vetoes nothing the learned detector reads (abuse86)."""
    for name, matches in _found(window_text, context):
        if name in ADDS_ONLY:
            continue
        for match in matches:
            if _discounted(name, window_text, match, context):
                return True
    return False


def _kin_acts_zh(context: str) -> bool:
    """Kin as the one speaking or scolding ("我妈…把我骂了一顿"), not as the one called or told
    ("给我爸妈打电话说…", "告诉我妈…"): the few characters before the kin word decide."""
    return any(not _TO_KIN.search(context[max(0, m.start() - 3):m.start()]) for m in _KIN_ACTS_ZH.finditer(context))


_TO_KIN = regex(r"给|告诉|找|跟|向|对|打到|联系")


def reported(window_text: str, context: str) -> bool:
    """Whether a window could report something a collector did: not a "will it happen" question,
    not hearsay or someone else's story, not family talk. The agreement a learned abuse guess
    needs (the learned detector knows wording, not who did what or whether it happened)."""
    return not (_asked(window_text, context) or _hearsay(window_text) or _family_talk(window_text, context))


# The text a question asks about is no text told (cls23): "联系人会收到短信吗", "will my contacts get texts saying
# i owe" ask whether a message will come; 短信 and "saying" name its content, not one that came.
_ASKED_TEXT_ZH = regex(r"会(?:不会)?(?:收到|接到)[^，,。！？!?\s]{0,6}?(?:短信|消息|信息|电话)(?:说)?")
_ASKED_TEXT_EN = regex(r"\b(?:texts?|messages?|sms|emails?|notes?|calls?)(?: to(?: \w+){1,4}?)? saying\b")
# ...unless the window tells that such a message came (mend56, review64: "会收到说我诈骗的短信吗 昨天已经有人收到了",
# "我妈刚才给我看了", "好多人问我了"): then the asked clause names the content of a message that came.
_RECEIPT_TOLD_ZH = regex(r"(?<!没)(?<!没有)(?<!未)(?<!不)(?:收到|接到|看到|问我|问了我|给我看|发给我|转给我|发来)(?:了|过)")


def _said_zh(text: str) -> bool:
    """Whether a Chinese clause tells something said or done (_SAID_ZH), leaving out what it says was not
    said (_UNSAID_ZH) and a message it asks will come (_ASKED_TEXT_ZH)."""
    return _SAID_ZH.search(_ASKED_TEXT_ZH.sub("会收到", _UNSAID_ZH.sub("", text))) is not None


def _asked_text_came(text: str, match: re.Match[str]) -> bool:
    """Whether the cue sits in a clause asking whether a message will come (_ASKED_TEXT_ZH) while
    another clause of the window tells one came ("…会收到说我诈骗的短信吗 我闺蜜说她收到了"): told, not
    asked nor someone else's story (mend56). Local: the asked clause and the told receipt only."""
    start, end = text.rfind(" ", 0, match.start()) + 1, text.find(" ", match.end())
    clause = text[start:] if end < 0 else text[start:end]
    rest = _UNSAID_ZH.sub("", text[:start] + " " + (text[end:] if end >= 0 else ""))
    return _ASKED_TEXT_ZH.search(clause) is not None and _RECEIPT_TOLD_ZH.search(rest) is not None


def _asked(text: str, context: str) -> bool:
    """Whether a clause asks whether something will happen rather than tells that it did
    (a clause that goes on with the one before is read with it: "会不会联系我单位，或者打…")."""
    asked = context if continues(text) else text
    return bool((_ASKS_ZH.search(asked) and not _said_zh(asked)) or _asked_en(asked))


def _asked_en(asked: str) -> bool:
    """The English half of ``_asked``. A question of legitimacy around a told act ("is it normal that they call my aunt
    30 times a day") asks whether the act is allowed, not whether it will happen: the rest is read without the frame
    (legitimacy.py, legit104)."""
    if not (_ASKS_EN.search(asked) and not _SAID_EN.search(_ASKED_TEXT_EN.sub("texts", asked))):
        return False
    if (frame := framed(asked)) is None:
        return True
    rest, finite = frame
    return not (told_infinitive(rest) or finite) or _asked_en(rest)


def _asked_in_its_clause(text: str, match: re.Match[str]) -> bool:
    """Whether the clause that holds the cue asks whether it will happen, whatever the clause before
    tells ("我在医院当护工，每天看生离死别，借呗逾期了会打到医院吗": 每天 is the writer's work, not a
    collector's habit; safe16). Chinese only: the clause is where the words between spaces are."""
    start, end = text.rfind(" ", 0, match.start()) + 1, text.find(" ", match.end())
    clause = text[start:] if end < 0 else text[start:end]
    return not match.group(0).isascii() and _ASKS_ZH.search(clause) is not None and not _said_zh(clause)


def _hearsay(text: str) -> bool:
    """Whether a clause passes on what others say or tells someone else's story. Hearing that a
    collector has done something to the borrower ("听说催收给我单位打电话了") is news of an
    event, not hearsay (safe10 probe)."""
    if _HEARD_DONE_TO_ME.search(text):
        return False
    return bool(_HEARSAY_ZH.search(text) or _HEARSAY_EN.search(text) or _SOMEONE_ELSE.search(text))


_HEARD_DONE_TO_ME = regex(r"(听|听到|听同事|听家里人?|听(我)?(妈|爸|领导|同事|邻居|朋友))\S{0,2}说(催收|催款|他们|对方|有人)(已经|昨天|今天|前天|又|竟然|居然|都)?"
                          r"(给|打到|打给|打了电话给|找到|找上|去了|联系了|告诉了|通知了)(我的?|我们的?|我家)[^会要吗]{0,12}了")


def _family_talk(text: str, context: str) -> bool:
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


def _discounted(name: str, text: str, match: re.Match[str], context: str) -> bool:
    """Whether a cue match is not a report of abuse (see the module docstring)."""
    before = text[: match.start()]
    if _NEGATION_ZH.search(before[-6:]) or _NEGATION_EN.search(before) or _NOBODY_EN.search(before):
        return True
    came = _asked_text_came(text, match)  # the content of a message another clause says came: not asked, feared or hearsay (mend56)
    if not came and (_FEARED_ZH.search(before[-16:]) or _FEARED_EN.search(before[-40:])):
        return True  # "我最怕的是他们派人去我老家": a fear of what may happen, however habitual the rest
    threat = life_threatened(text, context)  # a threat to the writer's life, from anyone (threats.py)
    # (English words stand further from the cue: "does it count as harassment"; review21)
    reach = 12 if match.group(0).isascii() else 4
    if _COUNTS_AS.search(text[max(0, match.start() - reach):match.end() + reach]):
        return True  # "这个算骚扰吗": whether it counts, asked of what was described as polite (safe12)
    if not came and question_opens_clause(text, match, lambda told: _SAID_ZH.search(_UNSAID_ZH.sub("", told)) is not None):
        return True  # "他们会不会打给我妈说我欠钱不还", "…called three times, is that harassment?": asked (safe32)
    if asked_of_the_bot(text, match, context):
        return True  # "what even is this app, are you going to harass me too?": a joke at the bot (safe36, alike.py)
    if _SUPPOSED.search(before):
        return True  # "if a collector threatened me, could I report them?": supposed, not told (safe12)
    if not came and (_asked(text, context) or _asked_in_its_clause(text, match)
                     or ((_hearsay(text) or _family_talk(text, context)) and not threat)) or _RECOURSE_IF.search(text):
        return True
    if name == "shaming" and match.group(0).isascii() and not before.strip():
        return True  # "posted my goodbye on weibo": no one named as the one posting; the borrower did
    if name in _NEEDS_AGGRAVATION and not _AGGRAVATED.search(text):
        return True
    if name == "asking_around" and not _ASKING_AGGRAVATED.search(text):
        return True  # "有人在我们村到处打听我，是上门催收吗": asked after, nothing told, threatened or refused (mend48)
    if name == "contact" and match.group(0).startswith(("告诉", "通知")) and not _COLLECTOR_ZH.search(context) \
            and not _AGENT_ZH.match(_OPENING_ZH.sub("", before.rsplit(" ", 1)[-1])):
        return True  # "存款密码也告诉了我妹": the writer told her; no collector in the message (probe14)
    if name == "visit" and _KIN_VISITS_ZH.search(before) and not _COLLECTOR_ZH.search(context):
        return True  # "我朋友坐在我家不走": a friend or relative who stays is no collector (safe12)
    if name == "shaming" and not _SHAME_ABOUT.search(context):
        return True
    if name == "shaming" and school_sent(text, match):
        return True  # "学校发来了孩子春游的照片": the school's news, not a collector's (safe36, alike.py)
    if name == "violence" and asked_for(text):
        return True  # "if I can't pay jiebei, just kill me": one's own death asked for, a crisis (review27)
    if name == "violence" and (_CHORE_KILLS_ZH.search(before[-10:]) or hyperbole(context) or (
            _SPEAKER_WOULD_EN.search(before[-40:]) and not _SAID_EN.search(before))):
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
    if name in _NEEDS_PEOPLE_EN and match.group(0).isascii() and not threat and not (
            _COLLECTOR_EN.search(context) or _PAY_CONDITION_EN.search(context)):
        return True
    return False

"""A collector's act asked about (or told as threatened) in one turn, then said to have happened in the next (safe44).

"会打电话给我老板吗" then "已经打了"; "they said they will send me joss paper" then "they sent it yesterday": the second
turn names nothing of its own (out of scope, or the last topic kept), yet it tells the act was done. A Session
remembers which act the last turn spoke of (``ConversationState.asked_act``, one key of ACTS) and, when the next turn
only says it happened (``done_told``: the act's verb, said of them or with no subject; no question, no denial), reads the turn as the act told
done: the key's statement, then the turn itself, routed as one message (``told_route``). Whether that statement is
abuse (calling the boss, the child's school, joss paper, posting the debt) or a lawful step (calling the parents: the
contact answer) is the engine's own reading, exactly as if the borrower had told it in full. "已经发了" after "会发还款
提醒吗" names no collector act: nothing changes.
"""

from __future__ import annotations

import re

from .patterns import regex
from .text import simplified

# The acts (key: how the turn names it, zh and en; checked in order, the first that matches is the act).
_ACTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("parcel", regex(r"纸钱|花圈|冥币|寿衣|遗照|棺材|\b(?:joss|wreath|funeral|coffin|hell money)\b", re.IGNORECASE)),
    ("school", regex(r"学校|幼儿园|班主任|老师|\b(?:school|teachers?|kindergarten|preschool|daycare|childcare)\b", re.IGNORECASE)),
    ("work", regex(r"单位|公司|领导|老板|同事|上班的地方|工作的地方|人事|\b(?:boss|employer|office|workplace|company|colleagues?|hr|my work)\b",
                   re.IGNORECASE)),
    ("post", regex(r"朋友圈|家族群|群里|网上|曝光|公开|挂到|抖音|微博|贴到|贴在|大字报|照片|身份证|\b(?:photos?|ic|id card|post\w*|online|facebook|whatsapp|group chat|social media|expose\w*)\b",
                   re.IGNORECASE)),
    ("contacts", regex(r"通讯录|\b(?:contacts|phonebook|contact list)\b", re.IGNORECASE)),
    ("sent", regex(r"寄|快递|包裹|\b(?:parcel|package|send (?:me|us|my \w+|them) (?:something|stuff|things|a parcel|a package))\b", re.IGNORECASE)),
    ("home", regex(r"上门|来我家|去我家|到我家|派人|找上门|堵我|\b(?:(?:come|go|send \w+|show up) (?:to|at) my (?:house|home|door|flat|place)|send (?:people|someone|guys|men))\b",
                   re.IGNORECASE)),
)
# ...said of collectors, "they", or asked as "will/can they" / 会不会: an act of theirs (not "我想去公司").
_THEIRS = regex(r"催收|他们|对方|会不会|会|能不能|可能|说要|威胁|\b(?:they|theyll|collectors?|agents?|the app|jiebei)\b", re.IGNORECASE)
# ...doing something to or at that place or person (not "会影响工作吗", a teacher's own job; not 发现, 看到: review62)...
_DOING = regex(r"打|联系|(?<![失过])去|(?<![后原将未看起出本])来|(?<![看听想遇得做办收找拿受感达迟])到|找|发(?!现|生|展|烧|呆|愁|抖|工资|薪)|寄|贴|挂|通知|告诉|爆|上门|派|闹|曝光|公开|送"
               r"|\b(?:call\w*|contact\w*|tell|inform|message|text|go|come|visit|send|mail|post\w*|expose|show up|turn up|share|put)\b",
               re.IGNORECASE)
# ...and not the writer's own doing ("我会去学校接孩子", "I will go to the office").
_MINE = regex(r"我(?:会|要|想|得|能|去|来|明天|今天|也)|\b(?:i|ill|i will|im going to|i have to|can i|should i)\s+(?:go|come|call|visit|send|post|tell)\b",
              re.IGNORECASE)
KEYS = tuple(key for key, _ in _ACTS)

# The statement each act is read as, once it is said to have happened.
_TOLD = {
    "parcel": ("催收已经给我家里寄了纸钱花圈", "the collectors already sent joss paper and a wreath to my house"),
    "school": ("催收已经去了我孩子的学校", "the collectors already went to my child's school"),
    "work": ("催收已经打电话到我单位找我领导了", "the collectors already called my boss at work"),
    "post": ("催收已经把我欠钱的事发到朋友圈和群里了", "the collectors already posted my photo and debt online"),
    "contacts": ("催收已经把我的通讯录爆了", "the collectors already called everyone in my contacts"),
    "sent": ("催收已经给我家里寄了东西", "the collectors already sent something to my house"),
    "home": ("催收已经派人上门了", "the collectors already sent people to my house"),
}

# A turn saying it happened (mend58, review62): the act's own verb, said of the collectors, of "they" or of someone
# they sent ("他们已经打了", "有人来了", "they called him this morning"), or with no subject at all but the verb of the
# act asked about, as a whole word ("已经打了" after a call to the boss; not 发现, 看到, 过去了). Never the writer's own
# doing ("我已经还了", "我已经辞职了", "i already quit", "called them to ask for a plan"), never a bare "already"
# ("already paid", "已经上征信了", "已经换手机号了"): those answer the question with news of the writer's own.
_VERB_ZH = {
    "call": r"(?:打|打过|打来|打电话|联系|联系过|通知|通知过|找|找过|找到|找上|告诉|爆)了|打(?:到|给|去|电话到|电话给)\S{0,6}了|打过|联系过|找过",
    "go": r"(?<![过失回出下上进死])去了|(?<![后起出原本看回])来了|来过了?|闹了|闹过|上门了?",
    "post": r"(?<![出爆开沙头批])发了|发(?:出来|出去|到\S{1,5})了|贴了|挂了|贴出来了|曝光了|公开了|传(?:了|上去了)|发过",
    "send": r"寄了|寄(?:来|过来|到|到了)|送(?:来|到)了?|收到了|(?<![看听想遇得做办买拿找回])到了",
    "home": r"(?<![后起出原本看回])来了|来过了?|上门了?|(?<![看听想遇得做办买拿找回])到了|堵(?:了|到|在)|敲门|派人|来人了",
}
_VERB_EN = {
    "call": r"called|rang|phoned|contacted|messaged|texted|emailed|told|blasted|got through",
    "go": r"went|came|showed up|turned up|visited|were there|was there|dropped by",
    "post": r"posted|shared|put (?:it|them|my \w+) (?:up|online)|uploaded|sent (?:it|them)|spread",
    "send": r"sent|arrived|came|delivered|got it|received",
    "home": r"came|showed up|turned up|were here|are here|is here|knocked|visited|outside",
}
_ACT_VERBS = {"work": ("call", "go"), "school": ("call", "go"), "post": ("post",), "contacts": ("call", "post"),
              "parcel": ("send",), "sent": ("send",), "home": ("home",)}
# The verbs of each act, and of any act (said of the collectors, "they did" is enough).
_DONE_BY_ACT = {act: regex("|".join(_VERB_ZH[kind] for kind in kinds) + r"|\b(?:" + "|".join(_VERB_EN[kind] for kind in kinds) + r")\b",
                           re.IGNORECASE) for act, kinds in _ACT_VERBS.items()}
_DONE_ANY = regex("|".join(_VERB_ZH.values()) + r"|\b(?:" + "|".join(_VERB_EN.values()) + r"|did|done|have|has)\b", re.IGNORECASE)
# ...the doer: the collectors, "they", someone they sent (a verb of theirs follows);
_THEY = regex(r"催收|他们|她们|对方|那边|那帮人|有人|外访|几个人|两个人|陌生人|一个男的|一帮人"
              r"|\b(?:they|theyve|theyre|collectors?|agents?|the agency|jiebei|the app|someone|somebody|some (?:guys|men|people)"
              r"|a (?:guy|man|woman|lady)|two (?:guys|men)|people)\b", re.IGNORECASE)
# ...the writer as the subject (a clause opening with 我 that is not 我老板/我家…; I, we), whose news it is;
_WRITER = regex(r"(?:^|[，,。！!\s])(?:(?:昨天|今天|刚才|刚刚|早上|上午|下午|晚上|现在|其实|早就)\s*)?我(?:们)?"
                r"(?!的|家|老板|领导|公司|单位|同事|孩子|小孩|女儿|儿子|爸|妈|父|母|老婆|老公|媳妇|丈夫|妻子|朋友|家人|家里|亲戚"
                r"|通讯录|学校|老师|照片|哥|姐|弟|妹|爷|奶|外公|外婆)"
                r"|\b(?:i|im|i'm|ive|i've|id|i'd|we|weve|we've|myself)\b", re.IGNORECASE)
# ...and the writer's own act toward them when no subject is said ("called them to ask for a plan", "打给他们了").
_TO_THEM = regex(r"(?:给|跟|和|找|打给|联系)(?:了)?(?:他们|催收|对方|客服|支付宝|借呗)|\b(?:them|the collectors?|jiebei|alipay|customer service)\b",
                 re.IGNORECASE)
# ...a third person who got the call or message ("老板已经接到电话了", "my boss got a call"): the act done.
_GOT_CALL = regex(r"接到(?:了)?\S{0,6}电话|收到(?:了)?\S{0,4}(?:短信|信息|消息)|\b(?:got|received|had) (?:a|the|their|many|lots of) (?:calls?|messages?|texts?)\b",
                  re.IGNORECASE)
# ...never a question, a denial or a hope it will not, nor a threat still to come.
_NOT_DONE = regex(r"[?？吗么]|会不会|没有|还没|没(?:打|来|去|发|寄|联系)|不(?:打|来|去|发|寄|联系|找|会)|不会|别|希望|如果|要是|万一"
                  r"|的话|假如|就算|即使|说要|要(?:来|去|打|发|寄)|准备|打算|会(?:来|去|打|发|寄|联系|找|上门)|停了"
                  r"|\b(?:not|never|nope|didnt|haven'?t|hasnt|havent|no|if|hope|will|would|can|could|stopped|yet)\b", re.IGNORECASE)
MAX_DONE = 60  # characters: a longer turn is a story of its own, read as itself


def asked_act(text: str) -> str:
    """The collector act a turn asks about or tells as threatened (a key of KEYS), or "" for none."""
    text = simplified(text)  # 他們會去我女兒學校嗎
    if not _THEIRS.search(text) or not _DOING.search(text) or _MINE.search(text):
        return ""
    return next((key for key, pattern in _ACTS if pattern.search(text)), "")


def done_told(text: str, act: str) -> bool:
    """Whether a short turn only says the collector act ``act`` happened ("已经打了", "they sent it yesterday"): the
    act's verb said of them or with no subject, never of the writer, never a question, denial or condition."""
    text = simplified(text).strip()
    if not 0 < len(text) <= MAX_DONE or _NOT_DONE.search(text) or act not in _ACT_VERBS:
        return False
    they, writer = _THEY.search(text), _WRITER.search(text)
    if they and (not writer or they.start() < writer.start()):  # said of them: any verb of a collector act
        return bool(_DONE_ANY.search(text, they.end()))
    if writer:
        return False
    if _GOT_CALL.search(text) and "call" in _ACT_VERBS[act]:
        return True
    return bool(_DONE_BY_ACT[act].search(text)) and not _TO_THEM.search(text)


def told_statement(act: str, text: str, lang: str) -> str:
    """The act told done, then the turn itself: one message the engine reads as the borrower's telling."""
    zh, en = _TOLD[act]
    return f"{zh}，{text}" if lang == "zh" else f"{en}. {text}"


__all__ = ["KEYS", "MAX_DONE", "asked_act", "done_told", "told_statement"]

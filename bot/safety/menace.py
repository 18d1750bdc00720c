"""A veiled threat, read as what a collector said, sent, left or did about the writer's person (abuse224, issue 12;
docs/safety.md Round 117), rather than one list per kind of threat.

Veiled threats name no violence: "sleep carefully", a skull drawn on a note, funeral wreaths at the door, "we know people
in your town", "your whole village will know", a meme of the writer's face, a made-up scandal told to the wife, calls at
1, 3 and 5 a.m. What they share is their shape: a DOER who is a collector or someone unnamed in a message about the
debt, an ACT of saying, asking, sending, leaving, drawing or making (reported speech: 说/问/发来/留了/放了/塞了/寄来,
"said", "asked", "texted", "left", "slipped"), and, after the act, a CONCERN of the writer's person that no lawful
collection step needs:

- sleep and the night (睡, 夜路, "sleep", "one eye open");
- safety and body (小心, 出事, 意外, 三长两短, 腿, "careful", "accidents", "shame if", "watch your back");
- death and mourning (花圈, 骷髅, 棺材, 蜡烛, 坟, 寿衣, 不得好死, "wreath", "skull", "coffin", "grave", "noose");
- home town and the underworld (老家, 村里, 镇上, 县里, 祖坟, 道上, "hometown", "village", "back home", "know people");
- reputation (名声, 丑事, 混不下去, 抬不起头, 表情包, 传单, "meme", "reputation", "everyone will know", "made up").

A reminder to repay, a report to the credit bureau, late fees, legal action through a court, an extension, a call to
the emergency contact (all of which the article allows) name none of these, so they stay loan questions. A doer who is
the writer, a relative, a friend, a teacher or a character in a drama is no collector ("我妈说晚上睡觉把门锁好", "my
friend texted 'sleep well'", "葬礼上摆了很多花圈"). Calls at two or more hours of the small night are the same act on
sleep ("凌晨1点、3点、5点各打一次", "calling at 2am, 4am and 6am").

A second reading, "known" (abuse239, Round 122): a collector DISPLAYING private knowledge of the writer's life that no
collection needs (a child's school, route or practice, when the writer is alone, a pet, the floor, the car, a routine),
told as what the doer knows, says, asks, names or lists; a relative, a friend, a neighbour or the police knowing the same
is no menace, and an address checked is a lawful step.

The concern is matched in the window, so abuse.py's judgement (a question, hearsay, a negation, family talk, the
writer's own act) applies to it as to every cue. The cue name is "menace".
"""

from __future__ import annotations

import re
from typing import Callable

from ..patterns import regex

# The doer: a collector by name, or someone unnamed (a pronoun, 有人, 被人, a stranger's number) in a message about debt.
_DOER_ZH = regex(r"催收|催款|催债|要债|讨债|收债|对方|陌生(?:人|号码|电话)?|打电话(?:来)?的|有人|被人|他们|那边|那伙人|那个人")
_DOER_EN = regex(r"\b(?:collectors?|collection\w*|agents?|agency|callers?|loan sharks?|someone|somebody|a stranger|strangers|they|the guy|the man"
                 r"|he|she)\b")
# ...not a relative, a friend, a colleague, a teacher, a drama's character or the writer, just before the act.
# Relatives, friends, colleagues and others close to the writer (Chinese): never the doer, and a message naming one is
# not read as a collector's unnamed saying.
_KIN_ZH = r"妈|爸|爷|奶|哥|姐|弟|妹|舅|姨|叔|婶|姑|老婆|老公|媳妇|对象|朋友|同事|同学|老板|领导|老师|室友|邻居|医生"
_NOT_DOER_ZH = regex(_KIN_ZH + r"|客服|网友|角色|男主|女主"
                     r"|剧|电影|小说|(?<![跟对给向和叫让把被问])我(?!家|的|们)")
_NOT_DOER_EN = regex(r"\b(?:my|our|his|her) (?:\w+ )?(?:mum|mom|mother|dad|father|wife|husband|brother|sister|friends?|boss|colleagues?|coworkers?"
                     r"|teachers?|doctor|son|daughter|girlfriend|boyfriend|partner|roommate|neighbou?rs?|cousin|uncle|aunt|grand\w+|family|kids?)"
                     r"|\b(?:character|actor|drama|show|movie|film|series|i|we)\b")
# The act: saying, asking, sending, leaving, drawing, making (not the writer's own "我发", kept off by the doer).
_ACT_ZH = regex(r"说(?!实话|真的|白了|来话长|起来|到底|明|完|不定|不出)|讲(?!真的|实话|道理)|问(?!题|完)|骂|留言|留了|留下|发来|发了|发过来|给我发|寄来|寄了|塞了|塞进|放了|放在|摆了|摆在|贴了|贴在|送来|送了|画了|画着|写着|p成|做成")
_ACT_EN = regex(r"\b(?:said|says|saying|told|tells|asked|asks|texted|texting|messaged|emailed|mailed|sent|sends|left|leaving|slipped|dropped|put"
                r"|posted|posting|drew|drawn|wrote|made|making|threatened|warned|keeps? asking|keeps? saying)\b")

# The concern: the writer's sleep, safety or body, death, home town, reputation (module doc).
_CONCERN_ZH = regex(
    r"睡(?!眠贷)|夜路|半夜出门"
    r"|小心|当心|注意(?:点|些)?(?:安全|身体)|出(?:点|了)?(?:什么)?事|意外|三长两短|腿|胳膊|手脚|摔|平安|安全(?!期|码|中心|验证)"
    r"|花圈|骷髅|棺材|蜡烛|坟|墓|遗照|白花|纸钱|冥币|寿衣|灵堂|不得好死|收尸"
    r"|老家|家乡|村里|村子|镇上|县里|乡下|祖坟|道上|混不下去"
    r"|名声|丑事|丢人现眼|身败名裂|抬不起头|表情包|传单|造谣|瞎编|编造")
_CONCERN_EN = regex(
    r"\b(?:sleep(?!ing on it| on it)\w*|one eye open|walk(?:ing)? home (?:alone|at night)"
    r"|careful|accidents?|watch (?:your|my) back|(?:shame|pity) if|legs?|knees?|safe(?:ty)?(?! deposit| mode)|in one piece"
    r"|wreaths?|skulls?|coffins?|graves?|gravestones?|tombstones?|noose|funeral|candles?|rest in peace|rip|obituary"
    r"|hometown|home town|village|back home|(?:parents|familys|family) (?:farm|house|home|place|village)|people (?:near|around|in) my|know people"
    r"|reputation|memes?|everyone (?:will|would|is going to|gonna) know|made up|sleeping around|affair|disgrace\w*|laughing stock|flyers?)\b")
# Calls at two or more hours of the small night: an act on sleep whatever is said in them.
_NIGHT_CALLS_ZH = regex(r"(?<![0-9])[1-5一二三四五两]\s*点(?:\s|和|又|再)*[1-5一二三四五两]\s*点")
_NIGHT_CALLS_EN = regex(r"\b[1-5] ?am (?:and |then )?[1-5] ?am\b")
_CALLS = regex(r"打(?:了|过)?(?:电话|来|过来|一次|一遍|一个)|各打|来电|电话|号码|\b(?:call\w*|ring\w*|rang|phon\w*|numbers?)\b")
# The debt in the message, where the doer is unnamed.
_DEBT = regex(r"欠|债|贷|还钱|还款|不还|借呗|花呗|逾期|催收|催款|\b(?:debts?|owe\w*|loans?|repay\w*|jiebei|huabei|overdue|collect\w*|arrears|balance)\b")
_STAGED = regex(r"剧|电影|小说|短视频里|\b(?:drama|tv show|the show|movie|film|series|novel|episode)\b"
                 # the writer saying the scene is unrelated to the loan guards as a drama does (mend231)
                 r"|(?:跟|和|与)\S{0,6}(?:没关系|没有关系|没啥关系|无关|不相关)|\b(?:unrelated|nothing to do with|not related to)\b")
_SAW = regex(r"(?:妈|爸|爷|奶|哥|姐|弟|妹|老婆|老公|媳妇|朋友|同事)\S{0,4}(?:看到|看见|收到|听到|接到|发现)")
_LAWFUL = regex(r"核对|核实|确认|登记|地址|分期|延期|协商|减免|走访|拜访|上门|户籍|户口|了解情况"
                r"|\b(?:verify\w*|confirm\w*|address|instal\w*|extension|payment plan|visit\w*)\b")
# The credit record, a lawful purpose beside the concern it qualifies ("careful with your credit score", "小心征信花了";
# mend231): near the concern only, so a menace told after a credit report in the same message still counts.
_CREDIT = regex(r"征信|信用|信誉分|芝麻分|\bcredit\b")
# The writer's own sleeplessness ("最近总是睡不着", "i can't sleep"), not said to "you": a state, not a collector's words.
_OWN_SLEEP = regex(r"(?<!你)(?<!你们)睡不着|(?<!你)(?<!你们)睡不好|失眠|\b(?:i|cant|couldnt|can not|could not|unable to|barely|hardly) sleep\b")
_GRAVE = regex(r"睡|花圈|骷髅|棺材|蜡烛|坟|墓|遗照|寿衣|灵堂|不得好死|收尸|sleep|one eye|wreath|skull|coffin|grave|tombstone|noose")
_UNNAMED_OPENS = regex(r"(?:还|又|竟然|居然|直接)?说(?:什么|要|让|叫|你|我)")
_YOU = regex(r"你|\b(?:you|your|youll|youd|youre|ur|u)\b")
_KIN = regex(_KIN_ZH + r"|剧|电影"
             r"|\b(?:mum|mom|mother|dad|father|wife|husband|brother|sister|friends?|boss|colleagues?|teachers?|doctor|son|daughter|girlfriend"
             r"|boyfriend|partner|roommate|cousin|uncle|aunt|drama|show|movie|film|series)\b")
_NAMED = regex(r"催收|催款|催债|要债|讨债|收债|\b(?:collectors?|collection\w*|agents?|agency|loan sharks?)\b")


def _doer_acts(text: str, chinese: bool, acts: "tuple[re.Pattern[str], re.Pattern[str]] | None" = None) -> list[int]:
    """The ends of each act in ``text`` whose doer (a collector, or an unnamed one) stands just before it, no relative,
    friend, character or the writer between them. ``acts``: other acts (Chinese, English) than sayings and sendings."""
    doer, not_doer, act = (_DOER_ZH, _NOT_DOER_ZH, _ACT_ZH) if chinese else (_DOER_EN, _NOT_DOER_EN, _ACT_EN)
    if acts:
        act = acts[0] if chinese else acts[1]
    reach = 14 if chinese else 40
    ends = []
    for found in act.finditer(text):
        before = text[max(0, found.start() - reach):found.start()]
        who = None
        for who in doer.finditer(before):
            pass
        if who is None or not_doer.search(before[who.end():] if chinese else before[who.start():]) \
                or chinese and _SAW.search(text[:who.start()]):  # "我妈看到催收短信，说…": the mother speaks
            continue
        if not chinese and who.group(0) in ("he", "she", "they") and not_doer.search(text[:found.start()]):
            continue  # "my friend texted me… then he said": the pronoun is the friend
        ends.append(found.end())
    return ends


# The writer asking whether it could happen or is so, in a clause of its own ("…影响我在老家的名声 会吗", "…是这样吗",
# "can they really…", "is that true"): a fear or hearsay, not a report of a threat (mend231). The clause must not hold a
# saying itself or "你" ("催收说你晚上睡得安稳吗" quotes the collector's question).
_ASKS_ZH = regex(r"(?:会|是这样|是真的|真的|对|可能|合法|属实)(?:吗|嘛|么)$|会不会|能不能|是不是真的|^(?:他们|催收|对方|这样)?(?:能|可以)\S{0,8}吗$")
_ASKS_EN = regex(r"\b(?:is (?:that|this|it) (?:true|so|possible|real|legal|allowed|likely)|is it true|are they allowed to"
                 r"|(?:can|will|would|could|might) they(?! do that| do this| say that| say this)|do they really|does that (?:really )?happen)\b")
# A general claim about borrowers between the act and the concern ("说逾期的人都会…", "said overdue borrowers end up…";
# "说过借呗逾期会影响名声"): hearsay about everyone, not a threat to the writer (mend231).
_GENERAL = regex(r"逾期的人|欠钱的人|欠债的人|借款人|老赖|很多人|大家|一般都|逾期(?:了)?(?:就|都)?会"
                 r"|\b(?:overdue borrowers|borrowers|debtors|people who (?:owe|are overdue|fall behind|default)|anyone who|everyone who"
                 r"|those who)\b")
# A kind word ("take care", "get some sleep", "注意身体", "careful with + a thing") is menace only beside a threat marker.
_KIND = regex(r"注意身体|保重|好好休息|早点睡|睡个好觉|照顾好自己|多休息"
              r"|\b(?:take care(?: of yourself)?|get (?:some )?(?:sleep|rest)|sleep well|stay safe|look after yourself"
              r"|careful (?:with|about) (?:your |the |my )?\w+)\b")
_MARKED = regex(r"否则|不然|后果|等着|走着瞧|试试|还能|还敢|锁好门|一个人|夜里|半夜|夜路|小心点"
                r"|\b(?:or else|or you|before its too late|while you (?:still )?can|we know|one eye open|alone|lock your|watch your"
                r"|accidents?|legs?|knees?)\b")


def _writer_asks(whole: str, chinese: bool) -> bool:
    """Whether the writer asks whether it could happen or is so (_ASKS_ZH/_ASKS_EN), in a clause with no saying or 你."""
    if not chinese:
        return _ASKS_EN.search(whole) is not None
    return any(_ASKS_ZH.search(clause) and not _ACT_ZH.search(clause) and "你" not in clause for clause in whole.split())


def _kind_only(window_text: str, match: re.Match[str]) -> bool:
    """Whether the concern lies inside a kind phrase and no threat marker is in the window."""
    return any(kind.start() <= match.start() < kind.end() for kind in _KIND.finditer(window_text)) \
        and not _MARKED.search(window_text)


def _set_aside(window_text: str, match: re.Match[str], lawful: bool) -> bool:
    """Whether one concern is no menace: a lawful purpose told (death's tokens and sleep still count), a credit word
    beside it, the writer's own sleeplessness, or a kind phrase without a threat marker."""
    near = window_text[max(0, match.start() - 20):match.end() + 30]
    return lawful and not _GRAVE.match(match.group(0)) or _CREDIT.search(near) is not None \
        or _OWN_SLEEP.search(window_text, max(0, match.start() - 16), match.end() + 3) is not None \
        or _kind_only(window_text, match)


def _told_to_writer(window_text: str, match: re.Match[str], ends: list[int], chinese: bool, spoken: bool) -> bool:
    """Whether the concern follows a doer's act within reach, with no general claim about borrowers between, or is
    said to "you" where a collector's act is told in the message (their quoted words)."""
    reach = 40 if chinese else 90
    return any(end <= match.start() and match.start() - end <= reach and not _GENERAL.search(window_text, end, match.start())
               for end in ends) or spoken and _YOU.search(window_text[max(0, match.start() - 30):match.start()]) is not None


def _night_calls(window_text: str, context: str, whole: str,
                 discounted: Callable[[str, str, re.Match[str], str], bool]) -> bool:
    """Calls at two or more hours of the small night (no debt need be named: who else calls so)."""
    return any(_CALLS.search(whole) and not discounted("menace", window_text, match, context)
               for night in (_NIGHT_CALLS_ZH, _NIGHT_CALLS_EN) for match in night.finditer(window_text))


# -- known (abuse239, Round 122): a collector DISPLAYS private knowledge of the writer's life that no collection needs: a
# child's school, class, route or practice; when the writer is alone; a pet's name or walks; the floor, door or window;
# the car's plate or spot; a daily routine or what the writer wore ("催收知道我每天几点去哪个健身房", "asked what hours I'm
# home alone", "mentioned my dog by name"). The doer knows, says, asks, names or lists it (not a relative, a friend, a
# neighbour or the police, who may know the same things); a stated check of an address ("核实住址") is a lawful step.
_KNOWS_ZH = regex(_ACT_ZH.pattern + r"|知道|清楚|摸清|查到|打听到|念出|报出|叫出|提到|列出|描述")
_KNOWS_EN = regex(_ACT_EN.pattern + r"|\b(?:knew|knows|know|mentioned|mentions|named|described|describes|listed|lists|recited|read out"
                  r"|quoted)\b")
_PRIVATE_ZH = regex(
    r"(?:学校|校门|幼儿园|小学|中学|哪个班|几年级|放学|上学|校服|补习班|兴趣班)|(?:哪条|那条)\S{0,3}路|路线|小路|公交站|车站"
    r"|几点\S{0,2}(?:出门|下班|回家|到家|放学|上班|关灯|睡|去)|每天几点|每周[一二三四五六日天]|一个人在家|一个人住|独自在家|就我一个人|没人在家|夜班"
    r"|(?:猫|狗|宠物)\S{0,3}(?:的)?(?:名字|叫什么)|遛狗|几楼|(?<![0-9])[0-9一二三四五六七八九十]{1,3}楼|楼层|门牌|哪栋|哪个单元|窗户朝|阳台"
    r"|车牌|车位|车库|停在|健身房|菜市场|穿(?:的|着)?(?:什么|蓝|红|黑|白|灰)|穿着")
_PRIVATE_EN = regex(
    r"\b(?:school|class \w+|lets out|practice|bus stop|school run|route|uniform|home alone|alone|by (?:my|your|him|her)self"
    r"|on (?:my|your) own|night shift|(?:dog|cat|pet|puppy|kitten)s? (?:\w+ )?(?:by name|name|gets walked|walks)|by name|floor|front door"
    r"|balcony|flat number|apartment number|number plate|license plate|licence plate|where (?:i|you) park|car park|parking (?:spot|space)"
    r"|gym|wearing|what (?:i|you) (?:was|were) wearing|the time (?:i|you) (?:leave|get|finish)|what (?:time|hours) (?:i|im|you|youre)"
    r"|when (?:i|you) (?:leave|get home|walk|go out|finish))\b")
_MINE_ZH = regex(r"我|你|孩子|儿子|女儿|老婆|老公|媳妇|爸|妈|猫|狗")
_MINE_EN = regex(r"\b(?:my|your|me|you|i|im|youre|ur)\b")
_KNOWN_NOT_DOER = regex(r"警察|民警|警官|保安|快递|外卖|\b(?:police|officers?|cops?|detective|guard|courier|neighbou?rs?|landlord|my \w+)\b")
# Someone speaking to the writer of what "we" know of "you" ("我们知道你女儿的学校在…", "we know your daughter's school"):
# the collector's own words, quoted.
_WE_KNOW = regex(r"我们(?:都|早就|已经)?(?:知道|清楚|查到|摸清)(?:了)?(?=\S{0,6}你)|\bwe (?:already |also )?(?:know|knew|have seen|saw)(?= (?:\w+ ){0,6}your\b)")
_CHECKED = regex(r"核对|核实|确认|登记|\b(?:verify\w*|confirm\w*|check(?:ing)? (?:my|your|the) address)\b")
# Alone asked so that the writer can talk: a lawful agent's courtesy ("asked if I was alone and could talk"), not a
# display of when the writer is alone (review244); read across the message, the talk often a clause later.
_ALONE_EN = regex(r"alone|by (?:my|your|him|her)self|on (?:my|your) own")
_COURTESY_EN = regex(r"\b(?:alone|by (?:my|your)self|on (?:my|your) own)\b.{0,40}\b(?:talk|speak|chat|discuss|privately|in private|convenient|a good time)\b"
                      r"|\b(?:alone|by (?:my|your)self|on (?:my|your) own)\b.{0,40}\bthen (?:explained|reminded|went through|offered|walked me through) (?:the|my|a|how)\b")


def _known(window_text: str, context: str, whole: str,
           discounted: Callable[[str, str, re.Match[str], str], bool]) -> bool:
    """Whether a window tells a collector's (or an unnamed doer's, in a message about the debt or with a menace in it)
    display of the writer's private life (known)."""
    if not (_PRIVATE_ZH.search(window_text) or _PRIVATE_EN.search(window_text)) or _STAGED.search(whole):
        return False
    if not (_DEBT.search(whole) or _CONCERN_EN.search(whole) or _MARKED.search(whole)):
        return False  # (unnamed doers who know a routine, with neither the debt nor a menace told: anyone's)
    for chinese, private, mine in ((True, _PRIVATE_ZH, _MINE_ZH), (False, _PRIVATE_EN, _MINE_EN)):
        if _writer_asks(whole, chinese):
            continue
        ends = _doer_acts(window_text, chinese, (_KNOWS_ZH, _KNOWS_EN)) + [m.end() for m in _WE_KNOW.finditer(window_text)]
        if not ends and _doer_acts(context, chinese, (_KNOWS_ZH, _KNOWS_EN)):
            ends = [0]  # the doer and the act in the clause before ("催收在电话里说 你儿子放学走的是河边那条小路吧")
        for match in private.finditer(window_text):
            if not chinese and _ALONE_EN.search(match.group()) and _COURTESY_EN.search(whole):
                continue
            start = max(0, match.start() - (14 if chinese else 40))
            near = window_text[start:match.end() + 2]
            if any(end <= match.start() and match.start() - end <= (30 if chinese else 80) for end in ends) \
                    and mine.search(near) and not _KNOWN_NOT_DOER.search(window_text[:match.start()]) \
                    and not _CHECKED.search(window_text) and not discounted("known", window_text, match, context):
                return True
    return False


def veiled_menace(window_text: str, context: str, whole: str,
                  discounted: Callable[[str, str, re.Match[str], str], bool]) -> list[str]:
    """["menace"] when a window tells a collector's (or an unnamed doer's) act whose content concerns the writer's
    sleep, safety, body, death, home town or reputation (module doc), else []. ``context`` is the window with the clause
    before, ``whole`` the folded message, ``discounted`` abuse.py's judgement of a match."""
    whole = whole or context or window_text
    if _night_calls(window_text, context, whole, discounted):
        return ["menace"]
    if _known(window_text, context, whole, discounted):
        return ["known"]
    if not _DEBT.search(whole) or _STAGED.search(whole):
        return []  # (a drama's or a novel's collector; a scene the writer says is unrelated to the loan)
    lawful = bool(_LAWFUL.search(whole))  # a lawful purpose told: only death's tokens and sleep still count ("问我老家 核对地址")
    named = bool(_NAMED.search(whole))
    for chinese, concern in ((True, _CONCERN_ZH), (False, _CONCERN_EN)):
        if not concern.search(window_text) or _writer_asks(whole, chinese):
            continue
        ends = _doer_acts(window_text, chinese)
        if not ends and (_doer_acts(context, chinese) or _UNNAMED_OPENS.match(window_text) and not _KIN.search(whole)):
            ends = [0]  # the doer and act in the clause before ("催收员在电话里笑着说 晚上睡觉把门锁好"), or a saying that
            # opens the message's clause with no one named and no relative or friend anywhere ("说什么不还就让我在老家混不下去")
        spoken = named and bool(_doer_acts(whole, chinese)) and not _KIN.search(whole)
        for match in concern.finditer(window_text):
            if not _set_aside(window_text, match, lawful) and _told_to_writer(window_text, match, ends, chinese, spoken) \
                    and not discounted("menace", window_text, match, context):
                return ["menace"]
    return []


__all__ = ["veiled_menace"]

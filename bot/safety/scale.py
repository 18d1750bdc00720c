"""A per-clause despair scale (safe8): crisis read from independent axes that co-occur, not from
one more sentence-shaped pattern.

Six rounds of cue tables reached the wording they were written for and little beyond it: a cue
such as "想在他们发现之前安安静静地消失" is one sentence's shape. People in danger combine a few
kinds of words in endless ways, and each kind alone is everyday ("今晚", "累", "再见", "药"). So
each window (a clause, or two neighbouring ones: clauses.py) is scored on a few axes, each a
short reviewed list of words that say one thing:

- GONE: being gone or dead oneself (不在了, 消失, 没了, 这条命; die, gone, stop existing, not around);
- MEANS: a means or a dangerous place (药, 刀, 绳, 炭, 井, 站台, 楼顶; pills, rope, bridge, ledge);
- FAREWELL: a goodbye or a handover (对不起, 谢谢这些年, 密码, 托付, 送人, 别找我; goodbye, letter,
  for after, look after my cat);
- END: finality (结束, 了结, 再也不, 永远, 最后一次, 不回来; forever, for good, never, the last);
- HOPELESS: hopelessness or shame (没希望, 撑不住, 没脸, 拖累, 没资格; hopeless, no strength, shame);
- TIME: a time set (今晚, 明天以后, 过完年, 这个周末; tonight, this weekend, by new year);
- BETTER: others better off or things solved (省心, 干净, 一笔勾销, 不用再; better off, lighter,
  kinder, solve everything).

A window is a crisis when two axes co-occur in it and one of them is an anchor (GONE, MEANS or
FAREWELL): the pairs among END, HOPELESS, TIME and BETTER alone are everyday ("今晚好累",
"最后一次问你，没希望了吗"). The same masks and frames as the rules apply: idioms masked (idioms.py),
a negation right before an axis word drops it, and a window is not read when the rules set crisis
wording aside (a joke, a story, a hard time that is over) or it reads as everyday life (a chore,
a trip or move, work with medicine or death, a repaid loan, a relative who died, hearsay).
"""

from __future__ import annotations

from functools import lru_cache

from ..patterns import Guarded, regex
from .agreement import everyday_window
from .clauses import KIN_ZH, Clause, windows
from .crisis import negated, set_aside
from .idioms import masked
from .lookalikes import TRADE_BEFORE_ZH, TRADE_EN  # gone from a trade (fa59)
from .scenes import KIN_DIED_EN, KIN_DIED_ZH, METHOD_EN, METHOD_ZH, PLACE_EN, PLACE_ZH, REPAID

# Done with the loans, for good, is no finality nor hopelessness ("after payday I'll be done for good with these
# loans, goodbye!", safe29): the debts it may be done with.
_DEBTS_EN = r"(this |these |the |my |that |those )?(loans?|debts?|jiebei|huabei|apps?|borrowing|lenders?|payments?|bills?)\b"
_AXES: dict[str, tuple[str, str]] = {
    "gone": (
        rf"(?<!拼)(?<!要)(?<!等)死|不在了|不在人世|(我|自己|人)(就|也|都)?(没了|走了)|{TRADE_BEFORE_ZH}消失|离开(这个|这)?(世界|世上|人世|人间)|去那边|去陪"
        r"|先走|走掉|没(有)?人(能|会)?找(得)?到我|(找|联系)不(到|上)我|一切(都|就)?(会|要|将)?(结束|了结)|原地去世|不存在|(安静|悄悄|默默|安安静静)(地|的)?(离开|走)|翻(过去|出去)|这条(老|烂)?命|搭(进去|上)|往前(迈|走|跨)(一步)?|(掉|摔|冲|跳)(了)?(下去|出去)|一(躺|闭眼)|找不到我|见不到我|不见了",
        rf"die|dying|died|dead|death|gone(?! from {TRADE_EN})|not (be )?(around|here|alive)|wasnt (around|here)|werent (around|here)|(disappear|vanish)\w*(?! from {TRADE_EN})"
        r"|stop(ped)? existing|not exist|just stop|let(ting)? (it )?(go|end)|go early|leave this world|never be (seen|found)|nobody (will )?find me"),
    "means": (
        rf"{METHOD_ZH}|{PLACE_ZH}|药|刀|绳|胶带|门缝|窗缝|井|站台|铁轨|脚手架|堤|桥|栏杆|护栏|皮带|腰带|凳子|车里|窗户|大货车|车(撞|来)|撞(过来|上来)",
        rf"{METHOD_EN}|{PLACE_EN}|window|rope|belt|chair|car running|garage|overdose|railway|railroad|handlebars|vodka|poison"),
    "farewell": (
        r"再见|告别|道别|永别|谢谢(大家|你们|你)?(这些年|一直|的)?(的)?(照顾|陪|帮)|对不起(爸|妈|大家|你们|孩子|老婆|老公|家里)|原谅我"
        r"|密码\S{0,4}(写|留|告诉|给|交)|(写|留|告诉|给|交)\S{0,8}密码|托付|交给你|照顾好|(送|捐)(给|人|走|掉|出去)|遗书|绝笔|(全|都)?拉黑|删(了|掉)?(所有|全部)?(的)?(联系人|好友)|(写|留|录)(了|好)?(一段|一封|几句)?(信|语音|视频|录音)"
        r"|(别|不用|不要)(再)?找我|(指望|靠)(她|他|你|你们)(了)?$|下辈子(?!再也不|也不|不)|退群",
        r"goodbye(?! to (this|the|my|these|all) (app|account|loan|debt|platform)s?)|farewell(?! (party|dinner|lunch|drinks|gift|card))|sorry (to(?! (bother|trouble|disturb|interrupt|ask|write|message|text|say|hear|intrude|be a (pain|nuisance|bother)))|for everything|mom|mum|dad)|tell \w+ (im|i am) sorry|letters?|notes? (to|for)|passwords?"
        r"|for after|look after|take care of (my|mom|mum|dad)|gave (away|my \w+ to)|dont look for me|my organs|said goodbye|giv(e|ing) away|up for adoption|told \w+ (im|i am) moving"),
    "end": (
        r"结束|了结|了断|一了百了|到头|到此为止|最后(一(次|天|晚|条|句|面|眼|程)|的(话|日子|时间|消息))|永远|再也(不|没|别)|不(打算|会|想)?回(来|去)了|(不|别)(要)?(再)?醒|别叫(醒)?我"
        r"|解脱|就这样(吧|了|算了)|单程",
        r"(my|be my|the) last (message|night|day|goodbye|words|time (you|anyone))|final (message|goodbye|words|night|day)|forever"
        rf"|for good(?! with {_DEBTS_EN})"
        r"|never (wake|come back|again)|no more|its (all )?over|the end|finish everything|one way"),
    "hopeless": (
        r"没(有)?(希望|盼头|出路|意义|活路)|绝望|撑不|熬不|扛不|顶不住|不行了|受不了了|没用|废物|没脸|丢人|没资格|不配|拖累|累赘|负担"
        r"|失望|一事无成|活(着)?(干嘛|干什么|有什么用)|笑话|没人疼|连累|没(有)?力气|喘不过气|活(着|得)\S{0,2}累|没什么(留恋|牵挂)|心死|绝路|添堵|没法(跟|和)",
        r"hopeless|no (point|hope|future|way out|strength|reasons?)|out of reasons|deserves? (better|a better)|drowning|not worth|cant live with|pointless|tired of|exhausted|worthless|useless|(?<!kidney )(?<!renal )(?<!heart )(?<!liver )(?<!organ )(?<!lung )failure|burden"
        rf"|shame|ashamed|cant face|disappointed|heavy|done with(?! {_DEBTS_EN})|cant (take|do) (it|this)|give up|gave up|giving up|last straw"),
    "time": (
        r"今晚|今夜|今天晚上|(明天|今晚|今天)(以后|过后|之后)|这个周末|过完|过了今晚|这周[六日天末]|月底|等\S{0,10}(完|以后|之后)|年前|天亮(前|之前)",
        r"tonight|this weekend|one more day|until my \w+ leaves|wait until|before (morning|dawn)|by new year|after (tonight|this)|next month|by (friday|monday|the weekend)"),
    "better": (
        r"省心|轻松|干净|好过|更好|反(而|倒)(好|轻松|干净|省心)|不用再|不会再(找|烦|麻烦|拖累|被)|挺好|值了|挺值|一笔勾销|清零|债消|总不能再",
        r"better off|(fine|ok|okay|alright|better) (without me|after)|(shell|hell|theyll|she will|he will|they will) be (ok|okay|fine)|lighter|kinder|easier|relieved|be free|wont have to|never have to|solve everything|at least something"),
}
_ANCHORS = frozenset({"gone", "means", "farewell"})
_PATTERNS = {axis: regex(rf"{zh}|\b(?:{en})\b") for axis, (zh, en) in _AXES.items()}
# Every window is first asked for any anchor word at all, in one search (most have none); only
# then is each axis read.
_ANY_ANCHOR = regex("|".join(rf"{_AXES[axis][0]}|\b(?:{_AXES[axis][1]})\b" for axis in sorted(_ANCHORS)))
_GUARDED_ANCHOR = Guarded(_ANY_ANCHOR)  # the same search, skipped where it cannot match (speed only)

# Readings that leave a window alone, besides the everyday ones agreement.py names: a journey or
# a move, a loan paid off or an ending said of the debt, a relative's death, someone else's
# despair heard about, a question about what happens to others in general.
_ELSEWHERE = regex(
    r"出国|出差|回老家|搬家|旅游|打工|进厂|上班|上学|读书|留学|实习|面试|新工作|换工作|工地|下班|飞机|高铁|火车票|支教|山里|信号|没网|闭关|考试|考完|答辩|项目|上线|比赛|装修|手术|(拿去|送去|要)?修(手机|电脑)?|维修|没电|换号|换手机"
    rf"|{REPAID}|(了结|结束|告别|再见)\S{{0,4}}(这笔|债|贷|借呗|花呗|网贷)|{KIN_DIED_ZH}"
    r"|(有人|别人|有个人|那个人|新闻|听说|村里有|顾客|病人|患者)|(催收|对方|他们|那人)\S{0,8}(说|骂|讲|咒)"
    r"|\b(trip|travel\w*|flight|moving|new job|wedding|surgery|abroad|visa run|paid off|pay off|paying off|patient|customers?"
    rf"|heard|news|for the weekend|drove to|(collectors?|agents?|caller) (said|says|told))\b|{KIN_DIED_EN}")
ELSEWHERE = _ELSEWHERE  # read by doubt.py beside the crisis clauses
# Someone else as the one gone ("奶奶走了", "my dog died"): the gone axis counts for oneself only.
_OTHER_GONE = regex(rf"({KIN_ZH}|他|她|狗|猫)(已经|也|都|刚)?(走了|没了|不在了|死了|去世)"
                    r"|\b(he|she|they|dog|cat|grandma|grandpa|uncle|aunt|mother|father|mom|mum|dad)\w* (has |had |is )?(died|dead|gone|passed)\b")


def axes(window_text: str) -> frozenset[str]:
    """The axes present in a window of folded, idiom-masked text, each at its first match that no
    negation right before it cancels ("我不会消失的", "i'm not going anywhere")."""
    found = set()
    for axis, pattern in _PATTERNS.items():
        for match in pattern.finditer(window_text):
            if not negated(window_text[: match.start()]):
                found.add(axis)
                break
    if "gone" in found and _OTHER_GONE.search(window_text):
        found.discard("gone")
    return frozenset(found)


# What a farewell or a means needs beside it: a time alone is everyday ("谢谢，今晚就去还，再见",
# "今晚吃药睡觉了", "I forgot my password, can I pay tonight?"; a review found 14 of 32 such
# look-alikes read as a crisis when any second axis counted). Being gone needs only a time
# ("明天以后就没人找得到我了").
_WEIGHTY = frozenset({"gone", "means", "farewell", "end", "hopeless", "better"})


def despairing(found: frozenset[str]) -> bool:
    """Two axes together, one of them an anchor, and the other not a time set beside a farewell
    or a means alone (see _WEIGHTY)."""
    anchors = found & _ANCHORS
    if len(found) < 2 or not anchors:
        return False
    return "gone" in anchors or len(found & _WEIGHTY) >= 2


@lru_cache(maxsize=1024)
def _window_axes(window_text: str, whole_masked: str) -> frozenset[str]:
    """The axes of a window that may be read at all (empty when it reads as everyday life or the
    rules set its crisis wording aside)."""
    text = masked(window_text)
    if _GUARDED_ANCHOR.search(text) is None:
        return frozenset()
    found = axes(text)
    if not found & _ANCHORS:
        return frozenset()
    if set_aside(text, whole_masked) or everyday_window(text, whole_masked) or _ELSEWHERE.search(text):
        return frozenset()
    return found


def _beside_elsewhere(clauses: list[Clause], first: int, last: int) -> bool:
    """Whether a clause right before or after the window reads as everyday life (see _ELSEWHERE)."""
    return any(0 <= index < len(clauses) and _ELSEWHERE.search(masked(clauses[index].text)) is not None
               for index in (first - 1, last + 1))


def scale_crisis(clauses: list[Clause], whole_masked: str) -> set[int]:
    """The clauses that carry a crisis by the despair scale: two axes, one of them an anchor."""
    marked: set[int] = set()
    if _GUARDED_ANCHOR.search(whole_masked) is None:
        return marked  # most messages: no window can hold an anchor
    for window in windows(clauses):
        found = _window_axes(window.text, whole_masked)
        # Read in the light of the clauses on either side: "明天以后就没人找得到我了，我去山里支教"
        # says where to in the next clause, out of a window's reach.
        if found and _beside_elsewhere(clauses, window.first, window.last):
            continue
        if despairing(found):
            # Only the clauses that hold an axis word: a loan question beside them is still asked
            # ("借呗会起诉我吗，明天以后就没人找得到我了").
            marked |= {index for index in range(window.first, window.last + 1)
                       if window.first == window.last or axes(masked(clauses[index].text))}
    return marked


__all__ = ["axes", "despairing", "scale_crisis"]

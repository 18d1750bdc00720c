"""after_repayment read where nothing was repaid and nothing after it asked (round 32, ans56).

The classifier leans "借呗逾期 + anything it knows little of" to after_repayment ("借呗逾期 我妈一直在哭",
"借呗逾期了我该去哪里求助", "借呗逾期他们会查我的定位吗", "借呗逾期 我好害怕" all got "文章没有讲还清以后的
事"): its examples pair the product's lateness with what comes after repaying. That answer is about a
loan already repaid; a message that tells no repayment and asks nothing of what comes after (the record,
the score or the limit coming back, using or borrowing again) is not asking it.

Such a reading gives way: to worry when the message tells a feeling, a relative's distress or a cry for
help beside the debt (the worry reply: calm first steps, the matters to ask about, 12356), else to the
classifier's next loan topic, else to what happens now (collection_process) when lateness is told.
And the other way: a repayment told with the score or the limit still low ("我已经还清了借呗 但是芝麻分
还是很低") is after_repayment's question, never a decline.
"""

from __future__ import annotations

from .answer_asks import legal_ask, repaid_ask
from .classifier import Prediction
from .cues import LATE_OR_COLLECTED
from .patterns import regex
from .routing_idioms import HELP_ME_EN, LOAN_NAMED, MATTER_ASKED

AFTER = "after_repayment"
WORRY = "worry"
COLLECTION = "collection_process"
_NO_ANSWER = frozenset({"out_of_scope", AFTER, "greeting", "thanks", "goodbye", "capabilities", "crisis", "abusive_collection"})

# A repayment told, or what comes after it asked: the record, the score or the limit back, using again.
_AFTER_WORDS = regex(
    r"还清|还完|结清|付清|还上了|还上以后|已还|已经还|全还|都还了|还了(?:以后|之后|后)|还款(?:以后|之后|后)|还了钱|补上了|补缴|"
    r"记录|消除|洗白|恢复|再借|再用|再次|继续(?:借|用)|还能|还可以|使用|能用|不能用|用不|停用|被停|停了|封|冻结|关闭|能借|借不|不能借|额度|能(?:不能)?再|重新|额度|开通|解封|冻结|用不了|逾期过|有过逾期|曾经逾期|以前逾期|"
    r"\b(?:paid (?:it )?(?:off|back|in full)|repa\w+|clear\w*|settl\w*|arrears|recover\w*|back to normal|reuse|mark|disappear\w*|record|remove[ds]?|again|restored?|reopen\w*|limit|still use|keep using|"
    r"(?:was|been) (?:late|overdue) before)\b")
# A feeling told: the writer's fear or upset (the plain words; idioms arrive as plain words,
# bot.routing_idioms), a relative's distress over the debt, or a cry for help.
_FEELING = regex(
    r"害怕|好怕|很怕|担心|焦虑|着急|发愁|好慌|心慌|好烦|生气|难受|难过|崩溃|睡不着|失眠|"
    r"救命|救救|帮帮我|谁能帮|(?<=[^\s【\[])求助(?![】\]])|向谁求|"
    r"\b(?:help me(?=\s*(?:$|[,.!?]|please|pls|jiebei|huabei|i\b|my\b))|helpless|scared|afraid|worried|anxious|nervous|stressed|panick?\w*|desperate)\b")


def after_not_asked(topics: list[str], folded: str, whole: Prediction) -> list[str]:
    """``topics`` with an after_repayment reading replaced when ``folded`` (the message, text.normalize()d)
    tells no repayment and asks nothing of what comes after or of using the account: worry for the writer's
    feeling or a cry for help; the classifier's next loan topic in ``whole`` (else collection_process) for
    being found or tracked ("会查我的定位吗"). Anything else keeps the reading (the pool's borrowers ask
    access in many words: 被停, 封了, 再次使用)."""
    if not topics or topics[0] != AFTER or _AFTER_WORDS.search(folded) or repaid_ask(folded) is not None:
        return topics  # (repaid_ask: calls after repaying, using or borrowing while late, as the answer reads them)
    if _FEELING.search(folded):
        return [WORRY, *[t for t in topics[1:] if t != WORRY]]
    if not _WHERE.search(folded):
        return topics
    rest = [c.topic for c in whole.candidates if c.topic not in _NO_ANSWER and c.score >= 0.1]
    if rest:
        return [rest[0], *[t for t in topics[1:] if t != rest[0]]]
    if LATE_OR_COLLECTED.search(folded):
        return [COLLECTION, *[t for t in topics[1:] if t != COLLECTION]]
    return topics


def feeling_told(folded: str) -> bool:
    """Whether ``folded`` tells a feeling, a relative's distress or a cry for help (_FEELING; cls117's reader shares it)."""
    return _FEELING.search(folded) is not None


# Being located or tracked, asked ("会查我的定位吗", "能找到我在哪吗", "track my location").
_WHERE = regex(r"定位|位置|行踪|在哪(?:里|儿)?(?:吗|么)?$|查到我在|找到我|\b(?:location|track(?:ing)? me|find me|where i (?:am|live))\b")


# The score, the limit or the record told as still low or not back, after a repayment told.
_REPAID = regex(r"(?<![没未不])(?<!没有)(?<!还没)(?:还清|还完|结清|付清|还上了)|已还|已经还|全还了|都还了|\b(?:paid (?:it )?(?:off|back|in full)|repaid|cleared|settled)\b")
_STILL_LOW = regex(r"(?:芝麻分|芝麻信用|信用分|分数|评分|额度|征信)[^，,。！？!?；;]{0,8}(?:还是|仍然|依然|一直|还|也)[^，,。！？!?；;]{0,4}"
                   r"(?:低|没(?:有)?(?:恢复|涨|变|回来|上去)|不(?:涨|高|恢复|回来)|上不去|花(?:了|的)|是花)"
                   r"|\b(?:score|limit|credit)\b[^.,!?]{0,20}\b(?:still|not)\b[^.,!?]{0,12}\b(?:low|back|recovered|gone|zero|bad)\b"
                   # (cls100) ...or the product itself still closed ("还清了 借呗还是暂不可用", "still says unavailable"); not a
                   # payment still shown unpaid (未还, "unpaid": billing's decline)
                   r"|(?:还是|仍然|依然|一直|还)(?:显示)?(?:暂不可用|不可用|用不了|不能用|借不了|关着|关闭|被关|没(?:有)?(?:恢复|开放|打开))"
                   r"|\bstill\b[^.,!?]{0,16}\b(?:unavailable|not available|closed|locked|disabled|suspended|frozen|can ?t (?:use|borrow))\b")


def repaid_still_low(topics: list[str], folded: str) -> list[str]:
    """[after_repayment] for a repayment told with the score or the limit still low, or the product still closed
    (cls100), and no topic read but a decline ("我已经还清了借呗 但是芝麻分还是很低", "paid off jiebei but my sesame score is still low")."""
    if topics == ["out_of_scope"] and _REPAID.search(folded) and _STILL_LOW.search(folded):
        return [AFTER]
    return topics


# A cry for help beside a late loan ("不知道能找谁求助", "谁能帮帮我"); not a forum title's 【求助】 tag, nor "help me
# avoid…". (A relative's distress is not the writer's feeling: it does not make worry lead, tests/test_mend51.py.)
_HELP = regex(r"救命|救救|帮帮我|谁能帮|(?<=[^\s【\[])求助(?![】\]])|\b" + HELP_ME_EN)
_SHIFTABLE = frozenset({"out_of_scope", "about_jiebei", AFTER, COLLECTION})


def distress_told(topics: list[str], folded: str) -> list[str]:
    """[worry] for a late loan told with a cry for help ("不知道能找谁求助", "谁能帮帮我") where the reading was a
    decline, what Jiebei is, what comes after repaying or what happens now. A loan must be named (LOAN_NAMED:
    "快递逾期了 救命" is no loan), and a matter asked keeps its topic (MATTER_ASKED: "救命 借呗逾期了 怎么还款",
    "help me, jiebei overdue, what will happen next"; review80 #1, #3)."""
    if not topics or topics[0] not in _SHIFTABLE or not LATE_OR_COLLECTED.search(folded) or not LOAN_NAMED.search(folded):
        return topics
    if MATTER_ASKED.search(folded):
        return topics
    if not _HELP.search(folded):
        return topics
    if legal_ask(folded) in ("claim", "complaint"):
        # ...but a cry that also names what collectors do ("催收天天打电话 我该怎么办 救命", a claim they make):
        # that fear leads (the collection answer's own lead on it: 12378, how to check), the warmth after it
        # (fix164, newuser161 #4: the worry reply alone asked them to say what they had just said)
        return [COLLECTION, WORRY]
    return [WORRY]

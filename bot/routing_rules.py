"""The router's phrase readings and small rankings (bot.routing): pulling away said alone, a bare
doubt beside a threat, which threats the article speaks to, and how found topics are ordered."""

from __future__ import annotations

from . import knowledge as kb
from .classifier import Prediction
from .records import dataclass
from .cues import LATE_OR_COLLECTED
from .patterns import regex
from .text import normalize

SAFETY_FIRST = ("crisis", "abusive_collection")

GOODBYE = "goodbye"
# Pulling away, said alone, gets the kind goodbye (it names 12356). Matched whole, not learned as
# goodbye examples: as examples they taught both readers that "leave me alone, I've made my
# decision tonight" is a goodbye (its crisis score fell from 0.85 to 0.18).
PULLING_AWAY = regex(r"\W*(?:(?:你走开|哈哈)\W*)?(?:别管我|别理我|不要管我|你们?都?别管我|你帮不了我|你们?都?帮不了我|说了也没用|跟你说也没用|"
                      r"让我(一个人)?静(一)?静|让我一个人待(一)?会儿?|我想一个人静静|你走开|骗你的|逗你的|开玩笑的|"
                      r"leave me alone|just leave me( be| alone)?|you can ?t help me|nobody can help me|talking won ?t help|"
                      r"i need (some )?time alone|just kidding|jk|kidding)(?:了|的|吧|啦|呢)?(?:\W*(?:你们都一样|哈哈|lol))?\W*")
BARE_DOUBT = regex(r"\W*(?:这|那|他们说的|他说的|她说的)?(?:是)?(?:真的假的|真的吗|真的么|真的|是真的吗|可信吗|靠谱吗|会吗|会这样吗|"
                    r"is (?:it|that|this) (?:true|real)|are they (?:serious|real)|really|can they|will they|can they do that)\W*")
# The rest asks whether a threat is real or likely ("真的吗", "会不会", "can they"), not what to do
# about something that happened ("他们上门骂我全家，我该怎么办": "visits are rare" would belittle it).
DOUBTS = regex(r"真的|假的|会不会|会吗|能吗|可能|是不是|敢不敢|(?:吓唬|唬|吓)(?:人|我)(?:的)?(?:吗|么|嘛)|\bbluff|\b(?:can|will|would|could|do) they\b|\bis (?:it|that|this) (?:true|real|legal)|\breally\b")
UNCOVERED = kb.UNCOVERED


@dataclass(frozen=True)
class Route:
    """Which topics a message asks about, what decided it, and the choices when it is ambiguous."""

    topics: tuple[str, ...]
    prediction: Prediction
    rule: str
    choices: tuple[str, ...] = ()
    check_in: bool = False  # a reply to follow with the check-in line (signs of distress: Router._checked_in)

THREAT_CONFIDENCE = 0.5  # the loan matter an abuse-only message names (a threatened visit) needs this
# The threats whose real likelihood the article speaks to (visits are rare; suing takes a long, large
# overdue). Not going_dark: "don't block them" beside harassment would blame the harassed.
THREATENED_MATTERS = ("home_visit", "lawsuit")


COLLECTION = "collection_process"
# A bare statement of being overdue, with no question ("借呗逾期七天", "花呗逾期#天了"): the
# borrower wants to know what happens now. The classifier leans to after_repayment there, whose
# examples say "逾期#天 ... 还能用吗"; as examples these statements moved ~200 pool topics by
# retraining noise and cost an own crisis message, so a rule reads them.
# ("逾期" alone names neither: a conversation asks which question was meant.)
BARE_OVERDUE = regex(r"(?=.*(?:借呗|花呗|网贷|贷款|天|日|周|星期|礼拜|月|年))(?:我的?)?(?:借呗|花呗|蚂蚁借呗|蚂蚁花呗|网贷|贷款)?(?:已经|都|刚)?(?:逾期|晚还|超期)(?:了)?"
                     r"(?:[#一二两三四五六七八九十几半\d]+(?:个)?(?:天|日|周|星期|礼拜|月|年)(?:多|了|啦)*)?\W*")

PENALTY, NEGOTIATE = "penalty_costs", "negotiate"
# Asking for charges to be reduced or waived ("能不能减免罚息", "can the late fees be waived").
# (Not 少还, "underpaid", nor "reduce my credit score": a reduction must be of a charge.)
WAIVER = regex(r"减免|免除|免掉|免了|免息|少收|减掉|打折|\bwaiv|\bforgiv|\bdiscount|\bwrite (?:it )?off"
               r"|\breduc\w*\b.{0,20}\b(?:fees?|penalt\w*|interest|charges?)|\b(?:fees?|penalt\w*|interest|charges?)\b.{0,20}\breduc")


def waiver_first(topics: list[str], folded: str) -> list[str]:
    """"能不能减免罚息" asks for terms, not for the rate: when the penalty topic leads and the message
    asks for a waiver or a reduction, the negotiate answer (whether charges can be reduced is the
    lender's call; the article is silent) leads and the penalty answer follows. ``folded`` is the
    message as text.normalize gives it."""
    if not topics or topics[0] != PENALTY or not WAIVER.search(folded):
        return topics
    if NEGOTIATE in topics or len(topics) == 1:
        return [NEGOTIATE] + [t for t in topics if t != NEGOTIATE]
    return topics  # several other questions: each keeps its answer (a review: one fell off the end)


# "Will they call me?": contact with the borrower (the article: reminders online, then a person
# steps in), not with family, which is what the contact_family answer is about.
# (会 after 开/聚/约... is a meeting or a party: "开会的时候打电话给我".)
CALLS_ME = regex(r"(?<![开聚约体机社宴晚早])(?:会不会|会|要不要|是不是)\S{0,6}(?:打电话|打给|来电|联系|发短信|发消息|找)(?:给)?我(?:吗|么|嘛|\W|$)"
                 r"|\b(?:will|would|do|does) (?:they|jiebei|alipay|ant|the lender|collectors?|someone|anyone) "
                 r"(?:call|text|phone|ring|contact|message) me\b(?! (?:and|or) (?:my|the))")
FAMILY = "contact_family"
_OTHERS_NAMED = regex(r"家|爸|妈|父母|老婆|老公|亲|朋友|同事|公司|单位|领导|老板|通讯录|联系人"
                      r"|\b(?:family|parents?|mom|mum|dad|wife|husband|friends?|boss|work|colleagues?|contacts|relatives?)\b"
                      r"|\b(?:emergency|my|phone) contact\b")  # not "contact me"

# Calls about something other than a late loan: applying, approval, a loan's confirmation (微粒贷
# calls to confirm a new loan), delivery, sales.
_OTHER_BUSINESS = regex(r"申请|审核|审批|放款|到账|下款|借款|贷款|微粒贷|确认|核实|面试|提额|开通|办理|快递|客服|回访|推销|营销|中奖"
                        r"|\b(?:appl\w*|approv\w*|review\w*|confirm\w*|verif\w*|interview\w*|deliver\w*|open\w*|"
                        r"increase|raise|disburse\w*|customer service|promot\w*|market\w*|prize)\b")


_LENDER = regex(r"借呗|花呗|网贷|贷款|平台|支付宝|蚂蚁|还款|还钱|不还|没还|按时还|\b(?:jiebei|huabei|alipay|ant|lender|loan|debt|pay|repay\w*|payments?|due)\b")


def calls_to_me(topics: list[str], folded: str) -> list[str]:
    """"逾期了会不会打电话给我", "will they call me if I'm late?": when an overdue message names no
    one but the borrower, what happens after a loan goes overdue answers it (a decline or the
    family answer does not). ``folded`` is the message as text.normalize gives it."""
    if topics not in ([FAMILY], [kb.OUT_OF_SCOPE]) or not CALLS_ME.search(folded) or _OTHERS_NAMED.search(folded):
        return topics
    if not LATE_OR_COLLECTED.search(folded) and _OTHER_BUSINESS.search(folded):
        return topics  # "提交申请多长时间会打电话给我": an application's call, not collection
    if topics == [kb.OUT_OF_SCOPE] and not (LATE_OR_COLLECTED.search(folded) or _LENDER.search(folded)):
        return topics  # "does anyone call me if my flight is cancelled?" (review9)
    return [COLLECTION]  # "Will Jiebei call me?" says no more: asked here, it is the late borrower's fear


# "你说的12356是什么", "what is 95188?": a question about an outside number the replies give (never
# from the article) is answered by the reply that says what the number is for: 12356 by the
# frightened reader's reply (a psychological assistance hotline), 12378 by the abuse reply (the
# regulator's complaints line), 95188 by the reply about what this assistant can and cannot do
# (Alipay's official hotline, for one's own account). Matched whole, on text.fold()ed text.
NUMBER_TOPICS = {"12356": "worry", "12378": "abusive_collection", "95188": "capabilities"}
NUMBER_ASKED = regex(
    r"(?:(?:那|请问)\s*)?(?:你\s*(?:刚才|刚刚|上面)?\s*(?:说|提到|给|发)的?\s*|那个|这个)?(?:电话|号码|热线)?\s*(?P<zh>12356|12378|95188)\s*"
    r"(?:这个)?(?:电话|号码|热线)?\s*(?:是|是个|是一个)?\s*(?:什么|啥|干什么|干啥|干嘛|做什么|哪里|哪儿|哪个部门|谁)\s*(?:的)?\s*"
    r"(?:电话|号码|热线|机构|地方|部门|单位)?\s*(?:啊|呀|呢|吗|么)?"
    r"|(?:and |so |sorry )?(?:what|who|whose) (?:is|s|number is) (?:the |that |this )?(?:number |hotline |line |phone number )?"
    r"(?P<en>12356|12378|95188)(?: number| hotline| line)?(?: for| exactly| you mentioned| you gave me)?")


def number_asked(text: str) -> str | None:
    """The topic whose reply says what an outside number is, for a message that asks about that
    number alone ("12356是什么电话"), or None. ``text`` as text.fold gives it."""
    number = asked_number(text)
    return NUMBER_TOPICS[number] if number else None


def asked_number(text: str) -> str | None:
    """The outside number (12356, 12378, 95188) a message asks about alone, or None."""
    found = NUMBER_ASKED.fullmatch(text)
    return (found.group("zh") or found.group("en")) if found else None


def surest(predictions: list[Prediction], limit: int) -> list[str]:
    """The distinct topics of the ``limit`` surest predictions, in the order they were asked."""
    best: dict[str, tuple[float, int]] = {}
    for position, prediction in enumerate(predictions):
        if prediction.topic not in best or best[prediction.topic][0] < prediction.confidence:
            best[prediction.topic] = (prediction.confidence, best.get(prediction.topic, (0, position))[1])
    kept = sorted(best, key=lambda t: (-best[t][0], best[t][1]))[:limit]
    return sorted(kept, key=lambda t: best[t][1])


def fallback_score(prediction: Prediction) -> float:
    return next((c.score for c in prediction.candidates if c.topic == kb.OUT_OF_SCOPE), 0.0)


def same_text(left: str, right: str) -> bool:
    return normalize(left) == normalize(right)


def prioritised(found: list[str], by_id: dict[str, kb.Topic]) -> list[str]:
    """Safety topics first; chit-chat and the fallback dropped when a real question is present."""
    real = [t for t in found if by_id[t].kind in ("domain", "safety")]
    if not real:
        rest = [t for t in found if t != kb.OUT_OF_SCOPE]
        return rest[:1] or [kb.OUT_OF_SCOPE]
    first = [t for t in SAFETY_FIRST if t in real]
    return first + [t for t in real if t not in first]

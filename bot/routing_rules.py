"""The router's phrase readings and small rankings (bot.routing): pulling away said alone, a bare
doubt beside a threat, which threats the article speaks to, and how found topics are ordered."""

from __future__ import annotations

from . import knowledge as kb
from .classifier import Prediction
from .records import dataclass
from .cues import LATE_OR_COLLECTED
from .number_call import calls_95188, hotline_asked, unreachable_95188
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
    unread: Route | None = None  # the route before a reading by meaning (bot.routing_meant): kept after a crisis reply
    shown: str = ""  # the rule the reply names when ``rule`` stays for the conversation's logic ("逾期" alone: answer171)

    @property
    def crisis_probability(self) -> float:
        """The classifier's probability of the crisis topic for the message (0 when not a candidate)."""
        return next((c.score for c in self.prediction.candidates if c.topic == SAFETY_FIRST[0]), 0.0)

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
                     r"(?:[#一二两三四五六七八九十几半\d]+(?:个)?(?:天|日|周|星期|礼拜|月|年)(?:多|了|啦)*)?"
                     r"(?:\W*(?:还|也|一直|都)?(?:没有?还|未还)(?:上|钱|款)?(?:呢|啊|呀)?)?\W*")  # "…逾期了还没还" (cls12)

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
                 r"(?:call|text|phone|ring|contact|message) me\b(?! (?:and|or) (?:my|the))"
                 r"|\bwho (?:will|would|is going to) (?:call|text|phone|ring|contact|message) me\b"
                 r"|\b(?:the |my )?(?:doctors?|hospital|clinic|school|teachers?|courier|landlord|hr|recruiter) "
                 r"(?:will|would|is going to) (?:call|text|phone|ring|contact) me\b"
                 # ...and asked in English order: "will the hospital call me" (review13)
                 r"|\b(?:will|would|does|do) (?:the |my )?(?:doctors?|hospital|clinic|school|teachers?|courier|landlord|recruiter) "
                 r"(?:call|text|phone|ring|contact) me\b")
FAMILY = "contact_family"
_OTHERS_NAMED = regex(r"家|爸|妈|父母|老婆|老公|亲|朋友|同事|公司|单位|领导|老板|通讯录|联系人"
                      r"|\b(?:family|parents?|mom|mum|dad|wife|husband|friends?|boss|work|colleagues?|contacts|relatives?)\b"
                      r"|\b(?:emergency|my|phone) contact\b")  # not "contact me"

# Calls about something other than a late loan: applying, approval, a loan's confirmation (微粒贷
# calls to confirm a new loan), delivery, sales.
_OTHER_BUSINESS = regex(r"申请|审核|审批|放款|到账|下款|借款|贷款|微粒贷|确认|核实|面试|提额|开通|办理|快递|客服|回访|推销|营销|中奖"
                        r"|医院|医生|诊所|体检|学校|老师|人事|\bhr\b|房东|中介|包裹|外卖|航班|机场|物业"
                        r"|\b(?:appl\w*|approv\w*|review\w*|confirm\w*|verif\w*|interview\w*|deliver\w*|open\w*|"
                        r"increase|raise|disburse\w*|customer service|promot\w*|market\w*|prize|"
                        r"doctors?|hospital|clinic|package|parcel|courier|school|teachers?|landlord|recruiter|flight|airline)\b")


_LENDER = regex(r"借呗|花呗|网贷|贷款|平台|支付宝|蚂蚁|还款|还钱|不还|没还|按时还|\b(?:jiebei|huabei|alipay|ant|lender|loan|debt|pay|repay\w*|payments?|due)\b")


def calls_to_me(topics: list[str], folded: str) -> list[str]:
    """"逾期了会不会打电话给我", "will they call me if I'm late?": when an overdue message names no
    one but the borrower, what happens after a loan goes overdue answers it (a decline or the
    family answer does not). ``folded`` is the message as text.normalize gives it."""
    if len(topics) != 1 or not CALLS_ME.search(folded):
        return topics
    if topics not in ([FAMILY], [kb.OUT_OF_SCOPE]):  # another loan reading: only someone else's call is declined
        return [kb.OUT_OF_SCOPE] if _someone_elses_call(folded) else topics
    if not LATE_OR_COLLECTED.search(folded) and _OTHER_BUSINESS.search(folded):
        # "提交申请多长时间会打电话给我": an application's call, not collection; "医院会不会打电话给我",
        # "will someone call me about my lost package?" are not about a loan at all: declined, not
        # the family answer (whose classifier reading is only the words "call me").
        return topics if _LENDER.search(folded) or _OTHERS_NAMED.search(folded) else [kb.OUT_OF_SCOPE]
    if _OTHERS_NAMED.search(folded):
        return topics
    if topics == [kb.OUT_OF_SCOPE] and not (LATE_OR_COLLECTED.search(folded) or _LENDER.search(folded)):
        return topics  # "does anyone call me if my flight is cancelled?" (review9)
    return [COLLECTION]  # "Will Jiebei call me?" says no more: asked here, it is the late borrower's fear


def _someone_elses_call(folded: str) -> bool:
    """A call about something else (a doctor, a parcel, an application) from no lender, late loan
    or relative: "the doctor will call me tomorrow or not" (cls12: it had got going_dark)."""
    return not (LATE_OR_COLLECTED.search(folded) or _LENDER.search(folded) or _OTHERS_NAMED.search(folded)) \
        and bool(_OTHER_BUSINESS.search(folded))


# "你说的12356是什么", "what is 95188?", "95188是骗子吗": a question about an outside number the replies
# give (never from the article) is answered by the reply that says what the number is for: 12356 by
# the frightened reader's reply (a psychological assistance hotline), 12378 and 110 by the abuse reply
# (the regulator's complaints line; the police when someone threatens your safety), 95188 and 120 by
# the reply about what this assistant can and cannot do (Alipay's official hotline, for one's own
# account; the ambulance). Any other number asked about alone ("12345是什么", "what's 114 for") is
# not one of ours: declined, and the frame's "number" line says it is not a number these replies
# give, without guessing what it is. Matched whole, on text.fold()ed text.
NUMBER_TOPICS = {"12356": "worry", "12378": "abusive_collection", "110": "abusive_collection",
                 "95188": "capabilities", "120": "capabilities"}
NUMBER_ASKED = regex(
    r"(?:(?:那|请问)\s*)?(?:你\s*(?:刚才|刚刚|上面)?\s*(?:说|提到|给|发)的?\s*|那个|这个)?(?:电话|号码|热线)?\s*(?P<zh>\d{3,6})\s*"
    r"(?:这个)?(?:电话|号码|热线)?\s*(?:"
    r"(?:是|是个|是一个)?\s*(?:什么|啥|干什么|干啥|干嘛|做什么|哪里|哪儿|哪个部门|谁)\s*(?:的)?\s*(?:电话|号码|热线|机构|地方|部门|单位)?"
    r"|(?:是|是不是)\s*(?:骗子|骗人|诈骗|假的|真的|官方|正规)\S{0,8}?)\s*(?:啊|呀|呢|吗|么)?"
    r"|(?:and |so |sorry )?(?:what|who|whose) (?:is|s|number is) (?:the |that |this )?(?:number |hotline |line |phone number )?"
    r"(?P<en>\d{3,6})(?: number| hotline| line)?(?: for| exactly| you mentioned| you gave me)?"
    r"|(?:is|isn t) (?:the )?(?:number )?(?P<real>\d{3,6})(?: number| hotline| line)? (?:a |an )?(?:scam|fraud|fake|real|legit|legitimate|official|really alipay)\w*(?: number| call)?"
    # Whether calling the lender's line helps or it is the right line ("打95188有用吗", "is 95188 the right
    # number for huabei", "should i call 95188"): what it is for answers it, for this lender or not
    # (truth1 #2). (Whether 12378 helps is asked of the abuse reply, which leads with it.)
    r"|(?:那\s*)?(?:打|拨|拨打|联系|找)\s*(?P<use>95188)\s*(?:这个)?(?:电话|号码|热线|客服)?\s*(?:有用|管用|有没有用|能解决|能行|行不行|靠谱|靠不靠谱|对吗|对不对|可以吗|行吗)\s*(?:吗|么|嘛|呢|啊)?"
    r"|(?:is |would )?(?P<right>95188) (?:the )?(?:right|correct) (?:number|hotline|line|one)(?: for (?:\w+ ?){1,3})?"
    r"|(?:should|can|do|shall) i (?:just )?(?:call|ring|dial) (?P<call>95188)(?: for (?:\w+ ?){1,3})?")


def number_asked(text: str) -> str | None:
    """The topic whose reply says what an outside number is, for a message that asks about that
    number alone ("12356是什么电话"), or None; out_of_scope for a number the replies never give.
    ``text`` as text.fold gives it."""
    number = asked_number(text)
    return None if number is None else NUMBER_TOPICS.get(number, kb.OUT_OF_SCOPE)


def asked_number(text: str) -> str | None:
    """The number (three to six digits) a message asks about alone, or None."""
    found = NUMBER_ASKED.fullmatch(text)
    if found is None:
        return "95188" if calls_95188(text) or hotline_asked(text) or unreachable_95188(text) else None  # "花呗逾期打95188有用吗", "借呗电话是多少"
    return next(found.group(name) for name in ("zh", "en", "real", "use", "right", "call") if found.group(name))


# "借呗逾期了可以不还吗" asks whether one may simply not pay: what not paying leads to answers it
# (going_dark), not how to negotiate. Not "先不还"/"这个月不还" (paying later: negotiate), nor not
# paying a charge ("可以不还利息吗": a waiver), nor "还不了" (cannot).
NOT_PAYING = regex(r"(?<![先暂])(?:可以|能|能不能|可不可以|是不是可以|就)\s*(?:直接|干脆|就|一直)?\s*不(?:用)?还(?:了|钱|款|借呗|花呗|网贷)?"
                   r"\s*(?:吗|么|嘛|呢|吧|行不行|可以吗|行吗|可不可以)?\W*$"
                   r"|\bcan i (?:just |simply )?(?:not|never) (?:re)?pay(?: (?:it|them|jiebei|huabei|the loan|back))*(?: at all| ever)?\W*$")
GOING_DARK = "going_dark"
# ...and not skipping one instalment or month ("分六期第一期可以不还吗", "这个月可以不还吗"): terms.
_NOT_NOW = regex(r"第.{0,3}期|分.{0,3}期|这期|本期|这个月|本月|下个月|这次|这一次|暂时|部分")


def not_paying_first(topics: list[str], folded: str) -> list[str]:
    """The negotiate answer replaced by the going_dark one when the message asks whether it may
    simply not pay (NOT_PAYING). ``folded`` is the message as text.normalize gives it."""
    if NEGOTIATE not in topics[:1] or not NOT_PAYING.search(folded) or _NOT_NOW.search(folded):
        return topics
    return [GOING_DARK] + [t for t in topics if t not in (NEGOTIATE, GOING_DARK)]


# Money owed *to* the borrower ("朋友借我钱不还", "my friend owes me 2000, can I sue him?"): a
# personal debt, not a loan the article is about; its going_dark or lawsuit reading is declined
# unless the message also names a lender's product.
OWED_TO_ME = regex(r"欠(?:了)?我|(?:朋友|同学|同事|亲戚|别人|熟人)欠(?:了)?#?(?:块|元|万)?(?:的)?钱\S{0,4}不还|借(?:了)?我(?:的)?#?(?:块|元|万)?(?:的)?钱\S{0,6}不还"
                   # a relative or friend who borrowed from me ("我哥借我两万一直不还"): the amount without 钱
                   r"|(?:哥|姐|弟|妹|叔|舅|姨|邻居|室友|朋友|同学|同事|亲戚|熟人)借(?:了)?我[#\d一二两三四五六七八九十百千万]+(?:块|元|万|千)?[^，。,.?？!！]{0,8}不还"
                   r"|借给(?:了)?(?:朋友|同学|同事|亲戚|别人|熟人|他|她)|不还我|还我钱"
                   r"|\b(?:owes?|owed|owing) me\b|\bpay me back\b|\b(?:borrowed|took) (?:# |\w+ )?(?:money |yuan |rmb )?from me\b|\blent (?!me\b|us\b)(?:my )?\w+ (?:# )?")
# A lender's product, a loan of the borrower's own, or a collector quoted ("催收说不还我钱就上门":
# the collector's words, not a personal debt; review13).
_PRODUCT_NAMED = regex(r"借呗|花呗|网贷|网商贷|微粒贷|白条|平台|支付宝|蚂蚁|贷款|信用卡|催收|我们的钱"
                       r"|\b(?:jiebei|huabei|alipay|ant|app|platform|loans?|credit cards?|collectors?|collection)\b")


def owed_to_me(topics: list[str], folded: str) -> list[str]:
    """[out_of_scope] for a loan reading of money owed to the borrower (OWED_TO_ME) when no lender's
    product is named. ``folded`` is the message as text.normalize gives it."""
    if not topics or not OWED_TO_ME.search(folded) or _PRODUCT_NAMED.search(folded):
        return topics
    return [kb.OUT_OF_SCOPE] if all(t not in SAFETY_FIRST for t in topics) else topics


AFTER = "after_repayment"
# "i finished paying, why jiebei still closed", "还完了为什么借呗还是关着": paid, and the product still
# shut: whether access comes back after repaying (after_repayment), not an account fault to decline.
# Not "never late, why closed" (no repayment of a late loan: declined as account business), nor
# "paid but the app still shows unpaid" (a billing fault).
_REPAID = regex(r"还完|还清|结清|全还了|都还了|还上了|\b(?:finish(?:ed)? pay\w*|paid (?:off|back|everything|all|it all)|(?:fully|already) paid|cleared)\b")
_STILL_SHUT = regex(r"还是(?:关着|关闭|关了|用不了|不能用|借不了|借不出|没开)|还(?:关着|用不了|不能用|借不了)|(?:关着|用不了|借不了|不能用)(?:呢|啊)?\W*$"
                    r"|\bstill (?:closed|shut|blocked|frozen|not (?:open|available|working))|\b(?:can ?t|cannot|can not) (?:use|borrow)\b|\bnot available\b")
_NEVER_LATE = regex(r"(?:没有?|从来没有?|从未|不曾)(?:过)?(?:逾期|晚还|欠)|\bnever (?:been )?(?:late|overdue|missed)|\b(?:not|no) (?:late|overdue)\b")


def shut_after_paying(topics: list[str], folded: str) -> list[str]:
    """[after_repayment] for a declined message that says the loan was repaid and asks why the
    product is still shut (_REPAID, _STILL_SHUT; not when it says it was never late)."""
    if topics != [kb.OUT_OF_SCOPE] or not _REPAID.search(folded) or not _STILL_SHUT.search(folded) \
            or _NEVER_LATE.search(folded):
        return topics
    return [AFTER]


# What a word or saying means ("狗急跳墙是什么意思", "what does 'burn bridges' mean"): a loan word
# (罚息, 外访, 停息挂账) is the loan topic's to explain; a saying that names no loan concept is
# declined (it had gone to collection_process: "是什么意思" alone leans there). ``term`` is read
# by the lexicon in bot.routing.
MEANING = regex(r"\W*(?:请问)?\W*(?:这个)?(?:成语|俗语|俗话|词|词语|说法)?\W*(?P<zh>[\u3400-\u9fff]{2,8})\W*(?:这个|这句)?(?:成语|俗语|俗话|词|词语|话|说法)?"
                r"(?:是|指|说的是)?(?:什么|啥|甚么)意思(?:啊|呀|呢|吗)?\W*"
                r"|\W*what (?:does|do|is) (?:the )?(?:idiom |phrase |word |saying |expression )?\W*(?P<en>[a-z][a-z ]{1,30}?)\W* mean\W*"
                r"|\W*what is the meaning of (?:the )?(?:idiom |phrase |word |saying |expression )?\W*(?P<en2>[a-z][a-z ]{1,30}?)\W*")


def asked_meaning(folded: str) -> str | None:
    """The word or saying a message asks the meaning of, alone, or None (MEANING)."""
    if "意思" not in folded and "mean" not in folded:
        return None  # every match holds one (speed only)
    found = MEANING.fullmatch(folded)
    return (found.group("zh") or found.group("en") or found.group("en2")) if found else None


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

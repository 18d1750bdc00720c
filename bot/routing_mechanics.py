"""Readings by meaning for questions the classifier sends to the loan topic their words brush against (round 36,
cls81; issue 13). Read after vetting by bot.routing_meant.meant; each kind changes only the readings listed beside it,
never a safety topic:

- How a loan works when nothing is late is billing or account mechanics, which the article does not cover and the
  bot declines (pointing to the official service): the daily or yearly rate of a normal loan ("借呗日利率是多少",
  "what's the daily rate on jiebei"; penalty_costs answers penalty interest on an OVERDUE sum), the fee of an
  ordinary instalment plan ("花呗分期手续费怎么算"; negotiate answers instalments asked for because the writer
  cannot pay or is late), the fee for paying a normal loan off early, asked in English or Chinese (answer210), when borrowed money arrives ("借呗借款多久到账"; not what Jiebei is), a lost or stolen
  phone ("手机丢了 支付宝怎么办"; not a consequence of being late), and off-topic help such as which budgeting
  app to use (prevention answers how to plan repayments, not which app). Lateness or hardship told keeps the
  classifier's reading; lateness denied ("没逾期", "not overdue") is no lateness.
- Whether collectors still knock on doors these days, or what the rules on collection now are, asked in general
  ("现在还有上门催收吗", "are there new rules on debt collection"): collection_trend, not collection_process or
  the personal home_visit ("他们会来我家吗" names the writer and stays).
- A new SIM card or number, or a move to another city, told as the way out of the loan ("换个号码 他们还能找到我
  吗", "if I move to another city will they find me"): going_dark. Changing the number on the account ("换了手机号
  支付宝怎么换绑") asks nothing of escaping and stays.

mend77 (review93: 39 right answers lost to the first version): lateness and hardship are read by the project's shared
readers (bot.cues.OVERDUE, routing_account.CANNOT_PAY) plus the due date told as passed, not a short list of its own;
the writer's own case is any lateness or debt told, and 咱/we/our are the writer; an escape needs the writer as the one
found ("找不到我", not "找不到还款入口") and is not read when denied ("我不是躲") or when paying is meant ("我想还款"). The
same readers the other way: a rate asked on a loan told late is penalty_costs from the decline, and doorstep visits
asked beside the writer's own debt are home_visit from collection_trend.

Matched on text.normalize()d text (``folded``).
"""

from __future__ import annotations

from .cues import OVERDUE
from .knowledge_types import OUT_OF_SCOPE as DECLINED
from .patterns import regex
from .routing_account import CANNOT_PAY

TREND = "collection_trend"
DARK = "going_dark"
PENALTY = "penalty_costs"
HOME = "home_visit"

# Lateness, penalties or hardship told: the question is about a loan in trouble, not billing. Lateness is the shared
# reader's (bot.cues: 晚了, 拖了, 超期, past due, missed, owe…) and hardship routing_account's (钱不够, 手头紧, 失业, can't
# make the payment, laid off, no income…); review93 found cls81's own short list declined 23 late or hard-up
# borrowers. Here only what those readers do not hold: penalties, the due date told as passed, a loss of income or
# savings, and terms asked of the lender (协商, 个性化分期 are the hardship plan itself).
# The due date told as passed (what bot.cues.OVERDUE does not hold): "还款日过了", "超过还款日", "晚交", "past the deadline".
_PAST_DUE = regex(r"(?:还款日|到期日|到期|账单日|期限)\S{0,6}(?:过|超)|(?:过|超过|超出)了?(?:还款日|到期日|期限)|晚交|迟交"
                  r"|\b(?:past|after|passed|over|beyond) (?:the |my |its )?(?:due date|deadline|repayment date)\b"
                  r"|\b(?:due|repayment|payment) date (?:has |had |already )*(?:passed|gone by|went by)\b|\bdeadline (?:has |already )*passed\b")
_TROUBLE = regex(r"罚|违约|滞纳|催收|困难|压力"
                 r"|(?:收入|工资|薪水|积蓄|存款|生意|公司)\S{0,4}(?:断|没|少|降|减|砍|亏|倒闭|花光|不够|拿不出|凑不)"
                 r"|凑不|拿不出|裁员|下岗|倒闭|破产|紧张|很紧|有点紧|生病|住院|医院|治病|手术|协商|商量|个性化分期|停息挂账|延期还"
                 r"|\b(?:penalt\w*|default\w*|collectors?|hardship|negotiat\w*|medical|hospital\w*|sick"
                 r"|income|salary|savings|business (?:failed|went under|collapsed)|cash flow|tight|struggl\w*"
                 r"|(?:can ?t|cannot|won ?t be able to|unable to|couldn ?t) (?:make|cover|afford|pay|repay))\b")
# Lateness denied ("正常分期没逾期", "i'm not overdue"): removed before lateness is read.
_DENIED = regex(r"(?:没|没有|不|未|从不|从没)(?:有)?(?:逾期|过期)|\b(?:not|never|no|isn t|wasn t) (?:been )?(?:overdue|late)\b")


# Owing alone ("我欠借呗一万", "i owe jiebei 20k"): a balance, not lateness, where penalty interest is what would be claimed.
_OWED = regex(r"欠(?:款|了|着)?|\b(?:owe[ds]?|owing)\b")


def _late(folded: str, owing: bool = True) -> bool:
    """Whether lateness is told (the shared reader, or the due date passed), lateness denied not counting; with
    ``owing`` false, a debt owed alone is not lateness."""
    told = _DENIED.sub(" ", folded if owing else _OWED.sub(" ", folded))
    return OVERDUE.search(told) is not None or _PAST_DUE.search(told) is not None


def _trouble(folded: str) -> bool:
    """Whether lateness, a penalty or hardship is told."""
    return _late(folded) or CANNOT_PAY.search(folded) is not None or _TROUBLE.search(_DENIED.sub(" ", folded)) is not None


trouble_told = _trouble  # (bot.routing_product_ops: another product's operations are declined only with nothing of this told)


# The rate of a normal loan: a daily/yearly rate or a day's interest asked.
_RATE = regex(r"日利率|日息|年化|年利率|月利率|(?:一|每)天(?:的)?利息|利息(?:一|每)天"
              r"|\b(?:daily (?:interest|rate)|interest (?:per|a|each) day|annual (?:rate|interest)|apr|interest rate)\b")
# An ordinary instalment plan's cost asked.
_INSTALMENT = regex(r"分#?期|分[一二两三四五六七八九十]+期|\binstal?l?ments?\b")
_COST = regex(r"手续费|费率|利息|利率|多少钱|多少|怎么算|怎么收|\b(?:fee|fees|interest|cost|how much|how do .* work|work normally)\b")
# When borrowed money arrives asked.
_ARRIVES = regex(r"(?:多久|多长时间|什么时候|啥时候|几天|几个小时)(?:能|才能|会|可以)?(?:到账|到卡|打到|放款|到账户|到我卡)"
                 r"|(?:到账|放款|打到卡里|到卡上)(?:要|需要)?(?:多久|多长时间|几天)|(?:还没|没有|还没有)(?:到账|到卡|看到钱|收到钱|放款)"
                 r"|\b(?:how (?:long|soon)|when)\b.{0,40}\b(?:arrive|hit my|pay out|paid out|disburse\w*|land in|reach my)\b"
                 r"|\b(?:hasn t|has not|not) (?:come|arrived|landed)\b")
_BORROWED = regex(r"借款|借了|借的钱|借钱|申请|借呗|\b(?:borrow\w*|loan)\b")
_REPAID = regex(r"还款|还了|还钱|还进去|\b(?:repa\w*|paid)\b")
# Paying a normal loan off early, and its fee asked, in English or Chinese ("is there a charge for paying off the loan before
# the term ends", "借呗一次性还清要多收钱吗"; answer210, mend217's docs): billing, like the 提前还款手续费 the examples decline.
# Not a penalty named (_TROUBLE keeps those).
_EARLY = regex(r"提前(?:还|结清)|一次性还清|\b(?:early|ahead of (?:schedule|time)|before (?:the )?(?:term|end of the term)|prepay\w*)\b")
_FEE = regex(r"手续费|费用|收费|收钱|\b(?:fees?|charge[ds]?|charge anything|costs? (?:me )?anything)\b")
# A lost or stolen phone.
_PHONE_LOST = regex(r"手机(?:不小心)?(?:丢|掉|被偷|被盗|不见)|(?:丢|掉)了手机|\b(?:lost my phone|phone (?:was |got )?(?:stolen|lost)|stolen phone)\b")
# Which app or tool to budget with.
_APP = regex(r"(?:记账|理财|预算|管钱|开支|花销|记录花费)\S{0,4}(?:app|软件|工具|应用)|(?:app|软件|工具|应用)\S{0,4}(?:记账|管钱|管理开支)"
             r"|\b(?:budget\w*|money tracking|spending|expense\w*) (?:app|apps|tool|software)\b|\bapps? (?:to|for) (?:track|budget\w*)\b")
# Where mechanics are declined from: the loan topics their words brush against.
_MECHANICS_FROM = frozenset({"penalty_costs", "negotiate", "about_jiebei", "collection_process", "uncovered_consequences",
                             "prevention", "after_repayment", "going_dark"})


def _mechanics(folded: str) -> bool:
    """Whether the message asks a mechanic of a normal loan or off-topic help (module doc), nothing late told."""
    if _APP.search(folded):
        return True
    if _trouble(folded):
        return False
    if _RATE.search(folded) or (_INSTALMENT.search(folded) and _COST.search(folded)) or _PHONE_LOST.search(folded):
        return True
    if _EARLY.search(folded) and _FEE.search(folded):
        return True
    return bool(_ARRIVES.search(folded) and _BORROWED.search(folded) and not _REPAID.search(folded))


# --- collection in general ----------------------------------------------------------------------------
# (咱, we/us/our too: "咱家现在会有人上门吗", "we're 3 months behind" name the writer's household, review93)
_FIRST_PERSON = regex(r"我|俺|咱|本人|\b(?:i|me|my|mine|i m|i ve|we|us|our|ours|we re|we ve)\b")
# (a time word, not 还会/还有 alone: "还清后还会上门吗" asks of the writer's own case, truth3)
_NOWADAYS = regex(r"现在|如今|这年头|这几年|现如今|目前|今年|最近"
                  r"|\b(?:still|nowadays|these days|anymore|any more|today|in 20#)\b")
# The writer's own loan told without a first person: repaid, or any lateness or debt the shared reader knows
# (bot.cues.OVERDUE: "欠五万", "拖了半年没还", "overdue 两个月"; review93 found a five-word list sent 10 of them to the trend).
_OWN_CASE = regex(r"还清|还完|结清|已还|已经还")
_DOORSTEP = regex(r"上门|登门|家访|外访|\b(?:door\w*|home visits?|knock\w*|in person|to (?:your|people s) (?:house|home))\b")
_RULES = regex(r"监管|新规|规定|法规|整治|整顿|管得严|国家.{0,4}(?:管|出台|允许|不让|规范)|规范"
               r"|\b(?:regulat\w*|new rules|rules (?:on|for|about)|crack\w* down|law on)\b")
_COLLECTING = regex(r"催收|催债|要债|讨债|\b(?:collect\w*|collectors?)\b")
_TREND_FROM = frozenset({"collection_process", "home_visit", DECLINED, "about_jiebei", "lawsuit"})


def _own_case(folded: str) -> bool:
    """Whether the writer's own loan is told (repaid, late or owed), lateness denied not counting."""
    return _OWN_CASE.search(folded) is not None or _late(folded)


def _trend(folded: str) -> bool:
    """Whether collection in general is asked: doorstep visits these days, or the rules on collecting."""
    if _FIRST_PERSON.search(folded) or _own_case(folded):
        return False
    return bool((_NOWADAYS.search(folded) and _DOORSTEP.search(folded)) or (_RULES.search(folded) and _COLLECTING.search(folded)))


# --- a new number or another city as the way out ------------------------------------------------------
_NEW_NUMBER = regex(r"换(?:张|个|了|掉)?(?:个)?(?:新的?)?(?:手机|电话)?(?:卡|号码|号)|(?:扔|丢|注销|停)(?:掉|了)?(?:手机|电话)?(?:卡|号码)|sim卡"
                    r"|\b(?:sim(?: card)?|new (?:phone )?number|switch\w* (?:my )?number|change (?:my )?(?:phone )?number)\b")
_ELSEWHERE = regex(r"(?:搬|去|跑|逃|离开|换)(?:到|去|了)?(?:外地|外省|别的城市|另一个城市|其他城市|别的地方|个城市|城市|南方|北方)"
                   r"|\b(?:mov\w*|relocat\w*|run) (?:to )?(?:another|a different|other|a new) (?:city|province|town|place)\b"
                   r"|\bmove provinces\b|\brelocat\w*\b|\bnew city\b|\bleave (?:the|this|my) (?:city|town)\b")
# The way out told: found or reached as the object ("找不到我", "find me"; not "找不到还款入口", "打不通客服", review93),
# hiding, not paying, the debt left (借呗不管了; not the old number left). Not "behind": that is lateness.
_ESCAPE = regex(r"(?:找|联系|追|查|打)(?:得|不)?(?:到|上|着)我|躲|不还|不用还|(?:借呗|钱|债|贷款?|欠款)\S{0,2}不管|不理|赖|就没事|不了了之"
                r"|\b(?:(?:find|reach|track|trace|locate) (?:me|us)|get (?:to )?me|avoid|escape|stop paying|never pay|give up|disappear"
                r"|don t have to (?:re)?pay|not (?:have to )?pay)\b")
# An escape denied, or paying told as meant ("我不是躲", "没想跑", "not trying to escape", "我想还款"): removed before
# _ESCAPE is read, so someone moved for work or on a new number who means to pay is not told not to disappear.
_NOT_ESCAPING = regex(r"(?:不是|并不是|没想|没打算|不打算|不想|没有|不会)(?:想|要|打算|故意)?(?:躲|跑|逃|赖|不还|不管)\S{0,4}"
                      r"|\bnot (?:trying to |going to |planning to )?(?:escape|avoid|run\w*|hid\w*|disappear\w*|dodg\w*)\b[^.,;!?]{0,20}")
# Paying told as meant ("我想还款", "逾期的钱会还的", "i want to pay"; not 不想还, "don't want to pay").
_MEANS_TO_PAY = regex(r"(?<!不)(?<!没)(?:想|要|会|一定会?|主动)还|\b(?<!don t )(?<!not )(?:want to|wanna|will|going to|i ll|plan to|intend to) (?:re)?pay\b")


def _escaping(folded: str) -> bool:
    """Whether a way out of the loan is told (_ESCAPE), a denied escape or a will to pay not counting."""
    told = _NOT_ESCAPING.sub(" ", folded)
    return _ESCAPE.search(told) is not None and _MEANS_TO_PAY.search(told) is None


# (not contact_family or home_visit: "我换了号码 他们会不会找到我爸妈" asks about the family found, cls25's rule)
# (cls88: nor is an escape told a question about where collection is going: "换手机号能躲过催收吗" had read as the trend)
_DARK_FROM = frozenset({"uncovered_consequences", DECLINED, "collection_process", "about_jiebei", TREND})


def mechanics_meant(topics: list[str], folded: str) -> list[str]:
    """``topics`` with this module's readings (module doc); the first reading that applies, only from the readings
    listed beside it; otherwise ``topics`` unchanged."""
    first = topics[0]
    if first in _MECHANICS_FROM and _mechanics(folded):
        return [DECLINED]
    if first in _TREND_FROM and _trend(folded):
        return [TREND]
    if first in _DARK_FROM and (_NEW_NUMBER.search(folded) or _ELSEWHERE.search(folded)) and _escaping(folded):
        return [DARK, *[t for t in topics[1:] if t not in (DARK, DECLINED)]]
    return _in_trouble(topics, folded)


def _in_trouble(topics: list[str], folded: str) -> list[str]:
    """The same readers the other way (review93's unchanged misses): a rate asked on a loan told late is penalty
    interest (only from the decline); doorstep visits asked beside the writer's own debt or lateness are home_visit
    (only from collection_trend). Not instalments beside hardship to negotiate: "花呗分期没还完还能再分期吗",
    "分期为什么还不了" (billing, a failed payment) read as hardship by 没还/还不了 and 57 pool questions moved."""
    first, rest = topics[0], topics[1:]
    if first == DECLINED and _RATE.search(folded) and _late(folded, owing=False):
        return [PENALTY]
    if first == TREND and _DOORSTEP.search(folded) and _own_case(folded) and not _RULES.search(folded):
        return [HOME, *[t for t in rest if t != HOME]]
    return topics


__all__ = ["mechanics_meant", "trouble_told"]

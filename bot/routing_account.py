"""Account business (bot.routing): opening, closing, topping up or running the product is the lender's
service's to do, and the replies decline it, whatever loan topic its words lean to.

Moved out of bot.routing_rules (round 30, cls24) and widened there to the account actions borrowers
ask of the app itself (issue 13: out_of_scope recall 34/43 on an independent set): changing the card
repayments come from, cancelling the automatic deduction, raising the limit, closing the account,
getting a statement or a settlement certificate. Their words lean to the loan topics (注销 to
going_dark, 额度 to about_jiebei, 还款 to negotiate). None of it applies with a late or collection
cue ("逾期了还能提额吗", "逾期后自动扣款还扣吗" are read elsewhere) or a word of evading the debt
("注销支付宝能躲掉借呗的债吗" is going_dark's). Matched on text.normalize()d text (``folded``).
"""

from __future__ import annotations

from . import knowledge as kb
from .cues import LATE_OR_COLLECTED
from .patterns import regex
from .records import replace
from .routing_rules import SAFETY_FIRST, Route
from .text import normalize

ABOUT = "about_jiebei"

# Opening, closing or topping up the product ("how to apply for jiebei", "借呗怎么开通", "can I
# borrow more on jiebei", "how to switch off jiebei") is account business the replies decline,
# though the words lean to what Jiebei is (about_jiebei). Not with a late cue: "逾期后还能申请借呗吗"
# is about getting access back.
ACCOUNT_BUSINESS = regex(r"(?:怎么|如何|怎样|在哪|哪里)(?:才能)?(?:申请|开通|激活|关闭|关掉)(?:借呗|花呗)|(?:借呗|花呗)(?:要)?(?:怎么|如何|怎样|在哪|哪里)(?:申请|开通|激活|关闭|关掉)"
                         r"|\b(?:how (?:to|do i|can i|should i)|where (?:to|do i|can i)|can i|i want to) (?:apply|sign up|register|activate|open|get|switch off|turn off|close|cancel|borrow more|borrow(?: money)? from)\b"
                         r"(?: for| on| to)? (?:a |my |the )?(?:jiebei|huabei)\b(?! (?:deferral|extension|forgiveness|relief|instal\w*|repayment plan|hardship)\b)")
# ...but whether one qualifies, and on what ("can I apply for Jiebei without a Sesame score?"), is
# how Jiebei decides: about_jiebei's.
_WHO_QUALIFIES = regex(r"芝麻|额度|信用|条件|资格|门槛|\b(?:sesame|score|limit|credit|eligib\w*|requir\w*|qualif\w*|without)\b")

# Opening a credit card or a new account elsewhere ("大学生怎么办信用卡", "how to apply for a credit card")
# is a bank's business: declined whatever the words lean to (future_credit's 办信用卡), unless late
# ("逾期了还能办信用卡吗" asks what being late does to new credit).
APPLY_CARD = regex(r"(?:怎么|如何|怎样|在哪|哪里|去哪)(?:才能|可以)?(?:办|申请|开|办理|申办)(?:一?张)?信用卡|信用卡(?:要)?(?:怎么|如何|在哪)(?:办|申请|办理)"
                   r"|\b(?:how (?:to|do i|can i)|where (?:to|do i|can i)) (?:apply for|get|open) (?:a |my first )?credit card\b")
# The product named with an opening or closing word and nothing else ("借呗 开通", "花呗 申请").
BARE_ACCOUNT = regex(r"\W*(?:蚂蚁)?(?:借呗|花呗)\s*(?:怎么|如何)?\s*(?:申请|开通|激活|关闭|关掉|入口)\W*|\W*(?:申请|开通|激活|关闭|关掉)\s*(?:借呗|花呗)\W*")

# The account actions asked of the app (cls24), each an act and its object, in either order:
_CARD = r"(?:(?:还款|扣款|绑定的?|绑的|收款|借款)(?:银行)?卡|银行卡|储蓄卡)"
_AUTO = r"(?:自动扣款|自动还款|自动扣费|自动划扣|代扣|免密支付|自动续费)(?:功能)?"
_LIMIT_UP = r"提高|调高|提升|升高|涨|加|提"
ACCOUNT_ACTION = regex(
    # the card repayments come from, changed ("借呗还款的银行卡怎么换", "换绑扣款卡")
    r"(?:换|更换|修改|改|变更|解绑|换绑)(?:一下|一张|个|张)?(?:借呗|花呗)?(?:的)?" + _CARD + r"|" + _CARD
    + r"(?:怎么|如何|怎样|能不能|能否|可以|可不可以|要怎么|能)?(?:换|更换|修改|改成?|变更|解绑|换绑)"
    # the automatic deduction cancelled ("借呗的自动扣款怎么取消", "关掉花呗自动还款")
    r"|(?:取消|关闭|关掉|停掉|停用|解除|关)(?:掉)?(?:借呗|花呗)?(?:的)?" + _AUTO + r"|" + _AUTO
    + r"(?:要|该|应该)?(?:怎么|如何|怎样|能不能|能否|可以|在哪)?(?:才能)?(?:帮(?:我|她|他))?(?:取消|关闭|关掉|停掉|停用|解除|关)"
    # the limit raised ("借呗额度怎么才能提高", "怎么提额"; "逾期后额度会恢复吗" has a late cue)
    r"|提额|(?:" + _LIMIT_UP + r")(?:借呗|花呗)?(?:的)?额度|额度(?:怎么|如何|怎样|能不能|能否|可以|可不可以)?(?:才能|再)?(?:" + _LIMIT_UP + r")"
    # the account closed ("借呗账户怎么注销", "注销花呗")
    r"|注销(?:借呗|花呗)|(?:借呗|花呗)(?:的)?(?:账户|账号)?(?:要)?(?:怎么|如何|怎样|能不能|能否|可以|可不可以|能)?(?:注销|停用)"
    r"|把(?:借呗|花呗)(?:的)?(?:账户|账号)?(?:给)?(?:关了|关掉|关闭|注销|停了|停掉)"
    # a statement, the loan's records or a settlement certificate ("借款记录怎么导出来", "开结清证明")
    r"|(?:借款|还款|账单|交易|贷款)(?:的)?(?:明细|记录|清单|流水)(?:在哪|在哪里|怎么|如何|哪里|去哪)(?:能|可以)?(?:看|查|导出|下载|打印|开)"
    r"|(?:导出|下载|打印|开具?)(?:借呗|花呗)?(?:的)?(?:账单|明细|流水|结清证明|还款证明)|结清证明|还款证明|贷款结清证明"
    r"|\b(?:change|switch|update|replace|unlink|remove) (?:the |my )?(?:bank |debit |linked |repayment )?card\b"
    r"|\b(?:cancel|turn off|switch off|stop|disable) (?:the |my )?(?:auto[ -]?(?:debit|pay\w*|deduct\w*|repay\w*)|automatic (?:debit|deduction|payment|repayment)s?)\b"
    r"|\b(?:increase|raise|boost|upgrade|higher|bigger|more) (?:my |the )?(?:jiebei |huabei )?(?:credit )?(?:limit|credit line)\b"
    r"|\b(?:close|deactivate|delete|terminate|shut down) (?:my |the )?(?:jiebei|huabei)(?: account)?\b"
    r"|\b(?:get|download|see|view|find|print|export|request|access)\b.{0,24}\b(?:statements?|settlement (?:certificate|letter)|proof of (?:payment|settlement)"
    r"|loan history|repayment history|transaction history)\b")
# ...and an action asked to get out of the debt is going dark, not account business.
_EVADING = regex(r"躲|赖|逃|跑路|不还|不用还|一走了之|\b(?:avoid|escape|get out of|dodge|run away|never pay|not pay|stop paying)\b")
# ...and a statement asked about the record it shows (征信) is credit_report's.
_RECORD = regex(r"征信|人行|央行|信用报告|\bcredit (?:report|record|file|bureau)\b")
# ...and a writer who cannot pay asks it to get by, not to run the account (review70 #1: "lost my job, can I close
# my jiebei account", "交不起房租了 怎么注销借呗", "can't afford food, how do i turn off auto repayment"): a question
# for negotiate (or the classifier's own loan reading), never "I can't help with that one here".
CANNOT_PAY = regex(r"还不起|(?<!提前)还不上|(?<!提前)还不了|还唔起|交不起|交唔起|付不起|供不起|(?<!不是)没钱|冇钱|钱不够|手头紧|失业|丢了工作|工作没了|被裁|没工作"
                   r"|周转|困难|要用钱|钱要(?:给|留|用)|吃不起|没饭吃|揭不开锅"
                   r"|\b(?:can ?t|cannot|can not|unable to|couldn ?t|could not) (?:afford|pay|repay|make (?:the |my )?(?:re)?payments?)\b"
                   r"|(?<!\bnot )(?<!\bno longer )\bbroke\b|\b(?:lost|lose|losing) (?:my|his|her|our) jobs?\b|\b(?:jobless|unemployed|laid off|hardship)\b"
                   r"|\bno (?:money|income|savings)\b|\bneed (?:the|that|this|my) money\b|\bnothing left\b")
NEGOTIATE = "negotiate"
# Lateness told as the writer's own state ("逾期三个月", "逾期了", "I'm 20 days overdue"), not asked of ("逾期后怎么取消",
# "没还清可以提额吗": a borrower not yet repaid, as on main), nor denied ("没有逾期"): it is hardship as well.
LATE_TOLD = regex(r"(?<!没)(?<!没有)(?<!不)(?<!从不)逾期(?:了|(?:快|已经|都)?[0-9一二两三四五六七八九十几半]+多?(?:天|个月|月|年|周))"
                  r"|\b(?:i m|i am|i ve been|been) (?:(?:\d+|#|a few|two|three) \w+ )?(?:overdue|late)\b|(?:\b\d+|#) (?:days?|weeks?|months?) (?:overdue|late)\b")
_CLOSING = regex(r"关闭|关掉|注销|停用|\b(?:switch off|turn off|close|cancel|deactivate)\b")  # (not opening one: no negotiation)


def account_business(topics: list[str], folded: str) -> list[str]:
    """[out_of_scope] for an about_jiebei reading of a message that asks how to open, close or top
    up the product (ACCOUNT_BUSINESS) and names nothing late; for any loan reading of a message
    that only names the product and opening it (BARE_ACCOUNT) or asks how to get a credit card
    (APPLY_CARD); and for a single loan reading of an account action (ACCOUNT_ACTION), nothing late,
    evaded or on the credit record named. ``folded`` as text.normalize gives it."""
    if not topics or any(t in SAFETY_FIRST for t in topics):
        return topics
    if _tells_hardship(folded):
        return hardship_account(topics, folded)  # ("还不起了 怎么关掉借呗的自动扣款" was declined before cls24 too)
    if LATE_OR_COLLECTED.search(folded):
        return topics  # (lateness alone: "没还清可以提额吗", "逾期后怎么取消自动还款" keep their reading, as before)
    if BARE_ACCOUNT.fullmatch(folded) or APPLY_CARD.search(folded):
        return [kb.OUT_OF_SCOPE]
    if len(topics) == 1 and topics[0] not in ("worry", "crisis") and ACCOUNT_ACTION.search(folded) \
            and not _EVADING.search(folded) and not _RECORD.search(folded):
        return [kb.OUT_OF_SCOPE]
    if topics != [ABOUT] or not ACCOUNT_BUSINESS.search(folded) or _WHO_QUALIFIES.search(folded):
        return topics
    return [kb.OUT_OF_SCOPE]


def hardship_account(topics: list[str], folded: str) -> list[str]:
    """An account action or business asked by a writer who cannot pay: the loan reading stands, and a
    decline becomes negotiate (what can be done when the money is not there); ``topics`` otherwise."""
    if topics == [kb.OUT_OF_SCOPE] and asks_account(folded):
        return [NEGOTIATE]
    return topics


def asks_account(folded: str) -> bool:
    """Whether the message asks an account action or business of the product, not to evade the debt
    nor about the credit record (those are read as going_dark and credit_report)."""
    return bool((ACCOUNT_ACTION.search(folded) or (ACCOUNT_BUSINESS.search(folded) and _CLOSING.search(folded)))
                and not _EVADING.search(folded) and not _RECORD.search(folded))


def account_in_context(route: Route, text: str, earlier_hardship: bool) -> Route:
    """A turn's route in a conversation whose earlier turns told lateness or a writer who cannot pay
    ("我失业了 借呗还不上" > "怎么注销借呗"): an account action declined there is answered as negotiate."""
    if earlier_hardship and route.topics == (kb.OUT_OF_SCOPE,) and asks_account(normalize(text)):
        return replace(route, topics=(NEGOTIATE,), choices=())
    return route


def hardship_told(text: str) -> bool:
    """Whether a message tells lateness or that the writer cannot pay (for the turns after it)."""
    return _tells_hardship(normalize(text))


def _tells_hardship(folded: str) -> bool:
    return bool(CANNOT_PAY.search(folded) or LATE_TOLD.search(folded))


__all__ = ["ACCOUNT_BUSINESS", "APPLY_CARD", "BARE_ACCOUNT", "CANNOT_PAY", "account_business", "account_in_context",
           "asks_account", "hardship_account", "hardship_told"]

"""Hardship told in kinds of wording the classifier reads by the words they brush against (round 34, ans69;
issue 13). Read after the classifier, by bot.routing_meant.meant, each kind changing only the readings
listed beside it:

- A fixed sum a month offered and whether the lender would take it asked ("如果我每个月固定还500 他们会
  同意吗", "will they accept if I pay 500 a month"): negotiate (asking the lender for terms), not the decline
  the amounts and "每个月还" of instalment billing drew. A sum a month with nothing asked of the lender
  ("每个月还500 利息多少", "每月还款日是几号") is billing and stays declined.
- Wages not paid told beside a loan that cannot be repaid ("老板两个月没发工资了 借呗还不上", "my boss
  hasn't paid me and I can't repay"): negotiate, not collection_process, a decline, or a guess at
  abuse. Wages alone ("老板不发工资怎么办") name no loan: untouched. A consequence asked ("会被起诉吗") keeps
  the classifier's other readings.
- The Alipay account told as frozen, and getting it back asked ("支付宝账户被冻结了怎么解冻", "my alipay
  account got frozen, how do I unfreeze it"): account mechanics, declined (and pointed to the official
  service), not the "not covered" consequence line. Asking whether lateness *will* freeze it is a feared
  consequence and stays uncovered_consequences.

Matched on text.normalize()d text (``folded``).
"""

from __future__ import annotations

from .concern_clauses import account_frozen_told
from .patterns import regex

NEGOTIATE = "negotiate"
DECLINED = "out_of_scope"

# --- a fixed sum a month offered ----------------------------------------------------------------------
_NUM = r"(?:#|\*+|[0-9]+(?:\.[0-9]+)?(?:k|千|百|万|块|元)?|[一二两三四五六七八九十几百千万]+(?:块|元)?)"
_MONTHLY = regex(
    rf"(?:每个?月|一个月|每月)(?:固定|只|就|最多|能|可以|按时)*(?:还|给|拿出|拿得出|交|打|付)(?:个)?{_NUM}"
    rf"|(?:每个?月|一个月|每月)(?:固定|只|最多)*{_NUM}(?:块|元)?(?:地|的)?还"
    rf"|(?:一个月|每个?月)(?:最多|只|就)?(?:能|可以)?(?:拿得出|拿出|还得起|还)(?:个)?{_NUM}"
    r"|\b(?:pay|send|give|repay|afford|manage)\b[^.,!?;]{0,20}?(?:\b\d+(?:\.\d+)?k?\b|#)[^.,!?;]{0,12}?\b(?:a|per|each|every) month\b"
    r"|(?:\b\d+(?:\.\d+)?k?\b|#k?)(?: rmb| yuan| dollars?| bucks)? (?:a|per|each|every) month\b"
    r"|\b(?:pay|send|repay)\b[^.,!?;]{0,12}?(?:\b\d+(?:\.\d+)?k?\b|#k?)[^.,!?;]{0,8}?\bmonthly\b")
# Whether the lender would take it, asked (同意/接受/答应/肯/行不行/可以吗; accept/agree/ok/allowed).
_TAKEN = regex(r"同意|接受|答应|肯不肯|肯吗|认可|行不行|行吗|可以吗|可不可以|能不能|能行吗|会不会同意|算数"
               r"|\b(?:accept\w*|agree\w*|ok with|okay with|allow\w*|take it|fine with|go for it|let me)\b")
# Billing asked beside the sum: how much interest, which day, how many instalments, paying early (stays declined).
_BILLING = regex(r"利息|利率|手续费|还款日|几号|多少期|分几期|每期|账单|提前还|提前结清|提前还清"
                  r"|\b(?:interest|apr|due date|which day|how many instal\w*|(?:pay|paid) (?:it |this |the \w+ )?off early|early (?:re)?pay\w*)\b")

# --- wages not paid ------------------------------------------------------------------------------------
_WAGES_UNPAID = regex(
    r"(?:拖欠|欠|扣着|压着)(?:我)?(?:的)?(?:工资|薪水|薪资|工钱)|(?:工资|薪水|薪资|工钱)(?:一直|还|都|已经)*(?:没|未|不)(?:有)?(?:发|给|结|到账|拿到)"
    r"|(?:没|不)(?:有)?(?:发|给|结)(?:我)?(?:的)?(?:工资|薪水|薪资|工钱)|[0-9一二两三四五六七八九十几]+个月(?:都)?没(?:发|给|结)(?:工资|薪水|钱)?|欠薪|讨薪"
    r"|(?:老板|老闆|公司|厂里|工地)[^，,。！？!?；;\s]{0,6}(?:跑路|跑了|拖着不给)|工钱没拿到"
    r"|\b(?:(?:boss|employer|company|manager) (?:has ?n ?t|hasn t|has not|didn ?t|did not|won ?t|never) (?:paid|pay) me"
    r"|(?:boss|employer|company) owes me\b[^.,!?;]{0,20}(?:salary|wages?|pay)|(?:salary|wages?|pay ?check) (?:is |are |has |have )?"
    r"(?:not|n ?t|never|still not|yet to be) (?:been )?(?:paid|come|arrived|in)|unpaid (?:salary|wages?)|not been paid)\b")
_LOAN = regex(r"借呗|花呗|网贷|贷款|借款|欠款|还款|还钱|还不上|还不了|还不起|没钱还|逾期|信用卡|白条|微粒贷"
              r"|\b(?:loan|jiebei|huabei|repay\w*|overdue|debt|installment|instalment|credit card)\b")
# A consequence asked ("会被起诉吗", "会上征信吗", "will they sue"): the classifier's reading of it stands.
_CONSEQUENCE = regex(r"会不会|会被|会上|会影响|会怎样|会怎么样|后果|起诉|征信|上门|坐牢"
                     r"|\b(?:will (?:they|it|i)|what happens|sue|court|credit (?:report|record|score))\b")
_WAGES_FROM = frozenset({DECLINED, "collection_process", "uncovered_consequences", "about_jiebei", "abusive_collection"})
# A collector's own conduct named: an abuse reading stays (only a guess from "my boss hasn't paid me" moves).
_COLLECTOR = regex(r"催收|骂|威胁|恐吓|骚扰|爆通讯录|\b(?:collector\w*|threat\w*|harass\w*|insult\w*|abus\w*)\b")

def _offered(topics: list[str], folded: str) -> list[str]:
    if topics[0] == NEGOTIATE or topics[0] not in (DECLINED, "collection_process", "about_jiebei", "penalty_costs"):
        return topics
    if not (_MONTHLY.search(folded) and _TAKEN.search(folded)) or _BILLING.search(folded):
        return topics
    return [NEGOTIATE, *[t for t in topics if t not in (NEGOTIATE, DECLINED, "about_jiebei")]][:2]


def _wages(topics: list[str], folded: str) -> list[str]:
    if topics[0] not in _WAGES_FROM or not (_WAGES_UNPAID.search(folded) and _LOAN.search(folded)):
        return topics
    if _CONSEQUENCE.search(folded) or (topics[0] == "abusive_collection" and _COLLECTOR.search(folded)):
        return topics
    return [NEGOTIATE]


def _frozen(topics: list[str], folded: str) -> list[str]:
    if topics[0] != "uncovered_consequences" or not account_frozen_told(folded):
        return topics
    return [DECLINED]


def hardship_meant(topics: list[str], folded: str) -> list[str]:
    """``topics`` with the first of this module's readings that applies (see the module doc); ``folded``
    is the message text.normalize()d. Unchanged when none applies."""
    for reading in (_offered, _wages, _frozen):
        if (changed := reading(topics, folded)) != topics:
            return changed
    return topics


__all__ = ["hardship_meant"]

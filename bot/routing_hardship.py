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
- Telling the lender before being late, asked as whether or how to ("还没逾期，要不要提前跟借呗说一声", "Is it worth
  contacting Jiebei before the due date if I know I'll be late?", "should I call them now or wait until I'm actually
  late?"; cls252, from blind26/27): negotiate (the article's advice: talk to the lender early), not collection_process
  or a decline. The writer must be the one to contact (a should/worth/可以 word): "到期前会联系我吗", "will they call me
  before the due date" ask what the lender does and stay; paying early ("提前还款要联系客服吗") is billing and stays.

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
# Whether the lender would take the sum, asked (mend74: only these count, and only about the sum; review87 found
# 能不能/可以吗 anywhere turned "每个月还500 能不能改成自动扣款" and 13 more account questions into negotiate).
# A lender-acceptance verb (同意/接受/答应/肯/认; accept/agree/ok with), its yes/no form included ("能不能接受").
_ACCEPT = regex(r"(?:能不能|可不可以|会不会|能|会|肯不肯)?(?:同意|接受|答应|认可|认不认|肯不肯|肯吗|算数)"
                r"|\b(?:accept\w*|agree\w*|ok with|okay with|fine with|go for it|take it|let me|allow me)\b")
# Something else asked between the sum and the acceptance verb: the verb is about that, not the sum.
_OTHER_ASK = regex(r"吗|呢|么|能不能|可不可以|可以|怎么|多少|几|什么|哪|是不是|还想|再借|[?？]"
                   r"|\b(?:how|what|which|can|could|is (?:it|that|this))\b")
# The sum itself asked: a yes/no word after the sum (only words of that repayment between) that ends the message ("每个月还500 可以吗",
# "一个月最多拿得出800 这样还借呗可以吗",
# "if i pay 500 a month is that ok"), or right before a sum that ends it ("能不能每个月只还500").
_ASKED_AFTER = regex(r"^(?:\W|这样|那样|这么|的话|我|就|先|只|还|给|借呗|花呗|网贷|他们|你们|平台|慢慢|都){0,8}?(?:可以吗|可以么|可以不|可不可以|行不行|行吗|行么|能行吗|行不|成吗|好吗|能不能)"
                     r"\W*(?:吗|呢|啊|呀)?\W*$"
                     r"|^\W*(?:is (?:that|it|this) (?:ok|okay|fine|alright|acceptable|enough|allowed)|would (?:that|it|this) "
                     r"(?:work|do|be (?:ok|okay|fine|enough|acceptable))|ok|okay)\W*$")
_ASKED_BEFORE = regex(r"(?:能不能|可不可以|可以|能否)(?:就|只)?\W*$")


def _sum_asked(folded: str) -> bool:
    """Whether the lender's taking a sum a month is what is asked (see _ACCEPT, _ASKED_AFTER)."""
    for monthly in _MONTHLY.finditer(folded):
        before, after = folded[max(0, monthly.start() - 30):monthly.start()], folded[monthly.end():]
        accept = _ACCEPT.search(after[:40])
        if accept and not _OTHER_ASK.search(after[:accept.start()]):
            return True  # "每个月还500 他们会同意吗", "300 a month, will alipay accept?"
        accepted = list(_ACCEPT.finditer(before))
        if accepted and not _OTHER_ASK.search(before[accepted[-1].end():]) and not _OTHER_ASK.search(after):
            return True  # "would jiebei agree if i paid 2k each month"
        if _ASKED_AFTER.search(after) or (_ASKED_BEFORE.search(before) and not _OTHER_ASK.search(after.lstrip("吗吧呢 "))):
            return True  # "每个月还500 可以吗", "能不能每个月只还500"
    return False


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
# The loan told as not being repaid (mend74: a loan merely named is not hardship; review87 found "my boss hasn't paid
# me yet, can i get a jiebei loan", 劳动仲裁, 额度, 自动扣款 and 停息挂账 questions read as negotiate).
_CANT_REPAY = regex(r"还不上|还不了|还不起|没钱还|还不出|拿不出钱还|逾期|过期|断供|欠着没还|没(?:能|办法)?还(?:上|款|钱)?(?:了|呢)?(?:[，,。！？!?；;\s]|$)|晚还|延期还"
                    r"|\b(?:can ?t|cannot|can not|couldn ?t|unable to|not able to) (?:pay|repay|make)\b|\bmissed\b|\boverdue\b"
                    r"|\bbehind (?:on|with)\b|\blate (?:on|with|payment)|\bdefault\w*")
# A consequence asked ("会被起诉吗", "会上征信吗", "will they sue"): the classifier's reading of it stands.
_CONSEQUENCE = regex(r"会不会|会被|会上|会影响|会怎样|会怎么样|后果|起诉|征信|上门|坐牢"
                     r"|\b(?:will (?:they|it|i)|what happens|sue|court|credit (?:report|record|score))\b")
_WAGES_FROM = frozenset({DECLINED, "collection_process", "uncovered_consequences", "about_jiebei", "abusive_collection"})
# A collector's own conduct named: an abuse reading stays (only a guess from "my boss hasn't paid me" moves).
_COLLECTOR = regex(r"催收|骂|威胁|恐吓|骚扰|爆通讯录|\b(?:collector\w*|threat\w*|harass\w*|insult\w*|abus\w*)\b")

def _offered(topics: list[str], folded: str) -> list[str]:
    if topics[0] == NEGOTIATE or topics[0] not in (DECLINED, "collection_process", "about_jiebei", "penalty_costs"):
        return topics
    if not _sum_asked(folded) or _BILLING.search(folded):
        return topics
    return [NEGOTIATE, *[t for t in topics if t not in (NEGOTIATE, DECLINED, "about_jiebei")]][:2]


def _wages(topics: list[str], folded: str) -> list[str]:
    if topics[0] not in _WAGES_FROM or not (_WAGES_UNPAID.search(folded) and _CANT_REPAY.search(folded)):
        return topics
    if _CONSEQUENCE.search(folded) or (topics[0] == "abusive_collection" and _COLLECTOR.search(folded)):
        return topics
    return [NEGOTIATE]


def _frozen(topics: list[str], folded: str) -> list[str]:
    if topics[0] != "uncovered_consequences" or not account_frozen_told(folded):
        return topics
    return [DECLINED]


# --- telling the lender before being late -------------------------------------------------------------
_TALK_ZH = r"(?:联系|沟通|说明|说一声|说一下|打(?:个)?电话|打招呼|报备|申请|协商|商量|告诉)"
_TO_LENDER_ZH = r"(?:跟|和|给|向|找)?(?:借呗|支付宝|蚂蚁|平台|客服|他们|对方|银行|官方)?"
_AHEAD_ZH = r"(?:提前|事先|预先)(?!还|结清)|还没(?:有)?逾期|没逾期(?:之前|前|的时候)?|逾期(?:之)?前|到期(?:之)?前|还款日(?:之)?前|还没到(?:还款日|期)"
_BEFORE_TALK = regex(rf"(?:{_AHEAD_ZH})[^，,。！!？?；;\s]{{0,10}}?{_TO_LENDER_ZH}{_TALK_ZH}"
                     r"|\b(?:contact\w*|call\w*|ring\w*|phon\w*|tell\w*|let (?:them|\w+) know|reach\w* out|talk\w* to|speak\w* to"
                     r"|get\w* in touch|warn\w*|notify\w*|inform\w*)\b.{0,50}\b(?:before (?:the |my |it s |it is |that )?(?:due|deadline|"
                     r"i m|i am|i miss|i go|i fall|it happens|being late|payment is due)|ahead of (?:time|the due date)|in advance|beforehand"
                     r"|now or (?:should i )?wait|until i m (?:actually )?(?:late|overdue))\b"
                     r"|\bbefore (?:i m|i am|i go|i fall|i miss|being)\b.{0,30}\b(?:contact|call|ring|phone|tell|reach out|talk to|speak to)\b")
# ...asked as whether or how the writer should ("要不要", "有用吗", "should I", "is it worth"), not what the lender will do.
_SHOULD = regex(r"要不要|该不该|应不应该|应该|有没有用|有用吗|有必要|值得|好不好|是不是(?:应该|要|得)|需要|我该|能不能|可以|可不可以|行不行|管用|怎么"
                r"|\b(?:should|worth|is it (?:better|wise|a good idea|smart|helpful|best)|does it help|would it help|do i need|better to|"
                r"good idea|how do i|how should i|can i)\b")
_LENDER_ACTS = regex(r"(?:会|能)(?:不会)?(?:联系|打电话|通知|提醒)我|\b(?:will|would|do|does) (?:they|jiebei|alipay|the \w+) (?:contact|call|text|remind|notify) me\b")
_BEFORE_FROM = frozenset({DECLINED, "collection_process", "contact_family", "prevention", "after_repayment", "going_dark", "credit_report"})


def _before_late(topics: list[str], folded: str) -> list[str]:
    if topics[0] not in _BEFORE_FROM or not _BEFORE_TALK.search(folded) or not _SHOULD.search(folded) or _LENDER_ACTS.search(folded):
        return topics
    return [NEGOTIATE, *[t for t in topics[1:] if t not in (NEGOTIATE, DECLINED)]][:2]


def hardship_meant(topics: list[str], folded: str) -> list[str]:
    """``topics`` with the first of this module's readings that applies (see the module doc); ``folded``
    is the message text.normalize()d. Unchanged when none applies."""
    for reading in (_offered, _wages, _frozen, _before_late):
        if (changed := reading(topics, folded)) != topics:
            return changed
    return topics


__all__ = ["hardship_meant"]

"""Another product's own operations, and someone else paying, read as the billing they are (round 51, cls252; issue 13).

The lead's policy (stop 53): a question about another lender's overdue loan (花呗, 微粒贷, 白条, a credit card, another app)
gets the topic it asks about, with the answer's caveat that its knowledge is about 借呗; only another product's own
billing or account mechanics are out_of_scope. The classifier answered some of those mechanics by the loan words they
brush against; each kind below is declined (pointing to that product's official service) only when nothing late,
owed or hard-up is told (bot.routing_mechanics' readers), and only from the loan readings listed beside it:

- Setting up instalments on another product's bill ("京东白条怎么分期", "花呗账单可以分期吗", "can I pay my Huabei in
  instalments"): the product's own feature, read as negotiate by 分期. 借呗 itself keeps its reading ("借呗能不能重新
  分期" is the examples' negotiate: it has no bill to split, so asking is asking for new terms); lateness or hardship
  told keeps it ("花呗逾期了还能分期吗", "信用卡还不上可以分期吗": negotiate).
- Paying with a pay-later product or a card ("花呗能不能买火车票", "can I use Huabei on Taobao"): read as the travel ban
  or as getting access back. Not "still"/"again"/after repaying ("还清后花呗还能用吗": after_repayment's).
- Someone else paying the writer's loan, asked as how or whether it can be done ("借呗能不能给别人代还", "can my friend
  repay my Jiebei from his own account?"): repayment mechanics, as the examples' "让家里人帮我还借呗 怎么操作". Not
  whether the family must pay ("我爸妈要替我还吗", "will my husband have to repay": uncovered_consequences' liability,
  never read from), nor a payment told as done ("我妈帮我还了借呗").
- The fee of an ordinary card or account operation (a cash advance, an annual fee, a transfer or withdrawal:
  "信用卡取现手续费多少"): read as penalty_costs by 手续费.

Matched on text.normalize()d text (``folded``).
"""

from __future__ import annotations

from .knowledge_types import OUT_OF_SCOPE as DECLINED
from .patterns import regex
from .product_mentions import PRODUCT_OF, PRODUCT_RE, is_a_loan
from .routing_mechanics import trouble_told

# Where these are declined from: the loan readings their words brush against (not uncovered_consequences for someone
# else paying: the family's liability is its answer).
_OPS_FROM = frozenset({"negotiate", "after_repayment", "uncovered_consequences", "penalty_costs", "collection_process",
                       "about_jiebei", "prevention", "going_dark", "credit_report"})
_PAYER_FROM = _OPS_FROM - {"uncovered_consequences"} | {"contact_family"}

# Instalments set up, asked as how or whether ("怎么分期", "可以分期吗", "分期怎么弄", "can I split it into instalments").
_SPLIT = regex(r"(?:怎么|如何|怎样|能不能|能否|可不可以|可以|能)(?:办理?|申请|开通|设置|弄|做|办个)?(?:账单)?分期(?!还款)"
               r"|分期(?:怎么|如何)|分期(?:吗|么|不)|分期付款"
               r"|\b(?:how (?:do|can) i|can i|could i|is it possible to|how to)\b(?: \w+){0,4} (?:split|spread|break)\b(?: \w+){0,5}"
               r" (?:into )?instal+ments?\b|\b(?:set up|turn on|use|choose) (?:an? )?instal+ments?\b"
               r"|\b(?:can|could|how do) i pay (?:for )?(?:it |this |things |my \w+ (?:bill )?)?in instal+ments\b")
# A purchase paid with the product, asked ("花呗能不能买火车票", "用信用卡可以交房租吗", "can I use Huabei on Taobao").
_BUY_AFTER = regex(r"\s*(?:能不能|可以|能|可不可以|能否)(?:用来|拿来|用于)?(?:买|付|支付|交|充值|订|购物|付款|消费|刷)(?!不|了)")
_BUY_BEFORE = regex(r"(?:用|拿)$")
_BUY_WITH = regex(r"\s*(?:能不能|可以|能|可不可以|能否)?(?:来)?(?:买|付|支付|交|充值|订|购物|付款|消费)(?!不|了)")
_USE_ON_EN = regex(r"\b(?:can|could) i (?:use|pay with) (?:my )?$")
_ON_EN = regex(r"\s+(?:to (?:buy|pay for|book|shop)|on|at|for (?:buying|shopping|tickets|rent|groceries))\b")
_AGAIN = regex(r"还能|还可以|再|恢复|重新|还清|还完|结清|\b(?:still|again|anymore|after|back)\b")
# The fee of an ordinary operation.
_OPERATION_FEE = regex(r"(?:取现|提现|套现|年费|转账|预借现金)\S{0,6}(?:手续费|费用?|收费|多少钱|怎么收)|(?:手续费|收费)\S{0,4}(?:取现|提现|年费|转账)"
                       r"|\b(?:cash advance|annual|withdrawal|transfer) (?:fee|fees|charge|charges)\b")

# Someone else paying: the payer, then paying for the writer, asked as how or whether (not a duty, not done).
_PAYER = (r"别人|他人|朋友|家人|家里人|家里|老公|老婆|爸妈|父母|我妈|我爸|妈妈|爸爸|亲戚|同事|男朋友|女朋友|对象|哥哥|姐姐|弟弟|妹妹")
_PAID_FOR_ZH = regex(rf"代还|代付|代缴|(?:{_PAYER})(?:用|拿)?(?:他|她|他们)?(?:的)?(?:账户|账号|卡|支付宝|微信|钱)?(?:来)?"
                     r"(?:能|可以|能不能|可不可以|能否)?(?:帮我|替我|代我|帮忙)(?:来)?还(?![了过])"
                     rf"|(?:让|叫|找|请)(?:{_PAYER})(?:帮我|替我|代我|帮忙)?还(?![了过])")
_PAYER_EN = (r"(?:someone|somebody|someone else|somebody else|another person|a friend|my (?:friend|wife|husband|partner|parents?|mum|mom|"
             r"mother|dad|father|family|brother|sister|son|daughter|relative|boyfriend|girlfriend))")
_PAID_FOR_EN = regex(rf"\b(?:can|could|may|is it (?:ok|okay|possible) for|how (?:can|does|do|would|could)) {_PAYER_EN}"
                     r" (?:re)?pay (?:off )?(?:my|it|the|this|for me)\b"
                     r"|\bpay (?:it |my \w+ )?(?:for|on behalf of) me\b|\bfrom (?:his|her|their) (?:own )?(?:account|card|alipay)\b")
_HOW_OR_MAY = regex(r"能|可以|怎么|如何|怎样|操作|行不行|行吗|\b(?:can|could|may|how|possible|ok|okay|allowed)\b")
_DUTY = regex(r"要(?:替|帮|代)|得(?:替|帮|代)|必须|需要(?:替|帮|代)|被要求|会被|有义务|有责任|要不要|会不会(?:让|要|找)|连带"
              r"|\b(?:have to|has to|must|liable|responsible|obliged|obligated|required|expected to|on the hook|make (?:my|them|him|her))\b")


def _asked_product(folded: str) -> tuple[str, int, int] | None:
    """The first product named as a loan: its id and where its name stands."""
    found = next((m for m in PRODUCT_RE.finditer(folded) if is_a_loan(folded, m)), None)
    return (PRODUCT_OF[found.group(0)][0], found.start(), found.end()) if found else None


def _bought_with(folded: str, start: int, end: int) -> bool:
    """Whether the product named at ``folded[start:end]`` is asked about as a way to pay for something."""
    if _BUY_AFTER.match(folded, end) or (_BUY_BEFORE.search(folded, max(0, start - 1), start) and _BUY_WITH.match(folded, end)):
        return True
    return bool(_USE_ON_EN.search(folded, max(0, start - 24), start) and _ON_EN.match(folded, end))


def product_ops(topics: list[str], folded: str) -> list[str]:
    """[out_of_scope] for a loan reading of another product's own operation or of someone else paying (module doc);
    otherwise ``topics`` unchanged."""
    first = topics[0]
    if first not in _PAYER_FROM | _OPS_FROM or trouble_told(folded):
        return topics
    if first in _PAYER_FROM and (_PAID_FOR_ZH.search(folded) or _PAID_FOR_EN.search(folded)) \
            and _HOW_OR_MAY.search(folded) and not _DUTY.search(folded):
        return [DECLINED]
    if first not in _OPS_FROM:
        return topics
    if _OPERATION_FEE.search(folded):
        return [DECLINED]
    product = _asked_product(folded)
    if product is None or product[0] == "jiebei":
        return topics
    if _SPLIT.search(folded) or (_bought_with(folded, product[1], product[2]) and not _AGAIN.search(folded)):
        return [DECLINED]
    return topics


__all__ = ["product_ops"]

"""Questions about Jiebei itself that do not name it (round 20, cls19): "额度是怎么定的", "支付宝里
借钱那个是正规的吗", "what is the alipay loan", "why did my credit line drop after I was late". Every
about_jiebei example names 借呗 or jiebei, so without the name the classifier declined them (the
limit words lean to the billing declines: "怎么提高额度", "我的额度是多少").

Decided by the labelling rules (../shared/eval/README.md; knowledge/topics): what the product is and
how limits are *set*, or why a limit fell *after being late* (the article: an overdue lowers the
score, which affects later limits), are about_jiebei. A limit cut though the borrower pays on time,
the current limit, and raising it are billing mechanics (declined, billing_not_late); whether a
limit comes back after repaying is after_repayment's; the credit record is credit_report's. Another
lender's product named (花呗, a credit card) keeps what it had: the answer is about Jiebei.
Matched on text.normalize()d text (``folded``).
"""

from __future__ import annotations

from .patterns import regex

ABOUT = "about_jiebei"
# Readings these questions got: the decline, capabilities ("what is this..."), getting a limit back.
_MISREAD = ("out_of_scope", "capabilities", "after_repayment")

# The product referred to without its name.
# (Not 这笔: "这笔借款是谁放的" asks about one loan of the borrower's, which only its lender's own
# service can look up; the answer must not say it is Jiebei's: review41.)
_PRODUCT = (r"(?:这个|这种|那个)(?:借款|贷款|信用贷|借钱的?(?:东西|功能|产品)?)|支付宝(?:里|上)?(?:面)?(?:的|那个|能|可以)*借钱(?:的)?(?:那个|功能|产品|东西)?"
            r"|蚂蚁(?:的)?(?:那个)?(?:借钱的?|信用贷|贷款|借款)(?:产品|东西)?")
_PRODUCT_EN = r"(?:the|this|my|an?) alipay (?:credit )?loan|alipay s (?:credit )?loan|ant s (?:credit )?loan|this (?:credit )?loan"
# What it is asked: its nature, its maker, whether it is lawful.
_WHAT = (r"是什么(?!时候)|是啥(?!时候)|是哪(?:家|个)(?!天|号|月)|哪(?:家|个)公司|谁(?:的|家|出|放|做)|正规|合法|靠谱|"
         r"(?:算不算|属于|是不是)(?:正规|合法|网贷|贷款|信用贷|高利贷|银行|哪)|什么(?:类|性质|样的)|银行的钱|银行放")
# In English the product must be what is asked about, not an account detail ("what is my alipay loan balance").
_WHAT_EN = (r"who (?:owns|runs|lends|is behind|actually lends|provides)|is (?:it|this|the alipay loan) (?:a |an )?"
            r"(?:legit|legal|licensed|real|regulated|bank)")
_ITSELF_EN = (r"what (?:is|s|kind of loan is) (?:the |this |an? )?alipay (?:credit )?loan(?! (?:balance|limit|rate|interest|due|bill|"
              r"amount|number|account|payment|repayment|fee|term)s?\b)")
# How a limit is set.
_LIMIT = r"(?:可借|可用|借款|信用)?额度|能借(?:多少|的钱)"
_HOW_SET = (r"(?:怎么|如何|怎样)(?:定|算|评|给|来|决定|确定)|根据什么|按什么|看什么|靠什么|依据|标准|谁(?:定|给|说了算|决定)|高低|"
            r"(?:为什么|为啥)(?:每个人|别人|有人|人家)|(?:不一样|不同)|芝麻(?:分|信用)?")
_LIMIT_EN = r"(?:credit line|credit limit|borrowing limit|limit|how much i can borrow)"
_HOW_SET_EN = (r"how (?:is|are|does|do they) .{0,20}(?:set|decided|worked out|calculated|determined)|what decides|based on|depend|"
               r"why can (?:my friend|others|other people|someone)|sesame")
# Why a limit fell, after being late.
_FELL = r"(?:降|少|低|没了|清零|变成0|变0|砍|减)"
_WHY = r"为什么|为啥|什么原因|原因|怎么回事|咋回事|怎么会"
_LATE = r"逾期|晚还|晚了|迟还|拖了|\b(?:late|overdue|missed|behind)\b"
_FELL_EN = r"(?:drop\w*|fell|fallen|went down|gone down|go(?:es)? down|shrunk|shrank|shrink|cut|reduced|lowered|slashed)"
# A product named (the classifier reads 借呗's own questions; 花呗's limits are not the article's).
# Not on time ("一直按时还 额度怎么降了": billing), not a limit getting back, not raising it.
_ON_TIME = regex(r"按时|正常还|准时|没逾期|没有逾期|从来没|从没|\b(?:on time|never (?:missed|late|been late)|always pa(?:y|id))\b")
_BACK = regex(r"恢复|回来|还清|结清|还完|提高|提升|提额|涨|\b(?:come back|restor\w*|get it back|back after|raise|increase|higher)\b")
_OTHER_PRODUCT = regex(r"花呗|信用卡|白条|微粒贷|网商贷|借呗|\b(?:huabei|credit card|jiebei)\b")

# A limit compared with someone else's ("同事额度比我高那么多", "my coworker has a higher Jiebei limit"):
# why limits differ is how they are set (cls20), though "higher" reads as raising one's own limit
# (billing_not_late) and 借呗 may be named. Not raising it asked ("…我怎么提额"), not another product's.
_OTHERS = r"同事|朋友|同学|别人|人家|其他人|有的人|我哥|我姐|我弟|我妹|哥哥|姐姐|表哥|表姐|表弟|表妹|堂哥|堂姐|亲戚|闺蜜|老婆|老公|媳妇|室友|舍友|邻居"
_OTHERS_EN = (r"(?:friend|coworker|co-worker|colleague|sister|brother|wife|husband|roommate|neighbou?r|cousin)s?|others"
              r"|other people|someone else|everyone else|people i know")
_COMPARED = regex(rf"(?:{_OTHERS}).{{0,10}}(?:{_LIMIT}|能借(?!我|给|钱)).{{0,16}}(?:比我|我.{{0,3}}(?:的|才|只|却|就|这)|跟我|和我)"
                  rf"|(?:{_OTHERS}).{{0,6}}(?:比我|跟我|和我).{{0,12}}(?:{_LIMIT})|(?:{_LIMIT}).{{0,10}}(?:比|跟|和)(?:我的?)?(?:{_OTHERS})"
                  rf"|\b(?:{_OTHERS_EN})(?: s)?\b.{{0,40}}\b{_LIMIT_EN}\b.{{0,40}}\b(?:than (?:me|mine|i)|mine|me|my)\b"
                  rf"|\b(?:{_OTHERS_EN})(?: s)?\b.{{0,30}}\b(?:higher|bigger|larger|lower|smaller|different)\b.{{0,16}}\b{_LIMIT_EN}\b"
                  rf"|\b{_LIMIT_EN}\b.{{0,30}}\b(?:than|compared (?:to|with)|as) (?:my |a )?(?:{_OTHERS_EN})\b")
_RAISE = regex(r"提高|提升|提额|涨额度|加额度|\b(?:increase|raise|boost|get (?:a )?(?:higher|bigger|more))\b")
_NAMED_OTHER = regex(r"花呗|信用卡|白条|微粒贷|网商贷|\b(?:huabei|credit card)\b")

# Why one's own limit is low, or others' higher, asked (ans61: "为什么我的借呗额度只有两千", "同事借呗有五万 我才几千
# 为啥", "why is my jiebei limit so small", "why do my friends get a higher limit"): how limits are set. A limit that
# changed (fell, was cut: the late/on-time reading above), raising one's own, another product's limit: not this.
_SMALL = r"低|少|小|只有|只给|才|就(?:给)?(?:[0-9一二两三四五六七八九十几]|这么)|这么点|那么点|不高|不多|没多少|一点点"
_BIG = r"高|多|大"
_WHY_LOW = r"为什么|为啥|为何|怎么(?:这么|那么|才|只)|咋(?:这么|那么|才|只)|凭什么|什么原因|原因"
_LOW_ASKED = regex(
    rf"(?:{_WHY_LOW}).{{0,12}}(?:{_LIMIT}).{{0,8}}(?:{_SMALL})|(?:{_LIMIT}).{{0,8}}(?:{_SMALL}).{{0,10}}(?:{_WHY_LOW})"
    rf"|(?:{_LIMIT}).{{0,3}}(?:{_WHY_LOW}).{{0,4}}(?:{_SMALL})"
    rf"|(?:{_WHY_LOW}).{{0,12}}(?:{_OTHERS}).{{0,10}}(?:{_LIMIT}).{{0,8}}(?:{_BIG})"
    rf"|(?:{_OTHERS}).{{0,12}}(?:借呗|{_LIMIT}).{{0,12}}我.{{0,4}}(?:才|只|就)(?=.{{0,16}}(?:{_WHY_LOW}|吗|呢|\?|？))"
    rf"|\b(?:why|how come)\b.{{0,30}}\b{_LIMIT_EN}\b.{{0,20}}\b(?:so |this |that |too |very )?(?:low|small|tiny|little)\b"
    rf"|\b{_LIMIT_EN}\b.{{0,12}}\b(?:so |too |very )?(?:low|small|tiny)\b.{{0,12}}\b(?:why|how come)\b"
    rf"|\b(?:why|how come)\b.{{0,30}}\b(?:{_OTHERS_EN})\b.{{0,30}}\b(?:higher|bigger|larger|more)\b.{{0,20}}\b{_LIMIT_EN}\b")
_OWN_RAISE = regex(r"(?:怎么|如何|怎样|能不能|可以|想)(?:才能)?(?:提高|提升|提额|涨|加)|\bhow (?:do|can|to) (?:i )?(?:increase|raise|boost|get)\b")
_CHANGED = regex(r"降|砍|清零|没了|变少|变低|变小|越来越|少了|低了|减少|下调|\b(?:drop\w*|fell|fallen|cut|reduced|lowered|slashed|went down)\b")

_WHAT_IS = regex(rf"(?:{_PRODUCT}).{{0,8}}(?:{_WHAT})|\b{_ITSELF_EN}|\b(?:{_WHAT_EN})\b.{{0,20}}\b(?:{_PRODUCT_EN})\b|\b(?:{_PRODUCT_EN})\b.{{0,12}}\b(?:{_WHAT_EN})\b")
_SET = regex(rf"(?:{_LIMIT}).{{0,10}}(?:{_HOW_SET})|(?:{_HOW_SET}).{{0,10}}(?:{_LIMIT})"
             rf"|\bhow (?:is|are|do they|does it) .{{0,30}}\b{_LIMIT_EN}\b.{{0,10}}\b(?:set|decided|worked out|calculated|determined)\b"
             rf"|\b(?:{_HOW_SET_EN})\b.{{0,30}}\b{_LIMIT_EN}\b|\b{_LIMIT_EN}\b.{{0,30}}\b(?:{_HOW_SET_EN})")
_WHY_FELL = regex(rf"(?:{_LIMIT}).{{0,8}}{_FELL}|{_FELL}.{{0,4}}(?:{_LIMIT})|\b{_LIMIT_EN}\b.{{0,20}}\b{_FELL_EN}\b")
_WHY_ASKED = regex(rf"{_WHY}|\bwhy\b")
_LATE_TOLD = regex(_LATE)


def _low_limit_asked(topics: list[str], folded: str) -> bool:
    """Whether a declined (or capabilities, or after-repaying) reading asks why one's own limit is low, or others'
    higher (ans61)."""
    return (len(topics) == 1 and topics[0] in _MISREAD and _LOW_ASKED.search(folded) is not None and not _OWN_RAISE.search(folded)
            and not _NAMED_OTHER.search(folded) and not _CHANGED.search(folded))


def product_asked(topics: list[str], folded: str, *, low: bool = True) -> list[str]:
    """[about_jiebei] for a declined (or capabilities, or getting-a-limit-back) reading of a message
    that asks what the unnamed product is, how its limits are set (a limit compared with someone
    else's included, 借呗 named or not), or why a limit fell after being late; otherwise the topics
    unchanged. ``low``: with ans61's low-limit reading (a reading by meaning: not right after a crisis reply, mend71)."""
    if len(topics) != 1 or topics[0] not in _MISREAD:
        return topics
    if low and _low_limit_asked(topics, folded):
        return [ABOUT]  # "为什么我的借呗额度只有两千", "why do others get more": how limits are set (ans61)
    if _COMPARED.search(folded) and not _RAISE.search(folded) and not _NAMED_OTHER.search(folded):
        return [ABOUT]  # why another's limit differs from mine: how limits are set
    if _OTHER_PRODUCT.search(folded):
        return topics
    if _BACK.search(folded) or _ON_TIME.search(folded):
        return topics  # a limit back after repaying, raising it, or cut while paying on time
    asked = (_WHAT_IS.search(folded) or _SET.search(folded)
             or (_WHY_FELL.search(folded) and _WHY_ASKED.search(folded) and _LATE_TOLD.search(folded)))
    return [ABOUT] if asked else topics


__all__ = ["product_asked"]

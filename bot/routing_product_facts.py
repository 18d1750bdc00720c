"""The product's own basic facts asked, or the product described without its name (round 40, cls117; issue 13).

Two ways of asking what Jiebei is that the classifier declined:
- the product described, not named: "支付宝里那个可以借钱的东西叫什么", "the loan inside Alipay you take in a few taps,
  how does it work?". With no 借呗 in the message the classifier reads 支付宝 and the asking words as the app's own
  business (its out_of_scope examples: invoices, transfers);
- its basic facts asked as such: how long a loan can run, how many instalments ("借呗最长能借多久", "能分几期",
  "what's the longest term"). The examples of out_of_scope hold the account's waits and approvals (多久到账, 多久审核),
  and the term reads as one of them.
Both are about_jiebei's question (what Jiebei is, how it works in general; its answer says plainly that the article
gives no rates or terms, so nothing is claimed beyond it).

So a declined (or capabilities) reading gives way to about_jiebei when the product is named or described and what it
is, how it works, who lends, or its term is asked, and nothing of the writer's own account is (my limit, why it fell,
a loan not arriving, an approval: the app's business, declined as before) and no lateness is told (then what happens
is asked: "最长能拖多久" is a lateness question, never this), nor a rate (a normal loan's rate is declined by design: bot.routing_mechanics). Matched on text.normalize()d text; searched only after a
decline reading (a cheap set test first).
"""

from __future__ import annotations

from .patterns import regex

ABOUT = "about_jiebei"
_FROM = frozenset({"out_of_scope", "capabilities"})

# The product named, or described by what it does where it lives (Alipay's borrowing feature, Ant's credit loan).
_PRODUCT = regex(r"借呗|\bjiebei\b|"
                 r"(?:支付宝|蚂蚁)(?:里面?|上面?|中)?(?:的|那个|这个|那款|有个|有一个)?[^，,。！？!?；;]{0,6}借(?:钱|款|贷)的?(?:功能|东西|产品|服务|玩意|那个|入口|app|应用)?|"
                 r"蚂蚁(?:的|那个)?(?:信用)?(?:贷款|借款|信贷)|"
                 r"\b(?:the |a |that )?(?:loan|borrowing|credit|lending)(?: \w+){0,2} (?:in|inside|on|within|from|through) alipay\b|"
                 r"\balipay s? (?:own )?(?:loan|lending|borrowing|credit)\b|\bborrow\w* (?:money )?(?:in|inside|on|through|from) alipay\b")
# What it is, how it works, who lends, or its term asked.
_FACT = regex(r"是什么|叫什么|什么东西|怎么运作|怎么运转|运作|是谁(?:放|借|的)|谁放(?:的)?款|钱是谁|哪家|正规吗|是(?:不是)?银行(?:的|放的|借的|贷款)?(?:吗|么|嘛)|"
              r"(?:最长|最短|最多|最久|一般)(?:能|可以)?(?:借|分)(?:多久|几个月|几年|多长时间|几期)|借款期限|期限(?:是)?(?:多久|多长|几)|能分几期|可以分几期|"
              r"\bwhat(?: is| s|s)(?: exactly)? (?:jiebei|it|that|this thing|the thing)\b|\b(?:what exactly is|called|how does (?:it|that|this)(?: thing)? work|how it works|who (?:actually |really |exactly )?(?:lends|runs|owns|provides)|"
              r"is it a bank|longest|shortest|loan term|max(?:imum)? term|how long can (?:you|i|one|people) borrow|how many (?:months|instal+ments))\b")
# The writer's own account asked, or lateness told: not a fact of the product.
_OWN = regex(r"利率|利息|日息|费率|延期|还不了|什么情况|什么原因|什么意思|怎么回事|显示|没有了|不见了|我的额度|额度(?:为什么|怎么)?(?:降|没|低|少|变)|为什么|怎么(?:没|不)|到账|放款失败|审核|提额|开通|关闭|注销|还款日|"
             r"(?<![没未不])(?<!没有)逾期|晚还|还不上|拖|"
             r"\b(?:rates?|interest|due date|my limit|why|approv\w*|arriv\w*|late|overdue|behind|can ?t pay|open|close|delete)\b")


def product_facts(topics: list[str], folded: str) -> list[str]:
    """[about_jiebei, ...] for a declined reading of a message asking what the product is, how it works or its term,
    naming it or describing it (see the module doc); ``topics`` unchanged otherwise."""
    if not topics or topics[0] not in _FROM:
        return topics
    if not (_PRODUCT.search(folded) and _FACT.search(folded)) or _OWN.search(folded):
        return topics
    return [ABOUT, *[t for t in topics if t not in _FROM and t != ABOUT]]


__all__ = ["product_facts"]

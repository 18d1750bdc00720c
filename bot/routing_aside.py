"""An ordinary money or app matter asked in a loan's words (round 40, cls117; issue 13).

Three asks the article cannot answer came back as a loan topic because their words brush one: closing the Alipay
account, asked as a procedure ("我想注销支付宝账号 怎么操作": going_dark's 注销 is an escape from collectors); an
investment tip ("有没有推荐的理财产品": prevention's money advice); what the borrowed money may be spent on ("借呗可以用来
付首付吗": uncovered_consequences' mortgage and house words). Each is the app's or the adviser's business, not what
happens around a late loan: the decline (with 95188 for the account) is the honest reply.

So a loan reading (never crisis, abuse, worry, or a topic the hardship or the escape is told for) gives way to the
decline when the message asks:
- how to close or delete an account, as a procedure (怎么操作, 流程, 步骤, "how do I"), with no escape from the debt
  told (躲, 逃, 不还, 催收, 欠, "to avoid", "hide from", "so they can't find me": going_dark keeps those);
- an investment recommended (理财, 基金, 股票 with 推荐/哪个好/买什么, "which fund", "investment tips");
- whether the loan's money may be used for a purchase or a business (买房, 首付, 装修, 买车, 炒股, 公司/经营, "down payment"; the
  money written as 借款 too, cls252), with no consequence
  of the loan asked beside it (征信, 影响, 会不会被, "affect my credit": that reading keeps it).
Nothing changes when lateness or being unable to pay is told. Matched on text.normalize()d text.

Narrowed (mend130, review126 F1-F3): a reading of going_dark, credit_report, lawsuit or the collection topics is never
changed (an account closed "so they can't reach me", "so I don't have to repay", "before the lawyer letter" is going_dark's
question in more wordings than any list holds: "我想注销支付宝 这样他们是不是就联系不上我了"), nor a message that names
lateness, collection, a court or an escape at all, or asks what the closing leads to (是不是就, 还能, 会不会, "will they
still", "so that", "before"). 删除/删掉 count as closing only with an account named (征信上的不良记录怎么删除 is credit_report's).
An investment tip is no decline when a loan or a debt is the point ("理财方法…不再依赖借呗", a collector's
invest-through-my-link).
"""

from __future__ import annotations

from .patterns import regex

DECLINE = "out_of_scope"
# (Not going_dark, credit_report, lawsuit or the collection topics: mend130, review126 F1-F3.)
_FROM = frozenset({"prevention", "uncovered_consequences", "after_repayment", "about_jiebei"})

# 注销/销户 close an account by themselves; 删除/删掉 only with the account named (a record is deleted too).
_CLOSE = regex(r"注销|销户|(?:删除|删掉)(?:我的)?(?:支付宝|借呗|花呗)|(?:删除|删掉)(?:我的)?(?:账号|账户|帐号|帐户)|"
               r"(?:支付宝|借呗|花呗)(?:的)?(?:账号|账户|帐号|帐户)?(?:怎么|如何|怎样)?(?:删除|删掉)|"
               r"\b(?:delete|close|deactivate|cancel) (?:my |the )?(?:alipay|jiebei|huabei)?(?: ?account)\b")
_PROCEDURE = regex(r"怎么操作|怎么弄|怎么办理|如何操作|怎么注销|如何注销|流程|步骤|在哪(?:里)?(?:注销|操作|弄)|怎么(?:删|销)|"
                   r"\b(?:how (?:do|can) i|how to|steps|where do i)\b")
# An escape from the debt, a court, the collection or lateness named, or what the closing leads to asked: going_dark's
# question (注销 to hide, to stop the collectors, so the debt goes away), never declined.
_ESCAPE = regex(r"躲|逃|不还|不想还|不用还|不用管|没人管|勾销|没关系|当没|催|欠|债|逾期|联系|找不|找上|找到|打不通|手机号|换号|"
                r"外地|外省|法院|起诉|律师|冻结|执行|是不是就|还能|会不会|就能|就不|就没|之前|以前|彻底|"
                r"\b(?:avoid|escape|hide|dodge|stop (?:them|the collectors|the calls)|can ?t find me|debt|owe|overdue|collectors?|"
                r"reach|find|contact|sim|number|lawyer|court|letter|sue|before|so (?:that|they)|will they|goes? away|lose)\b")
# A loan or a debt is the point of an investment question (a way off the loan, a collector's offer): not a tip asked.
_LOAN_NAMED = regex(r"借呗|花呗|贷|债|欠|催|依赖|抵|\b(?:jiebei|huabei|loan|debt|owe|collectors?)\b")
_INVEST = regex(r"(?:理财|基金|股票|投资|炒股|定投|理财产品)[^，,。！？!?；;]{0,10}(?:推荐|哪个好|哪只|买什么|买哪|有没有好的|靠谱吗|怎么选)|"
                r"(?:推荐|有没有|有什么)[^，,。！？!?；;]{0,6}(?:理财|基金|股票|投资)|"
                r"\b(?:investment (?:tips?|advice|ideas?)|which (?:fund|stock)s?|recommend (?:a |some )?(?:funds?|stocks?|investments?)|invest in (?:funds?|stocks?))\b")
_USE = regex(r"(?:借呗|花呗|借的钱|贷款|网贷)(?:的钱|借的钱|借来的钱|借出来的钱|借款|借的款|的借款|里的钱)?(?:可以|能|能不能|可不可以|允许)?(?:用来|拿来|拿去|用于|用在|去)"
             r"(?:买房|付首付|交首付|首付|装修|买车|炒股|投资|做生意|公司|经营|开店)|"
             # (the money lent on to a business: "借呗能借给公司用吗", "借呗的钱可以给公司用吗"; cls252, blind26)
             r"(?:借呗|花呗|借的钱|贷款)(?:的钱|借款|借来的钱|借出来的钱|里的钱)?(?:可以|能|能不能|可不可以|允许)?(?:借给|给|转给)(?:公司|企业|店里?|生意)(?:用|使用)|"
               r"\b(?:use|spend)\b[^.,!?]{0,30}\b(?:jiebei|huabei|loan|borrowed money)\b[^.,!?]{0,20}\b(?:for|on|as) (?:a |the |my )?(?:down ?payment|deposit|house|flat|apartment|car|stocks?|renovation)\b")
# A consequence of the loan asked beside the use (then that reading stands).
_CONSEQUENCE = regex(r"征信|影响|会不会被|会被|后果|\b(?:credit|affect\w*|consequences?|sued?|mortgage approval)\b")
_TROUBLE = regex(r"(?<![没未不])(?<!没有)逾期|还不上|还不起|没钱还|晚还|\b(?:late|overdue|can ?t (?:re)?pay|behind)\b")


def aside_asked(topics: list[str], folded: str) -> list[str]:
    """[out_of_scope] for an account closed as a procedure, an investment tip, or a use of the loan's money asked in a
    loan reading's words (see the module doc); ``topics`` unchanged otherwise."""
    if not topics or topics[0] not in _FROM or _TROUBLE.search(folded) or _ESCAPE.search(folded):
        return topics
    closing = _CLOSE.search(folded) and _PROCEDURE.search(folded)
    using = _USE.search(folded) and not _CONSEQUENCE.search(folded)
    investing = _INVEST.search(folded) and not _LOAN_NAMED.search(folded)
    if closing or using or investing:
        return [DECLINE]
    return topics


__all__ = ["aside_asked"]

"""What comes after a repayment, asked in another topic's words (round 40, cls117; issue 13).

A borrower who has paid everything asks what is still to come in the words of the topic they fear: the score or the
record ("全还完了 征信多久能变好", "I paid everything yesterday, when will my credit score recover?"), or the chasing
("借呗结清后 还会有人催吗"). The classifier reads the fear's words (credit_report, a decline) and answers as if the debt
were still owed (what a late payment does to the report) or not at all. What is asked is after_repayment's question (what the article says, and does not
say, of life after repaying; keep proof of repayment; calls chasing a settled debt can be reported).

So a reading of credit_report, collection_process, going_dark or a decline gives way to after_repayment (the
old reading second) when a repayment is told as done in full (还清, 结清, 全还了, "paid it off", "paid everything"; a
"once I have paid it off" counts: the question is the same) and what is asked is still to come after it:
- the report or the score recovering, the record staying or going (恢复, 变好, 消, 还在, 留着, "recover", "still there");
- being sued or chased still, asked of what is to come (还会有人催吗, "will they still call me"), from a decline only:
  lawsuit and collection_process keep such a question with their own "repaid" lead (the article is silent; keep proof
  of repayment: truth3, mend47), which the outside sets would label after_repayment (a labelling question for the lead).
Not the settlement certificate ("结清证明怎么开"): how to get a paper from the lender is an account action, declined with
95188 (bot.routing_account; the outside sets label it after_repayment: a labelling question left to the lead), nor why
something happens or what the account shows (为什么还发短信, 明明还了却显示: the account's business, declined).
Nothing changes when the debt is still owed in part (还差, 一部分, 没还完, "part of it"), when a crisis is told beside
it (bot.routing_doubted.beside_crisis's reason), or when the asked reading is already after_repayment. Matched on
text.normalize()d text; only searched once a reading of those is first (a cheap set test).

Narrowed (mend130, review126 F4): a repayment only wished for (我想一次性还清 但是凑不够, "I want to pay it off") or
told beside a loan still late (a friend's or an old loan repaid, "but mine is still overdue") is no repayment done. And
an after_repayment reading of such a message (one loan repaid, another still late: "花呗已经还清了 借呗还逾期着 征信会
一直留着记录吗") asks of the late one: credit_report when the record is asked, collection_process when the chasing is
(``_still_late``; not beside why/明明/显示, nor a crisis).

And the other way (``repaid_hoped``): after_repayment read where the repayment is only hoped for, the debt still owed
("借呗还欠着一万多 不知道什么时候能还清", "no idea when I'll ever pay it off"): the classifier reads 还清 and answers life
after repaying. What the message tells is a burden still carried: worry when a feeling is told beside it (the worry
reply, after_repayment dropped), else the reading is left as it is.
"""

from __future__ import annotations

from .patterns import regex
from .routing_after import AFTER, WORRY, feeling_told
from .safety import mentions_crisis

# (Not lawsuit: a suit asked after repaying keeps lawsuit with its "repaid" lead, which says the article is silent and
# to keep proof of repayment: truth3, mend47. Not collection_process for the chasing, which keeps the same lead.)
_FROM = frozenset({"credit_report", "collection_process", "going_dark", "out_of_scope", "capabilities"})
_DECLINES = frozenset({"out_of_scope", "capabilities"})

# A repayment told as done in full (not 没还清/还没还完; an "after" or "once" form counts).
_DONE = regex(r"(?<![没未不])(?<!没有)(?<!还没)(?<!还没有)(?:还(?:清|完|上了)|结清|付清|全(?:部|都)?还(?:了|上|清|完)|都还(?:了|上|清|完)|一次性还|已经还了)|"
              r"\b(?:paid (?:it |everything |all |the whole \w+ |them |the loan |the debt )?(?:off|back|in full)|paid (?:it all|everything)|"
              r"pay(?:ing)? (?:it |everything |the loan |the debt )?off|(?:fully |already )?(?:cleared|settled|repaid))\b")
# Still owed in part: not after repaying.
_PART = regex(r"还不上|还不起|还不完|没钱还|还差|一部分|部分|剩下|剩余|最低还款|\b(?:can ?t|cannot) (?:re)?pay\b|\b(?:part of|partial\w*|some of|the rest)\b")
# A repayment only wished for ("我想一次性还清 但是凑不够", "I want to pay it off"): not done (mend130, review126 F4).
_WISHED = regex(r"(?:(?<!只)想|打算|准备|希望|争取|(?<![只需])要|想要|盼着)(?:能)?(?:一次性|早点|尽快|赶紧|全部|一口气|马上)?(?:把(?:钱|它|债|借呗)?)?(?:还清|还完|结清|付清|全还)|"
                r"\b(?:want|wish|hope|plan|planning|trying|try|going|need) to (?:pay (?:it |everything |the loan |the debt )?off|clear (?:it|the debt)|settle|repay)\b")
# A loan still late told beside the one repaid (an old loan, a friend's, the husband's): the late one is the matter.
_STILL_LATE = regex(r"逾期着|还(?:在)?逾期|又逾期|这次逾期|现在逾期|还拖着|拖着没还|没还|还欠着|还欠|欠着|"
                    r"\bstill\b[^.,!?]{0,16}\b(?:overdue|late|behind|owe|owing)\b|\b(?:behind on|late on|overdue on)\b")
# What is still to come, asked of the report, a court, or the chasing.
# (normalize()d text has no punctuation: a span stops at a space, so "记录吗 会不会影响我们的利率" is no recovery asked;
# a bank's review or a mortgage asked after repaying stays credit_report's: blind19, development)
_CREDIT = regex(r"(?:征信|信用|芝麻分|信用分|记录)[^\s]{0,8}(?:恢复|变好|好起来|回来|涨|消|删|还在|留着|多久|多长时间|什么时候)|"
                r"(?:恢复|消除|消掉|清除)[^，,。！？!?；;]{0,6}(?:征信|信用|记录)|"
                r"\b(?:credit|score|record|report)\b[^.,!?]{0,30}\b(?:recover\w*|back|normal|clean|still|remain\w*|stay\w*|go away|disappear\w*|how long|when|improve\w*)\b|"
                r"\b(?:recover\w*|improve\w*|how long|when)\b[^.,!?]{0,30}\b(?:credit|score|record|report)\b")
_COURT = regex(r"(?:还会|还能|还要|会不会|会|能不能|还可能)[^，,。！？!?；;]{0,6}(?:起诉|告我|被告|上法院|打官司|立案)|"
               r"\b(?:still|can they|could they|will they|would they)\b[^.,!?]{0,20}\b(?:sue|court|legal action)\b")
_CHASED = regex(r"(?:还会|会不会|还能|还可能|还有没有)(?:有人|再)?[^，,。！？!?；;]{0,4}(?:催|打电话|来电|发短信|找我)|"
                r"\b(?:will|would|could|can) (?:they|anyone|someone|jiebei|collectors?) (?:still|keep|ever)\b[^.,!?]{0,12}\b(?:call\w*|text\w*|chas\w*|collect\w*|messag\w*|contact\w*)\b")
# Why something is happening asked, what the account shows, or a proof asked for: the account's own business (a bill's
# reminder, a payment shown unpaid: "明明还完了 为什么还发短信说逾期"; a settlement certificate), declined as before.
_WHY = regex(r"为什么|为何|怎么回事|明明|显示|证明|\bwhy\b|\bshows?\b")


def repaid_then(topics: list[str], folded: str) -> list[str]:
    """[after_repayment, ...] for what is still to come after a repayment told in full, asked in another topic's
    words (see the module doc); ``topics`` unchanged otherwise."""
    if not topics:
        return topics
    if topics[0] == AFTER:
        return _still_late(topics, folded)
    if topics[0] not in _FROM:
        return topics
    if not _DONE.search(folded) or _PART.search(folded) or _WHY.search(folded) or _WISHED.search(folded) or _STILL_LATE.search(folded):
        return topics
    if not (_CREDIT.search(folded) or (topics[0] in _DECLINES and (_COURT.search(folded) or _CHASED.search(folded)))):
        return topics
    if mentions_crisis(folded):
        return topics  # a life's end beside the debt's: the crisis reply, no loan section (as routing_doubted.repaid_over)
    return [AFTER, *[t for t in topics if t != AFTER]][:3]


def _still_late(topics: list[str], folded: str) -> list[str]:
    """[credit_report, ...] or [collection_process, ...] for an after_repayment reading of a message that tells one
    loan repaid and another still late, and asks of the report or the chasing: the late loan's question (review126 F4:
    "上次的借呗还清了 这次又逾期了 征信多久能恢复", "I cleared my Huabei but Jiebei is still 40 days overdue, will
    they keep calling me?"). ``topics`` unchanged otherwise (a crisis told beside it too)."""
    if not (_DONE.search(folded) and _STILL_LATE.search(folded)) or _WHY.search(folded) or mentions_crisis(folded):
        return topics
    if _CREDIT.search(folded):
        asked = "credit_report"
    elif _CHASED.search(folded):
        asked = "collection_process"
    else:
        return topics
    return [asked, *[t for t in topics if t not in (asked, AFTER)]][:3]


# The repayment only hoped for or not known: when it will ever be repaid, asked of oneself or told.
_HOPED = regex(r"(?:不知道|不晓得|不清楚|何时|哪天|哪年|猴年马月|什么时候|啥时候)(?:才|能|才能|可以|会)?(?:能)?(?:把(?:钱|它|债|这笔)?)?(?:还清|还完|结清|还上)|"
               r"(?:还清|还完)(?:遥遥无期|没(?:有)?(?:希望|头|尽头)|是个头)|"
               r"\b(?:no idea|don ?t know|not sure|wonder) (?:when|if|whether) i(?: ll| will)? (?:ever )?(?:pay (?:it |this |them )?off|clear (?:it|this|the debt)|be debt free)\b|"
               r"\bwill i ever (?:pay (?:it |this )?off|be debt free|clear (?:it|this))\b")
# ...with the debt told as still owed.
_OWED = regex(r"还欠|欠着|还差|还有[^，,。！？!?；;]{0,8}没还|没还完|没还清|\b(?:still owe|still have \w+ to pay|owe)\b")
# The strain of it told (routing_after's feeling words lack the everyday 压力大, 好累, "exhausted").
_STRAIN = regex(r"压力(?:好|很|太|特别|真的|实在|非常)?大|心(?:好|很|太)?累|好累|烦死|熬不下去|喘不过气|\b(?:stress\w*|exhausted|overwhelmed|drowning|crushed)\b")


def repaid_hoped(topics: list[str], folded: str) -> list[str]:
    """[worry, ...] for an after_repayment reading of a message that only hopes for the repayment, the debt still
    owed, with a feeling told (see the module doc); ``topics`` unchanged otherwise."""
    if not topics or topics[0] != AFTER or not _HOPED.search(folded) or not _OWED.search(folded) or not (feeling_told(folded) or _STRAIN.search(folded)):
        return topics
    return [WORRY, *[t for t in topics[1:] if t != WORRY]][:3]


__all__ = ["repaid_hoped", "repaid_then"]

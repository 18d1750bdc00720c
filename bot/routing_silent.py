"""Wording rules for matters the article is silent on that other topics' words lean to (truth3 #5, #6, #9).
The time a question is set in, while late or after repaying: using
or borrowing while the loan is still late ("I'm 3 weeks late on Jiebei. Can I still borrow from it?",
"…他们会告诉我爸妈吗？我还能借钱吗？") is after_repayment's question (its lead: the article is silent on
using the account while late), not what happens after being late, and not dropped beside another
question; the score or the limit asked about once repaid ("我已经还清了，为什么芝麻分还没回来") is life
after repaying, not an account matter to decline. Each reads a message as text.normalize gives it
(``folded``) and the topics bot.routing found, and changes them only when its wording is there. Who
collects asked with words of trust ("催收公司不是支付宝的人，他们说的话能信吗") is a collection question, not
one about this assistant (capabilities)."""

from __future__ import annotations

import re

from . import knowledge as kb
from .answer_asks import repaid_ask
from .figures import figure_asked
from .patterns import regex
from .silent_matters import ACCESS_OR_RECORD, REPAID

AFTER, COLLECTION, TREND, CAPABILITIES = "after_repayment", "collection_process", "collection_trend", "capabilities"
CREDIT = "credit_report"
NEGOTIATE = "negotiate"
# Lateness told in so many words: a loan not yet repaid but not late ("借呗没还不能继续借吗", "借了第一笔没还
#可以借第二笔吗") asks how the product works, billing the decline keeps (eval README); answer_asks'
# reading counts 没还 too, for a message already read as after_repayment.
_LATE_TOLD = regex(r"(?<!没有)(?<![没未不])(?:逾期|逾其)|\b(?:overdue|late|in arrears|behind|past due)\b")
# Instalments while late ("借呗逾期还能不能分期付款") ask for terms: negotiate's, whatever 付 leans to.
_INSTALMENTS = regex(r"分期|\binstal+ments?\b")
SAFETY = ("crisis", "abusive_collection")
MAX_TOPICS = 4  # as bot.routing answers at most


def use_while_late(topics: list[str], folded: str) -> list[str]:
    """after_repayment for a message that asks whether the account can still be used or borrowed
    from while the loan is late (answer_asks' "while_overdue"): first for a collection reading or a
    decline, beside the other questions otherwise (a second question is not dropped). Never beside
    a safety reply, nor when after_repayment is there already."""
    if not topics or AFTER in topics or any(t in SAFETY for t in topics) or NEGOTIATE in topics \
            or not _LATE_TOLD.search(folded) or _INSTALMENTS.search(folded) or repaid_ask(folded) != "while_overdue":
        return topics
    if topics[0] in (COLLECTION, TREND, kb.OUT_OF_SCOPE):
        return [AFTER] + [t for t in topics[1:] if t not in (COLLECTION, TREND, kb.OUT_OF_SCOPE)]
    return topics + [AFTER] if len(topics) < MAX_TOPICS else topics


# The loan told as repaid (bot.silent_matters' REPAID) and the score, the limit or the record asked
# about ("我已经还清了，为什么芝麻分还没回来", "I paid it all off, when will my limit come back?").
_REPAID = regex(REPAID, re.IGNORECASE)
# ...asked why it has not come back or when it will (the borrower's own wait), by someone who was late:
# a loan repaid early or never late ("我提前还款了…", "…我又没有逾期过") is the billing question the decline
# keeps (eval README), and so is a certificate or a limit's use asked without a why or a when.
_WHY_OR_WHEN = regex(r"为什么|为啥|怎么还|咋还|什么时候|多久|何时|\b(?:why|when|how long|how soon)\b")
_NEVER_LATE_SAID = (r"(?:没有|没|未|从来没|从没|从未|不曾|又没)(?:有)?(?:过)?逾期|提前还|\bnever\b.{0,12}\b(?:late|overdue)\b"
                    r"|\bnot (?:been )?(?:late|overdue)\b|\bearly\b")
_NEVER_LATE = regex(_NEVER_LATE_SAID +
                    # (what the account shows after paying, "还清了还显示有逾期记录": the eval README's billing case)
                    r"|显示|\b(?:shows?|showing|says)\b")
_NEVER_LATE_ONLY = regex(_NEVER_LATE_SAID)


# ...and a sign of having been late: lateness told, the score or the record named, or something lost
# asked back ("为什么芝麻分还没回来", "when will my limit come back?"). The limit or its use asked alone,
# never late ("我已经把花呗的钱还完了，为什么额度是四千 我却只能用三千"), is billing: declined (review42).
_LATE_SIGN = regex(r"(?<!没有)(?<![没未不])(?:逾期|逾其)|征信|芝麻|信用|记录|洗白|恢复|回来|回升|冻结|关闭|封|停用|不能用|用不了|没了|没有了|清零|降|变少|变(?:成)?(?:0|零|#)|归零"
                   r"|\b(?:overdue|late|credit|score|sesame|record|restor\w*|recover\w*|back|reopen\w*|frozen|closed|suspended|blocked|gone|cut|reduced|lowered)\b")


# Still shut out, told after repaying ("i repaid everything but jiebei still won't lend to me", "还清了还是借不
#出来"): the complaint asks why as plainly as 为什么 does (cls22).
_STILL_SHUT = regex(r"(?:还是|仍然|依然|照样)(?:借不|用不|不能(?:借|用)|没法(?:借|用)|开不|贷不)"
                    r"|\bstill (?:can ?t|cannot|won ?t|will not|unable to|not able to|doesn ?t let me|refuses to) (?:\w+ )?(?:borrow|lend|use|get a loan)\w*\b")


def repaid_record_asked(topics: list[str], folded: str) -> list[str]:
    """[after_repayment] for a declined question that tells the loan was repaid and asks about the
    score, the limit, access or the record (what after_repayment's lead says the article is silent on),
    by someone who was late (``_LATE_SIGN``); or that tells it is still shut out after repaying."""
    if topics == [kb.OUT_OF_SCOPE] and _STILL_SHUT.search(folded) and _REPAID.search(folded) and not _NEVER_LATE.search(folded):
        return [AFTER]
    if topics != [kb.OUT_OF_SCOPE] or not _WHY_OR_WHEN.search(folded) or _REPAID.search(folded) is None \
            or ACCESS_OR_RECORD.search(folded) is None or _NEVER_LATE.search(folded) or not _LATE_SIGN.search(folded):
        return topics
    return [AFTER]


# Getting the score or new credit back once repaid ("还清以后芝麻分多久能恢复", "paid it off, can I get a
# mortgage now?"): life after repaying (the eval README's rule), though the score and the mortgage words
# lean to credit_report. Not how long the record stays or whether it is erased, nor whether it will
# affect a mortgage (影响: the record's effect, credit_report's own).
_RECOVERY = regex(r"芝麻|信用分|分数|评分|(?:信用|征信).{0,4}(?:恢复|修复|好|回来|回升|涨)|房贷|车贷|买房|贷款|批|"
                  r"\b(?:score|mortgage|home loan|car loan|approv\w*|lend\w*|credit (?:come|go|get)s? back|credit recover\w*)\b")
_RECORD_KEPT = regex(r"记录|保留|消除|删除|抹|洗白|\b(?:record|erase\w*|remov\w*|delet\w*|stay on|stays on|history)\b")
_COMES_BACK = regex(r"恢复|修复|回来|回升|涨回|好(?:吗|了吗|起来|转)|能(?:申请|办|贷|批|买)|多久|什么时候|何时|还能|能不能|可以|会批|能批|"
                    r"\b(?:recover\w*|come back|go back up|bounce back|how long|when|can i|could i|will (?:i|banks?|they))\b")


def recovery_after_repaying(topics: list[str], folded: str) -> list[str]:
    """[after_repayment] for a credit_report reading of a message that tells the loan was repaid (by
    someone who was late: not repaid early or never late) and asks when the score or new credit
    (a mortgage, a loan) comes back; not the record's lifetime."""
    if topics[:1] != [CREDIT] or set(topics[1:]) - {AFTER} or _REPAID.search(folded) is None or _NEVER_LATE.search(folded) \
            or not _RECOVERY.search(folded) or not _COMES_BACK.search(folded) or _RECORD_KEPT.search(folded):
        return topics
    return [AFTER]


# Whether the record still shows or stays once repaid ("逾期还清了 征信上还能看到吗", "after i clear it, does
# the late record still show"): its lifetime is after_repayment's question (its lead: the article says
# nothing of erasing it), not how it is reported; its effect (还会影响房贷吗) stays credit_report's.
_STILL_SHOWN = regex(r"还(?:会|能)?(?:显示|看到|看得到|查到|查得到|有记录|在|留着?)|(?:会|能)(?:不会)?(?:消|删|抹|去掉|清除)|保留多久|留多久|多久(?:能|会|才)?(?:消|删|没)"
                     r"|(?:几|多少)年(?:才|能|会|以后|之后)*(?:消|删|没|清)"  # (cls24: "还完以后 逾期要几年才没有")
                     r"|\b(?:still (?:show|be visible|appear|be there|be on)|stays? (?:on|visible)|remain\w*|visible|remov\w*|eras\w*|disappear\w*|wiped)\b")


def record_after_repaying(topics: list[str], folded: str) -> list[str]:
    """after_repayment first (credit_report after it) for a credit_report reading of a message that
    tells a late loan repaid and asks whether the record still shows or stays."""
    repaid = _REPAID.search(folded)
    if topics[:1] != [CREDIT] or repaid is None or _NEVER_LATE_ONLY.search(folded) or not _STILL_SHOWN.search(folded, repaid.end()):
        return topics
    return [AFTER, CREDIT] + [t for t in topics[1:] if t not in (AFTER, CREDIT)]


def who_collects_asked(topics: list[str], question: str) -> list[str]:
    """[collection_process] for a capabilities reading or a decline of a message that asks who
    collects (bot.figures' "outsourced" kind: its line leads the collection answer). ``question``
    as written (the condition reads its clauses)."""
    if topics[:1] not in ([CAPABILITIES], [kb.OUT_OF_SCOPE]) or len(topics) != 1:
        return topics
    figure = figure_asked(question)
    return [COLLECTION] if figure is not None and figure[0] == "outsourced" else topics


__all__ = ["record_after_repaying", "recovery_after_repaying", "repaid_record_asked", "use_while_late", "who_collects_asked"]

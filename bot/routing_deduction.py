"""The lender's own automatic deduction asked while the loan is late (round 48, answer197; issue 13's routing faults).

"逾期了系统还会自动扣款吗", "过了还款日还会从余额宝里扣钱吗", "while overdue does autopay still take money from my card"
ask how repayment works (billing mechanics, which the article does not cover: the bot declines and points to the
official service, as the knowledge examples label "逾期以后绑定的银行卡还会代扣吗"). The classifier read such questions
as uncovered_consequences (a seizure), after_repayment or collection_process by their card, balance and lateness words.

Read: a deduction asked (扣/划/代扣, deduct/debit/autopay) together with the lender's mechanism (自动, 系统, 自己…扣,
还会…扣, autopay, automatically). The account alone ("直接从我余额宝扣钱", "余额会被扣吗", "take money from my card
automatically") stays the money-taken-straight fear, as the team's pinned tests read it.
Not read (a seizure, another party's reach or the credit record: the classifier's reading stands): the credit
record or a score docked ("会扣芝麻分吗", "会不会扣信用"), interest charged ("还清了还会扣利息吗"), a court, a freeze, enforcement,
wages or salary, another card or account the loan is not tied to ("别的银行卡", "other bank accounts"), WeChat.
Only from the loan topics these words brush against; never a safety topic. Matched on text.normalize()d text.
"""

from __future__ import annotations

from .knowledge_types import OUT_OF_SCOPE as DECLINED
from .patterns import regex

# A deduction asked: the lender taking the repayment. English needs a billing verb: "take money from my card
# automatically" is the money-taken-straight fear the team pins as uncovered (tests/test_answer171.py).
_DEDUCT = regex(r"扣(?:款|钱|费|走|掉|除)?|划扣|划走|代扣"
                r"|\b(?:deduct\w*|debit\w*|auto ?pay|auto ?repay\w*)\b")
# The lender's own mechanism named (not the account alone: "他们可以直接从我余额宝扣钱吗", "我的支付宝余额会被扣吗" are
# the money-taken-straight fear, pinned uncovered by tests/test_answers_truth1.py and test_answers_ans23.py).
_MECHANISM = regex(r"自动|系统|自己\S{0,6}扣|还会\S{0,6}扣|还扣|代扣"
                   r"|\b(?:auto ?pay|auto ?debit|auto ?deduct\w*|auto ?repay\w*|automatic\w*)\b")
# A seizure or another party's reach: not billing.
_SEIZURE = regex(r"芝麻|信用|征信|扣分|利息|罚息|法院|法官|冻结|强制执行|执行|查封|扣押|工资|薪水|薪资|社保|公积金|别的(?:银行)?卡|其他(?:银行)?卡|其它(?:银行)?卡"
                 r"|别的账户|其他账户|微信|家人|老婆|老公|父母"
                 r"|\b(?:credit|score|interest|court\w*|judge|freez\w*|frozen|seiz\w*|garnish\w*|enforce\w*|wages?|salary|pay ?check|other (?:bank )?"
                 r"(?:cards?|accounts?)|another (?:bank )?(?:card|account)|wechat|family|wife|husband|parents)\b")
_FROM = frozenset({"uncovered_consequences", "after_repayment", "collection_process", "credit_report", "going_dark"})


def lender_deducts(text: str, whole: str = "") -> bool:
    """Whether ``text`` (normalised or simplified, lower case) asks of the lender's own automatic deduction (module
    doc), no seizure named in it or in the ``whole`` message it is a clause of: also read by bot.concerns, where such
    a clause names no fear of a frozen account."""
    return bool(_DEDUCT.search(text) and _MECHANISM.search(text) and not _SEIZURE.search(whole or text))


def deduction_asked(topics: list[str], folded: str) -> list[str]:
    """``[out_of_scope]`` when the lender's automatic deduction is asked (module doc) and the classifier read one
    of the loan topics in ``_FROM`` first; otherwise ``topics`` unchanged."""
    if not topics or topics[0] not in _FROM:
        return topics
    return [DECLINED] if lender_deducts(folded) else topics


__all__ = ["deduction_asked", "lender_deducts"]

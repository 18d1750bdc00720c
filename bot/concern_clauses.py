"""The clause around a matched fear (moved out of bot.concerns unchanged, ans69: concerns.py was over its
size; bot.concerns reads a fear only in the clause that asks about or worries over it)."""

from __future__ import annotations

import re

from .patterns import regex

_CLAUSE_END = regex(r"[，,。.！!？?；;\n]|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")


def clause_of(text: str, match: re.Match[str]) -> str:
    """The clause around a match: up to the nearest punctuation, or a space between Chinese words."""
    bounds = [m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())]
    start = bounds[-1] if bounds else 0
    after = _CLAUSE_END.search(text, match.end())
    if after is None:
        return text[start:]
    # An English clause keeps its "?": "jiebei will my employer find out?" is a question only by it.
    # (Chinese questions say so in words; a stray "?" there ends statements too: "在坐牢?回来之后".)
    keeps_mark = after.group(0) == "?" and match.group(0).isascii()
    return text[start: after.end() if keeps_mark else after.start()]



# The Alipay account told as frozen already, and getting it back asked in the same clause ("支付宝账户被冻结了怎么
# 解冻", "my alipay account got frozen, how do i unfreeze it"; ans69): an account matter for the official service, not
# a fear of what lateness brings ("逾期会冻结支付宝吗" and "will they freeze my account" are still fears).
ACCOUNT_FROZEN = regex(
    r"(?:支付宝|支付寶)(?:的)?(?:账户|帐户|账号|帐号|余额)?[^，,。！？!?；;\s]{0,4}(?:被|给)?(?:冻结|冻住|封)(?:了|掉了)"
    r"|\balipay(?: account| balance)? (?:is|was|got|has been|been|became) (?:frozen|locked|blocked|suspended)\b")
UNFREEZE = regex(r"解冻|解封|解开|解除|申诉|恢复|取不出|用不了|怎么办|咋办|怎么弄|如何处理"
                 r"|\b(?:unfreeze|unlock|unblock|get (?:it|my \w+) back|appeal|what (?:do|should|can) i do|how (?:to|do i|can i))\b")


# The loan's lateness named beside the freeze (mend74, review87): "是因为借呗逾期吗", "frozen after i missed jiebei
# payments" ask whether lateness froze it, a feared consequence the article does not cover; the account-business
# reading is for a freeze the message does not tie to being late.
LATENESS = regex(r"逾期|过期|没还|还不上|还不了|欠款|欠钱|拖欠|催收"
                 r"|\b(?:missed|overdue|late (?:on|with|payment)|behind (?:on|with)|default\w*|didn ?t (?:pay|repay))\b")


def account_frozen_told(clause: str, after: str = "", text: str = "") -> bool:
    """Whether ``clause`` tells the Alipay account frozen and asks how to get it back (ACCOUNT_FROZEN), there or
    in the words just ``after`` it ("alipay account is frozen, how to unlock": English puts a comma between), with
    no lateness named in the message (``text``; the clause and ``after`` when not given) to tie the freeze to."""
    if LATENESS.search(text or clause + " " + after):
        return False
    return ACCOUNT_FROZEN.search(clause) is not None and UNFREEZE.search(clause + " " + after[:24]) is not None


__all__ = ["ACCOUNT_FROZEN", "LATENESS", "UNFREEZE", "account_frozen_told", "clause_of"]

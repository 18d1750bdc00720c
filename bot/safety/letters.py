"""A letter asked for, addressed to a lender, a platform or an office (safe54, issue 12): no sign of distress.

The check-in line's words (net.py) read a letter written or left as a farewell sign ("给孩子写了一封信", "letters to
my kids"), and its weak cues read "信"/"letter" as an ending; so "write a letter to alipay for me" opened with "If
things feel heavy right now… 12356" and "帮我写一封信给平台" added it too. A letter request whose addressee is the
lender, the platform, the collectors or an office is set apart here, for the check-in line ONLY: only the words of
the request are left out of the check-in's reading, so distress told beside it ("帮我写一封信给平台，我真的撑不下去了")
still earns the line; the crisis readers never see this (a letter to one's family is a farewell sign and stays one).
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import fold_clause

# Who a letter of business goes to: the lender and its apps, its service, the collectors, a court, a regulator, a bank.
_ADDRESSEE = (r"(平台|支付宝|支付寶|借呗|花呗|蚂蚁\S{0,2}|网商\S{0,2}|客服|催收\S{0,2}|银行|贷款公司|金融公司|网贷\S{0,2}|法院|律师\S{0,2}"
              r"|调解\S{0,3}|银保监\S{0,2}|金融监管\S{0,4}|监管\S{0,3}|消费者协会|消协|12378|债权人|出借方|放贷\S{0,2})")
_ADDRESSEE_EN = (r"(alipay|ant( group| financial)?|jiebei|huabei|mybank|(the |my |their |a )?(platform|lender|bank|creditor|app"
                 r"|collectors?|collection agency|debt collectors?|customer service|company|court|regulator|ombudsman)s?)")
# The request, in its words: writing (a letter, an email, a statement, an application) to one of them, either order.
_ASKED_LETTER = regex(
    rf"(给|向|致|寄给|发给){_ADDRESSEE}\S{{0,8}}(写|发|寄|起草|拟)\S{{0,10}}(信|函|邮件|说明|申请书?)"
    rf"|(写|起草|拟|发)\S{{0,12}}(信|函|邮件|申请书|说明)\s?(给|寄给|发给|致|到){_ADDRESSEE}"
    rf"|(写|起草|拟)\S{{0,4}}(给|致){_ADDRESSEE}\S{{0,6}}的\S{{0,8}}(信|函|邮件|申请书?)"
    rf"|\b(write|draft|compose|send|prepare)\w* (me )?(an? |the |my )?(\w+ ){{0,3}}(letters?|emails?|e mails?|notes?|messages?)"
    rf" (to|for|addressed to) {_ADDRESSEE_EN}\b"
    rf"|\b(letters?|emails?|e mails?) (to|for|addressed to) {_ADDRESSEE_EN}\b")


def without_letter_requests(message: str) -> str:
    """The folded message with the words of any business letter asked for left out (spaces in their place),
    or the folded message unchanged: for the check-in line's reading only (net.check_in_reason)."""
    folded = fold_clause(message)
    return _ASKED_LETTER.sub(lambda asked: " " * len(asked.group()), folded)


__all__ = ["without_letter_requests"]

"""Wording rules for a borrower talking about their own loan in words the classifier declines
(truth2's audit, family A): where they stand told as details alone ("I'm 20 days late, 6000 yuan",
"大概三十天，欠八千"), whether it will be okay asked beside those details, a charge waiver asked for
("Can I get an interest waiver if I pay in full today?"), and borrowing from one lender to repay
another ("可以借新还旧吗"). A decline to a borrower is the worst answer there is; each rule here turns
one into the reply its words ask for, and only when its wording is there. Matched on text.normalize()d text (``folded``) unless said.
"""

from __future__ import annotations

from . import knowledge as kb
from .cues import LATE_OR_COLLECTED
from .patterns import regex
from .questions import is_question
from .slots import extract_slots
from .text import simplified_words

NEGOTIATE = "negotiate"
_DETAILS = ("days", "amount")

# What a statement of where the borrower stands says besides its details (the spans the slot reader
# read are taken out first): the writer, being late, owing, approximations and units. Anything left
# over is something else said, and the rule stays out of it. (On simplified, lower-case text.)
_FILLER = regex(r"我的?|本人|已经|都|了|啦|逾期|晚还|超期|拖了?|欠款?|欠了|欠着|大概|大约|差不多|将近|快|左右|多|一共|总共|共|"
                r"现在|目前|块钱?|元|钱|啊|呀|吧|本金|(?:还)?(?:没有?|未)还(?:上|钱|款)?|还有|有|是|的|借呗|花呗|蚂蚁|网贷|贷款|"
                r"\b(?:i ?m|i am|i ve|ive|i have|i|been|am|my|it ?s|its|it|is|about|around|roughly|approximately|approx|nearly|almost|"
                r"over|more than|late|overdue|behind|past due|on|owe|owing|owed|and|with|yuan|rmb|cny|total|in total|"
                r"jiebei|huabei|loan|debt|now|already|so far|of|for|the|a|currently|still|unpaid|not paid|days?|months?|years?|weeks?)\b")
_PUNCT = regex(r"[\W_]+")


# What to do asked beside the details, and nothing else ("I'm 30 days late, what can I do": declined, as
# only "30 days late" named the loan; ans19's note): the article's coping advice leads that answer.
_WHAT_TO_DO = regex(r"(?:那|我)?(?:该|应该|要)?怎么办(?:呢|啊|呀)?|(?:我)?(?:该|应该|能)(?:做)?什么|"
                    r"\b(?:so )?(?:what (?:can|should|do|shall) i do|what (?:now|next)|what are my options|(?:please )?help(?: me)?)\b")


def details_told(message: str) -> bool:
    """Whether a message only tells how late and how much (one of them at least), with nothing
    asked and nothing else said, or only what to do: "I'm 20 days overdue, 6000 yuan", "大概三十天，
    欠八千", "I'm 30 days late, what can I do". What happens now (and, asked, how to respond) is what
    such a borrower wants to know (as for "借呗逾期七天")."""
    if len(message) > 80:
        return False
    plain = simplified_words(message)
    asked_what_to_do = _WHAT_TO_DO.search(plain) is not None
    without_ask = _WHAT_TO_DO.sub(" ", plain)
    if asked_what_to_do:
        without_ask = without_ask.replace("?", " ").replace("？", " ")  # its question mark asked what to do
    if is_question(message) and (not asked_what_to_do or is_question(without_ask)):
        return False
    slots = extract_slots(message)  # ("about 20 days, 6000 yuan" alone says no lateness: a session reads it)
    if not any(name in slots for name in _DETAILS):
        return False
    rest = without_ask
    for slot in sorted(slots.values(), key=lambda s: -len(s.text)):
        if slot.name in (*_DETAILS, "product"):
            rest = rest.replace(slot.text.lower(), " ")
    rest = _FILLER.sub(" ", rest)
    return not _PUNCT.sub("", rest)


# "Is everything going to be okay?", "am I going to be okay?", "会好起来吗": the borrower asks to be
# reassured. Beside their loan details (and nothing else asked) that is a worry, answered by the worry
# reply's calm first steps (which name 12356), never a decline (truth2 A.1). Alone it keeps what it gets.
# Not "晚还一天没事吧", "will it be ok if I pay tomorrow": whether a lateness matters, a loan question.
_REASSURANCE = regex(r"\b(?:is |will )?(?:everything|things) (?:going to |gonna |will )?(?:be|turn out) (?:ok|okay|alright|all right|fine)\b"
                     r"|\bam i (?:going to|gonna) (?:be )?(?:ok|okay|alright|all right|fine)\b"
                     r"|(?:一切|事情|日子|我)?(?:会|能)(?:好起来|挺过去|熬过去|过去)(?:的)?(?:吧|吗|么|嘛)")


def reassurance_asked(folded: str) -> bool:
    """Whether a message asks whether it will be okay beside its own late loan, and asks nothing
    else ("Please tell me honestly, is everything going to be okay? I'm 50 days late on 25000.")."""
    found = _REASSURANCE.search(folded)
    if found is None:
        return False
    rest = (folded[:found.start()] + " " + folded[found.end():]).strip()
    return bool(LATE_OR_COLLECTED.search(rest)) and not is_question(rest)


# A late charge asked to be waived or cut ("Can I get an interest waiver?", "罚息能不能减免", "能免掉违约金吗"):
# terms, asked of the lender (negotiate), as "Can they waive the penalty interest?" reads. In Chinese
# only the late charges (利息 cut or 免利息 is a promotion or an early repayment: "多久免利息",
# "提前还款利息有减免吗", billing); nor an interest-free period, a coupon or repaying early.
_CHARGE = r"(?:罚息|违约金|滞纳金|逾期费|逾期利息|逾期的利息)"
_WAIVE_ZH = r"(?:减免|免除|免掉|免了|少收|减掉|减少|减一点|打折|免)"
CHARGE_WAIVER = regex(rf"{_WAIVE_ZH}(?:一部分|部分|一些|点)?(?:的)?{_CHARGE}|{_CHARGE}\S{{0,6}}?{_WAIVE_ZH}"
                      r"|\b(?:interest|penalty|penalties|late fees?|fees?|charges?)\b(?: \w+){0,2} (?:waiv\w*|forgiv\w*|reduc\w*|discount\w*|relief|cut)\b"
                      r"|\b(?:waiv\w*|forgiv\w*|reduc\w*|discount\w*|cut|drop|remov\w*|relief on|relief from)\b(?: \w+){0,3} (?:interest|penalty|penalties|late fees?|fees?|charges?)\b")
_FREE_PERIOD = regex(r"免息期|免息券|免息卡|优惠|券|卷|提前|\binterest[- ]free\b|\bcoupons?\b|\bvouchers?\b|\bpromo\w*|\b(?:repay\w*|pay\w*) (?:it |them )?(?:off )?early\b|\bearly repayment\b")


def waiver_asked(topics: list[str], folded: str) -> list[str]:
    """[negotiate] for a declined message that asks for a charge to be waived or reduced."""
    if topics != [kb.OUT_OF_SCOPE] or not CHARGE_WAIVER.search(folded) or _FREE_PERIOD.search(folded) \
            or not is_question(folded):
        return topics
    return [NEGOTIATE]


# Borrowing from one lender to repay another ("我能借别的网贷来还借呗吗", "可以借新还旧吗", "can I borrow
# from another app to pay jiebei"): what the borrower who cannot pay is weighing, answered as
# "以贷养贷可以吗" is (negotiate: talk to the lender), not declined nor read as how Jiebei works.
_LENDERS = r"(?:网贷|平台|贷款|信用卡|口子|借呗|花呗|白条|微粒贷|网商贷|app|钱)"
BORROW_TO_REPAY = regex(rf"借新还旧|以贷养贷|拆东墙补西墙|(?:借|贷|套现|刷)(?:点)?(?:别的|其他的?|其它的?|另一个|另一家|另外的?|新的?|一笔)"
                        rf"{_LENDERS}?(?:的钱)?\S{{0,4}}?(?:来|去)?还"
                        rf"|用(?:别的|其他的?|另一个)?{_LENDERS}(?:的钱)?(?:来|去)还(?:借呗|花呗|网贷|贷款|信用卡|白条)"
                        r"|\b(?:borrow\w*|take out|get|use)\b(?: \w+){0,4} (?:from )?(?:another|other|a new|new|a different|different|more)\b"
                        r"(?: \w+){0,3} (?:to|and) (?:re)?pay\b"
                        r"|\bnew loans? to (?:re)?pay\b|\brob\w* peter to pay paul\b")
_BORROW_MISREAD = (kb.OUT_OF_SCOPE, "about_jiebei")


def borrow_to_repay(topics: list[str], folded: str) -> list[str]:
    """[negotiate, ...] for a declined or about-Jiebei reading of a message about borrowing
    elsewhere to repay a loan."""
    if not topics or topics[0] not in _BORROW_MISREAD or not BORROW_TO_REPAY.search(folded):
        return topics
    return [NEGOTIATE] + [t for t in topics if t not in (NEGOTIATE, *_BORROW_MISREAD)]


__all__ = ["BORROW_TO_REPAY", "CHARGE_WAIVER", "borrow_to_repay", "details_told", "reassurance_asked", "waiver_asked"]

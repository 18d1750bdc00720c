"""Wording rules for fears and situations the classifier's words mislead (round 11, cls12): being
put on a blacklist is not blocking the collectors, a fear for one's child is not a credit question,
"which lender do I repay first" is a can't-pay question, a statement that a loan is late and
unpaid asks what happens next, and billing mechanics (a fee for repaying early, a double charge,
raising the limit) are declined whatever the words lean to. Each reads a message as text.normalize gives it (``folded``) and
the topics bot.routing found; each changes them only when its wording is there."""

from __future__ import annotations

import re

from . import knowledge as kb
from .cues import LATE_OR_COLLECTED
from .figures import LIMITATION, ONE_OR_THE_OTHER_EN, ONE_OR_THE_OTHER_ZH
from .patterns import regex
from .questions import is_question

UNCOVERED, GOING_DARK, NEGOTIATE = kb.UNCOVERED, "going_dark", "negotiate"
CREDIT, COLLECTION, AFTER = "credit_report", "collection_process", "after_repayment"
SAFETY = ("crisis", "abusive_collection")

# "会被拉黑吗", "逾期半年了，会被拉黑吗", "借呗会把我拉黑吗", "will I get blacklisted": being put on a
# list (what the article does not cover), not blocking the collectors' numbers, which is what
# going_dark's 拉黑 means ("把催收电话全拉黑可以吗"). Not when access is the worry ("被拉黑了再也借
# 不了": after_repayment's) nor when numbers or collectors are blocked.
_BEING_BLACKLISTED = regex(r"被\S{0,4}?拉黑|(?:把|将)我\S{0,2}?拉黑|拉黑我|拉(?:进|入)?黑名单|上黑名单|进黑名单"
                           r"|\b(?:get|got|be|been|being|am|is|was)\s+blacklisted\b|\bblacklist\s+me\b")
_BLOCKING = regex(r"(?:电话|号码|手机号|号|短信|微信|催收|他们|对方|客服)\S{0,3}?拉黑|拉黑\S{0,3}?(?:电话|号码|短信|微信|催收|他们|对方)"
                  r"|\bblock(?:ed|ing)?\b")
_ACCESS = regex(r"再借|借不了|借不出|还能借|额度|开通|恢复|用不了|不能用|\b(?:borrow|limit|reopen|use it)\b")


def blacklisted_not_blocking(topics: list[str], folded: str) -> list[str]:
    """[uncovered_consequences, ...] for a going_dark reading of a message that asks about being
    blacklisted (not blocking anyone, not access to the product)."""
    if topics[:1] != [GOING_DARK] or not _BEING_BLACKLISTED.search(folded) or _BLOCKING.search(folded) \
            or _ACCESS.search(folded):
        return topics
    return [UNCOVERED] + [t for t in topics[1:] if t != UNCOVERED]


# A fear for one's child ("我女儿三岁 借呗逾期会影响她吗", "will my overdue loan affect my son?"): what
# the debt means for the children is uncovered_consequences' (the article says nothing of it), not
# the borrower's own credit record that 影响/affect lean to. Not the borrower's credit asked beside a
# child ("孩子在上学 逾期会影响我征信吗"), nor calls to a child (contact_family keeps those: its topic
# is not read here).
_CHILD_ZH = r"(?:孩子|小孩|女儿|儿子|子女|儿女|宝宝|闺女|娃娃|小朋友)"
_CHILD_EN = r"(?:kids?|children|child|son|sons|daughters?|baby|toddler)"
_CHILD_AFFECTED = regex(rf"{_CHILD_ZH}[^，。,.?？!！;；]{{0,14}}?(?:影响|连累|耽误|牵连|拖累|波及)"
                        rf"|(?:影响|连累|耽误|牵连|拖累|波及)(?:到)?(?:我的?|我家的?)?{_CHILD_ZH}"
                        rf"|\b(?:affect|affects|hurt|harm|impact|ruin)\w*\s+(?:on\s+)?(?:my\s+|our\s+)?(?:little\s+|young\s+)?{_CHILD_EN}\b"
                        rf"|\b{_CHILD_EN}\b.{{0,60}}\b(?:affect\w*|impact\w*|hurt|harm\w*|ruin\w*|suffer\w*)\b")
_OWN_CREDIT = regex(r"(?:影响|连累)(?:到)?(?:我的?)?(?:征信|芝麻|信用|额度|贷款|房贷)"
                    r"|\b(?:affect|hurt|impact|harm)\w*\s+(?:my|the)\s+(?:credit|score|sesame|limit|loan|mortgage)")
_CHILD_MISREAD = (CREDIT, COLLECTION, AFTER, GOING_DARK, "penalty_costs", "worry")


def child_affected(topics: list[str], folded: str) -> list[str]:
    """[uncovered_consequences, ...] when a loan reading the words 影响/affect lean to answers a
    message whose fear is for the writer's child."""
    if topics[:1] == [UNCOVERED] or not topics or topics[0] not in _CHILD_MISREAD \
            or not _CHILD_AFFECTED.search(folded) or _OWN_CREDIT.search(folded):
        return topics
    return [UNCOVERED] + [t for t in topics if t != UNCOVERED]


# "好几个平台都逾期了 先还哪个", "several lenders overdue, which should I repay first": choosing what to
# pay with too little money is the can't-pay question (the negotiate answer: talk to each lender and
# ask for terms; the article ranks no lender), not what happens after being late. Not how a single
# repayment is split ("先还本金还是先还利息": billing mechanics, declined).
# (one debt or the other first: bot.figures ONE_OR_THE_OTHER_*, which the ranking line reads too)
_WHICH_FIRST = regex(r"先还(?:哪|谁)|(?:哪个|哪家|哪一个|哪笔|哪些|哪一家|哪个平台)\S{0,4}?先还|优先还|还款顺序"
                     rf"|{ONE_OR_THE_OTHER_ZH}|{ONE_OR_THE_OTHER_EN}"
                     r"|\bwhich (?:one |ones |loan |loans |debt |debts |lender |lenders |app |card |of them )?(?:should |do |to |must |shall )?"
                     r"(?:i |we )?(?:re)?pay (?:off |back )?first\b|\bprioriti[sz]e\b|\b(?:what|which) order\b|\bpay (?:off )?first\b")
_WHICH_FIRST_WORDS = ("先还", "优先", "顺序", "first", "priorit", "order")  # a quick check before the pattern (X还是Y先还 holds 先还)
_SPLIT_OF_ONE = regex(r"本金|利息|罚息|\b(?:principal|interest)\b")


def which_first(topics: list[str], folded: str) -> list[str]:
    """[negotiate, ...] for a message that asks which debt to repay first (not a safety reply)."""
    if not topics or topics[0] == NEGOTIATE or not any(word in folded for word in _WHICH_FIRST_WORDS) \
            or any(t in SAFETY for t in topics) or not _WHICH_FIRST.search(folded) or _SPLIT_OF_ONE.search(folded):
        return topics
    return [NEGOTIATE] + [t for t in topics if t not in (NEGOTIATE, kb.OUT_OF_SCOPE, COLLECTION)]


# A bare statement in English that a loan is late and unpaid, with no question ("my huabei is overdue
# and unpaid", "huabei not repaid", "jiebei overdue, not paid yet"): the borrower wants to know what
# happens now, as BARE_OVERDUE (bot.routing_rules) reads the Chinese ones.
BARE_OVERDUE_EN = regex(r"\W*(?:my |the )?(?:huabei|jiebei|hb|jb|alipay loan|ant loan|online loan|loan)\s+"
                        r"(?:is |has been |went |got |now |still )*"
                        r"(?:(?:overdue|late|past due)(?:\s*,?\s*(?:and |but |still |yet )*(?:not (?:re)?paid(?: back)?|unpaid|not repaid)(?: yet)?)?"
                        r"|not (?:re)?paid(?: back)?(?: yet)?|unpaid|not repaid(?: yet)?)\W*")


# Billing mechanics the words of a loan topic lean to, with nothing late named: a fee for repaying
# early ("借呗提前还有违约金吗", "is there a fee for early repayment": 违约金/fee lean to penalties),
# a double charge ("I was charged twice this month"), raising the limit ("How do I increase my Jiebei
# credit limit?": 额度/limit lean to about_jiebei, whose question is how the limit is *set*).
_EARLY_OR_TWICE = regex(r"提前(?:还|结清|还款|还清|全部还)|扣了两次|重复扣|多扣了"
                        r"|\b(?:early repayment|repay(?:ing)? early|pay(?:ing)? (?:it |them |jiebei |huabei )?(?:off |back )?early"
                        r"|early (?:payoff|settlement)|charged (?:me )?twice|double charged|charged two times)\b")
_RAISE_LIMIT = regex(r"(?:提高|提升|提|增加|涨|加)(?:借呗|花呗)?(?:的)?额度|额度(?:怎么|如何|怎样)?(?:才能)?(?:提高|提升|涨|增加)"
                     r"|\b(?:increase|raise|boost|higher|bigger|up)\b.{0,24}\blimit\b")
PENALTY, ABOUT = "penalty_costs", "about_jiebei"
# Whether a bill can still be split into instalments ("到了还款日还能再按分期吗", "can I still convert this
# month's bill to instalments?"): the product's options, billing mechanics, when nothing is late and no
# shortage is told. 分期 reads as negotiate (a repayment plan for a late borrower) by its examples and
# the bill+instalment concept pair; with the loan late ("过了还款日还给不给分期") or money short ("钱不够")
# it is that negotiation, and stays so (cls17).
_STILL_SPLIT = regex(r"还(?:能|可以|能不能|可不可以|给|让)(?:再|在)?(?:按|申请|办理?|做|转|选)?(?:成)?分期"
                     r"|\bstill (?:be able to |able to )?(?:split|convert|switch|change|turn|pay|do|get|use|apply for|go for)\b"
                     r".{0,30}\b(?:instal+ments?|monthly payments)\b")
_LATE_OR_SHORT = regex(r"过了|超过|还不了|没钱|钱不够|不够|困难|手头紧|失业|周转|\b(?:after the due date|passed|afford|short|broke|lost my job|hardship)\b")


def billing_not_late(topics: list[str], folded: str) -> list[str]:
    """[out_of_scope] for a penalty reading of an early-repayment fee or a double charge, an
    about_jiebei reading of raising the limit, and a negotiate reading of whether a bill can still be
    split (no shortage told), when the message names nothing late."""
    if len(topics) != 1 or LATE_OR_COLLECTED.search(folded):
        return topics
    if (topics[0] == PENALTY and _EARLY_OR_TWICE.search(folded)) or (topics[0] == ABOUT and _RAISE_LIMIT.search(folded)):
        return [kb.OUT_OF_SCOPE]
    if topics[0] == NEGOTIATE and _STILL_SPLIT.search(folded) and not _LATE_OR_SHORT.search(folded):
        return [kb.OUT_OF_SCOPE]
    return topics


# Customer service asked for by name ("I want to talk to customer service"): the decline, which points to
# 95188; "to talk" had read as goodbye's "talk later" ("Okay, take care of yourself"; review34).
WANTS_THE_SERVICE = regex(r"\W*(?:hi\W+|hello\W+)?(?:i |can i |could i )?(?:just )?(?:want|need|would like|wanna|d like)? ?(?:to )?(?:talk|speak|chat) "
                          r"(?:to|with) (?:a |the |your |an? )?(?:alipay |jiebei |huabei )?(?:customer (?:service|support|care)|support|"
                          r"(?:a )?(?:human|live|real) (?:agent|customer service)|an? agent|staff)\W*")


__all__ = ["BARE_OVERDUE_EN", "WANTS_THE_SERVICE", "billing_not_late", "blacklisted_not_blocking", "child_affected", "which_first"]


# Appearing in court, answering a suit ("要出庭吗", "被告了要去应诉吗", "do I have to show up in court"):
# the lawsuit question in words its examples never use, declined or read as what happens after being
# late (cls18). The lawsuit answer's court lead (answer_asks "court") says the article does not cover
# the step itself. Not a witness's, a divorce's or a debt owed to the writer.
_COURT_STEP = regex(r"出庭|应诉|到庭|开庭|\b(?:appear|show up|turn up|attend|go|have to go|be) (?:in |at |to )?court\b")
_NOT_MY_DEBT = regex(r"作证|证人|离婚|房东|欠我|借我的钱|\b(?:witness|divorce|landlord|owes? me)\b")
_COURT_MISREAD = (kb.OUT_OF_SCOPE, COLLECTION, AFTER)


def court_step_asked(topics: list[str], folded: str) -> list[str]:
    """[lawsuit, ...] for a declined or after-being-late reading of a message that asks about
    appearing in court on the borrower's own debt."""
    if topics[:1] == [] or topics[0] not in _COURT_MISREAD or not _COURT_STEP.search(folded) \
            or _NOT_MY_DEBT.search(folded):
        return topics
    return ["lawsuit"] + [t for t in topics[1:] if t not in ("lawsuit", kb.OUT_OF_SCOPE)]


# A case or a debt said handed to a law firm, lawyers or the lender's legal department ("the text said my case has been
# transferred to a law firm, is it real", "短信说我的案件已经转交律师事务所了，是真的吗"): no abuse since round 21 (an
# ordinary step: bot.safety.collectors), and then declined or read as a visit (review39). The lawsuit answer says how
# such papers are checked (the named court's public number). A handover to an agency stays collection's.
_HANDED_TO_LAW = regex(r"(?:转交|移交|委托|交给|转给|转到|移送|交由)(?:给)?\S{0,4}(?:律师事务所|律所|律师|法务)"
                       r"|\b(?:transferred|handed|passed|referred|assigned|sent|forwarded|outsourced)(?: over)? (?:to|for) "
                       r"(?:the |a |an |our |their |its )?(?:legal (?:department|team|review|dept)|law firm|lawyers?|attorneys?)\b")
_LAW_MISREAD = (kb.OUT_OF_SCOPE, "home_visit")


def handed_to_law(topics: list[str], folded: str) -> list[str]:
    """[lawsuit, ...] for a declined or home-visit reading of a message that says a case or a debt was handed to a
    law firm, lawyers or a legal department."""
    if not topics or topics[0] not in _LAW_MISREAD or not _HANDED_TO_LAW.search(folded) or _NOT_MY_DEBT.search(folded):
        return topics
    return ["lawsuit"] + [t for t in topics[1:] if t not in ("lawsuit", kb.OUT_OF_SCOPE)]


# Whether the statute of limitations has run ("逾期三年了，过了时效了吗"): whether they can still sue,
# read as life after repaying or declined (review39 #3; "过了诉讼时效了吗" was read as lawsuit already).
# The lawsuit answer leads with figures' line: the article does not cover it, a lawyer or legal aid.
_LIMITATION = regex(LIMITATION, re.IGNORECASE)
# ...read also as not paying or as what Jiebei is ("借呗多少年不还就不用还了", "After how many years does Jiebei
# debt expire?": truth3 #7): whether it can still be pursued is the lawsuit question.
_LIMITATION_MISREAD = (*_COURT_MISREAD, GOING_DARK, ABOUT)
# (an English question without its mark, once normalised: "after how many years does jiebei debt expire")
_ASKED_EN = regex(r"(?:after |so |and |but )?(?:how|what|when|is|are|can|could|will|would|does|do|did)\b")


def limitation_asked(topics: list[str], folded: str) -> list[str]:
    """[lawsuit, ...] for a declined or after-being-late reading of a question whether the statute
    of limitations has run on the borrower's own debt (not a debt owed to the writer)."""
    if topics[:1] == [] or topics[0] not in _LIMITATION_MISREAD or not _LIMITATION.search(folded) \
            or _NOT_MY_DEBT.search(folded) or not (is_question(folded) or _ASKED_EN.match(folded)):
        return topics
    return ["lawsuit"] + [t for t in topics[1:] if t not in ("lawsuit", kb.OUT_OF_SCOPE)]

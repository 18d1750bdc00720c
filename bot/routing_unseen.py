"""Readings of wordings found on unseen questions (round 24, cls20, issue 13), each a kind of
wording the classifier's n-grams lean away from its topic, applied to the topics bot.routing found
(``folded``: the message as text.normalize gives it):

- people calling after the automated reminders ("When do real people start calling?", "现在是机器人
  打电话 以后会变成人工吗"): what happens as lateness goes on, collection_process; not the verification
  calls of a loan application ("一般多久打电话": no person set against a machine) nor customer service;
- people asking about the borrower in person, around the home, the shop or the village ("someone came
  to our family shop asking for me"): home_visit, read as contact_family or declined;
- what a suit would make one pay ("如果打官司 本金利息罚息都要还吗"): lawsuit (the article's one word on
  charges is a sued borrower's liability), read as penalty_costs;
- the workplace told of the debt ("an agency said they'd report me to my employer") and whether
  collectors can see the contact list ("委外催收的人能看到我的通讯录吗"): contact_family, read as a
  visit, a decline or (the classifier's guess alone: a told abuse is bot.safety's, read before) abuse;
- a mortgage or a housing-fund loan asked about in itself ("公积金贷款买房流程": its process, rates or
  terms, bot.concerns.MORTGAGE_BUSINESS, and no sign of the debt or its record): another product's
  business, declined, read as credit_report ("will the bank see this when i apply for a mortgage" stays);
- being sued put plainly, 被人告 ("会不会被人告": round 28, cls22): lawsuit, read as uncovered_consequences
  or declined; not 被人告知/告诉 (being told).

Then who or where the debt reaches (round 29, cls23: contacts receiving a text, a visit to a school or
workplace, a mortgage wanted later, the central bank named): bot.routing_reached; then what lasts and
what has changed (round 30, cls24: how long a record stays, bookings the score touches, travel bans,
collection by machines, the debtor gone dark): bot.routing_lasting.
"""

from __future__ import annotations

from . import knowledge as kb
from .concerns import DEBT_SIGN, MORTGAGE_BUSINESS
from .patterns import regex
from .routing_lasting import lasting_readings
from .routing_reached import reached_readings

COLLECTION, VISIT, FAMILY, LAWSUIT, PENALTY = "collection_process", "home_visit", "contact_family", "lawsuit", "penalty_costs"
CREDIT, TREND, CAPABILITIES, AFTER = "credit_report", "collection_trend", "capabilities", "after_repayment"

# A person, not a machine, calling or in touch; not the lender's customer service asked for.
_PERSON = regex(r"真人|(?<!客服)人工(?!客服|智能)|活人|\b(?:real (?:people|person|humans?)|actual (?:people|person|humans?)|a human|humans|human being|live person)\b")
_MACHINE = regex(r"机器人|自动|智能语音|系统|短信|\b(?:automated|automatic\w*|robo\w*|bots?|texts?|reminders?|messages?)\b")
_CALLS = regex(r"电话|来电|打给|打来|联系|催|\b(?:call\w*|phon\w*|ring\w*|contact\w*|reach\w*)\b")
_WHEN = regex(r"什么时候|多久|几天|何时|以后|之后|变成|换成|开始|升级|\b(?:when|at what point|how long|how soon|after|start\w*|switch\w*|turn\w* into)\b")
_SERVICE = regex(r"客服|电话(?:是)?多少|号码|热线|\b(?:customer service|agent|support|number|hotline)\b|(?:你|you)(?:是| are)")
_PERSON_MISREAD = (kb.OUT_OF_SCOPE, FAMILY, TREND, CAPABILITIES)
# Someone asking about the writer in person, where they live or work from.
_ASKING = regex(r"打听|问(?:起)?我(?:家)?(?:在哪|住哪|的情况|的下落|去哪)|找我|问我在不在"
                r"|\b(?:asking|asked|enquiring|inquiring|looking) (?:about|for|after|around)\b|\basking where i\b|\bwhere i live\b")
_PLACE = regex(r"店|铺|摊|村|小区|邻居|楼下|老家|家里|我家|门口|街坊|"
               r"\b(?:shop|store|stall|village|neighbou?rs?|neighbou?rhood|street|hometown|home|house|building)\b")
_ASKING_MISREAD = (kb.OUT_OF_SCOPE, FAMILY, COLLECTION, "greeting")  # (有人在…: the greeting "有人在吗"; review49)
# A suit named, and what it would make one pay asked.
_SUED = regex(r"起诉|打官司|官司|法院|判决|判下来|判我|告上|被告|上法庭|\b(?:sue|sued|suing|court|judge|judgment|lawsuit|legal action)\b")
_PAY_ASKED = regex(r"要还|要付|要赔|赔多少|还多少|付多少|还哪些|都要还|也要还|\b(?:pay|owe|cover|repay)\b")
# The workplace told of the debt (not visited: home_visit's), and the contact list seen.
_TOLD_AT_WORK = regex(r"(?:告诉|通知|告知|联系|打给|打到|找|曝光给|举报给)(?:我的?)?(?:单位|公司|领导|老板|上司|同事|人事)"
                      r"|\b(?:tell|inform|notify|report \w+ to|contact|call|email)\w*\b.{0,16}\b(?:employer|boss|company|work|office|manager|hr|colleagues?)\b")
_VISIT = regex(r"上门|去|来|到|\b(?:visit\w*|come|came|show up|turn up|go to)\b")
_CONTACTS_SEEN = regex(r"(?:看到|看得到|看见|查看|查到|获取|拿到|知道|读取)(?:我的?)?(?:手机)?(?:里的?)?(?:通讯录|联系人)"
                       r"|\b(?:see|access|get|read|view)\b.{0,12}\b(?:contacts|contact list|phone ?book|address book)\b")
ABUSE = "abusive_collection"
_FAMILY_MISREAD = (VISIT, kb.OUT_OF_SCOPE, COLLECTION, ABUSE)
# A mortgage or housing-fund loan named.
_MORTGAGE = regex(r"公积金|房贷|车贷|按揭|\b(?:provident fund|housing fund|mortgage|home loan|car loan)\b")
_MORTGAGE_MISREAD = (CREDIT, "uncovered_consequences")
# Sued by someone, said plainly (被告 is the lexicon's; 被人告 has 人 between): not told (告知, 告诉) nor 告白.
_SUED_PLAIN = regex(r"被(?:人|人家|别人|他们|平台|借呗|花呗)告(?![知诉白别])")
_SUED_MISREAD = ("uncovered_consequences", kb.OUT_OF_SCOPE, FAMILY, CREDIT)


def unseen_readings(topics: list[str], folded: str) -> list[str]:
    """The topics with the readings above applied, each only on a single topic read for it."""
    if len(topics) != 1:
        return lasting_readings(reached_readings(topics, folded), folded)
    topic = topics[0]
    if topic in _PERSON_MISREAD and _PERSON.search(folded) and _CALLS.search(folded) and _WHEN.search(folded) \
            and not _SERVICE.search(folded):
        return [COLLECTION]
    if topic in _ASKING_MISREAD and _ASKING.search(folded) and _PLACE.search(folded) and _someone(folded):
        return [VISIT]
    if topic == PENALTY and _SUED.search(folded) and _PAY_ASKED.search(folded):
        return [LAWSUIT]
    if topic in _FAMILY_MISREAD and ((_TOLD_AT_WORK.search(folded) and not _VISIT.search(folded))
                                     or (topic == ABUSE and _CONTACTS_SEEN.search(folded))):
        return [FAMILY]
    if topic in _SUED_MISREAD and _SUED_PLAIN.search(folded):
        return [LAWSUIT]
    if topic in _MORTGAGE_MISREAD and _MORTGAGE.search(folded) and MORTGAGE_BUSINESS.search(folded) and not DEBT_SIGN.search(folded):
        return [kb.OUT_OF_SCOPE]
    return lasting_readings(reached_readings(topics, folded), folded)


_SOMEONE = regex(r"有人|陌生人|不认识的人|生人|外地人|几个人|一个人|两个人|男的|女的|\b(?:someone|somebody|strangers?|people|men|a man|a woman|guys?|two|some)\b")


def _someone(folded: str) -> bool:
    """Whether the asking is done by someone other than the writer ("有人", "strangers")."""
    return _SOMEONE.search(folded) is not None


__all__ = ["unseen_readings"]

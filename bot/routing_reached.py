"""Who or where the debt reaches, asked in words the classifier leans away from (round 29, cls23,
issue 13), applied by bot.routing_unseen to the single topic bot.routing found (``folded``: the
message as text.normalize gives it):

- whether the people in the writer's phone or life will *receive* a text or a call about the debt
  ("我通讯录里的人会收到短信吗", "is everyone in my phone going to get a text about my loan"): a
  question for contact_family, read as collection_process or declined. Something that came already
  is told abuse, bot.safety's, read before this;
- someone coming to a place of the writer's or the family's other than the home (a school, the
  workplace, a factory, a hospital: "会不会跑到我儿子学校去", "can they come to my kid's school"):
  a visit, home_visit, read as the children's fear or declined. A call to the place is not a visit;
- a mortgage or loan wanted later, asked beside being late now ("planning to buy a flat next year,
  will the overdue jiebei block my mortgage", "以后还能申请车贷吗 现在借呗逾期了"): the credit record's
  question, read as after_repayment or going_dark. Repaid told keeps after_repayment (life after
  repaying: routing_silent); a mortgage asked about in itself stays declined (routing_unseen);
- the central bank's record named by the bank's name ("央行那边会显示我逾期吗") with lateness: the credit
  record, read as a decline (显示 brushes against the app's billing);
- a visit to the registered home, hometown or village asked in a story that names the parents: home_visit
  first, the family second (read as contact_family); the rough steps after lateness ("逾期后大概的过程"):
  collection_process (read as after_repayment).
"""

from __future__ import annotations

from . import knowledge as kb
from .patterns import regex
from .silent_matters import REPAID

FAMILY, VISIT, CREDIT = "contact_family", "home_visit", "credit_report"

# The people in the writer's phone or life, as the ones who would receive it.
_RECEIVERS = regex(r"通讯录|联系人|手机里的人|认识的人|朋友|好友|亲戚|亲友|家里人|家人|同事|所有人|爸妈|父母"
                   r"|\b(?:contacts|contact list|phone ?book|address book|friends|relatives|family|coworkers|colleagues|parents"
                   r"|every(?:one|body) in my (?:phone|contacts)|people (?:in|on) my (?:phone|contacts|contact list)|every(?:one|body) i know)\b")
# ...receiving a text or a call, asked as what may come.
_RECEIVE_ASKED = regex(r"会(?:不会)?(?:收到|接到)|(?:收到|接到)[^，,。]{0,8}(?:吗|么)"
                       r"|\b(?:will|would|could|might|going to|gonna)\b(?: \w+){0,3} (?:get|receive|be (?:texted|messaged|called|told|contacted))\b"
                       r"|^(?:do|does|will|would|could|can|might) (?:\w+ ){0,3}(?:send|text|message|sms)\w*\b")
_MESSAGE = regex(r"短信|消息|信息|电话|微信|\b(?:texts?|messages?|sms|calls?|emails?|texted|messaged|called|told|contacted)\b")
# ...or a call or text to someone named asked of the lender ("is jiebei going to ring her", "will they contact him"),
# with an emergency contact or a relative named (not "will they call me").
_CALL_ASKED = regex(r"\b(?:will|would|could|might|going to|gonna)\b(?: \w+){0,3} (?:call|ring|phone|contact|text|message|bother|disturb)\w* (?:her|him|them|my)\b"
                    r"|(?:会|会不会)(?:打(?:电话)?(?:给|到)|联系|打扰|找)(?:她|他|我(?:的)?(?:妈|爸|奶奶|爷爷|外婆|外公|婆婆|公公|紧急联系人))")
_KIN = regex(r"紧急联系人|妈|爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|婆婆|公公|老人"
             r"|\b(?:emergency contact|mum|mom|mother|dad|father|grandma|grandpa|grandmother|grandfather|grandparents?|granny|elderly)\b")
_RECEIVE_MISREAD = (kb.OUT_OF_SCOPE, "collection_process", "abusive_collection", "going_dark")

# Someone coming: a collector (they, someone, the people sent) as the one who comes, with only modal words
# between ("催收会不会跑到", "他们去过", "催收一直说要去"), or a question with no one named ("会不会去我公司"); never a
# bare 来/到 (后来工地停工, 回到老家, 打电话到: round 20's 来工地), never the writer's own trip (我还要去医院,
# 我每天要去公司, "i'm going to the office": review64 found 17 of 43 read as a visit; mend56), never a call.
_WHO = r"(?:催收(?:员|的人|公司)?|催债的?|催款的?|收债的?|要债的?|讨债的?|他们|她们|对方|有人|派人|找人|外访(?:人员)?|平台|工作人员)"
_MODAL = r"(?:会不会|不会|会|要|能不能|能|可能|还|就|也|真的|真|是不是|是否|一定|都|已经|又|再|一直|天天|总是|说要|说会|扬言要|威胁说?要)*"
_WHO_COMER = rf"{_WHO}{_MODAL}(?:(?:跑|亲自|直接|上门)?(?:去|来|到)|跑到|跑去|找到|闹到|找上门到)"
_ASKED_COMER = (r"(?<!我)(?<!我还)(?<!我也)(?<!我就)(?<!我都)(?:会不会|可能会|是不是会|是否会|能不能|会)"
                r"(?:跑|亲自|直接|上门)?(?:去|来|到|跑到|闹到|找到)")
_COMER = rf"(?:{_WHO_COMER}|{_ASKED_COMER})"
_MINE = r"(?:我的?|我们的?|我(?:儿子|女儿|孩子|小孩)的?|孩子的?|儿子的?|女儿的?)"
# Someone coming to a place of the writer's (or a child's) other than the home (a question with no one named
# needs the place to be the writer's: "会不会去我公司", not "我会去公司…").
_PLACES = r"(?:学校|大学|幼儿园|单位|公司|工厂|厂里|工地|医院|宿舍|店里|上班的地方)"
_PEOPLE_EN = r"(?:they|collectors?|someone|somebody|anyone|people|agents?|staff|jiebei|alipay|the (?:lender|company|agency))"
_PLACE_VISIT = regex(
    rf"{_WHO_COMER}(?:过|了)?{_MINE}?{_PLACES}|{_ASKED_COMER}(?:过|了)?{_MINE}{_PLACES}"
    rf"|\b{_PEOPLE_EN}(?: (?!i\b|im\b|me\b)\w+){{0,3}}? (?:come|go|turn up|show up|visit|appear|drop by)\w*(?: to| at| by)? (?:my|our|the)? ?(?:(?:kid|son|daughter|child|children|kids)(?: ?s)? )?"
    r"(?:school|university|uni|campus|college|kindergarten|workplace|office|factory|work|hospital|dorm|shop)\b"
    r"|\bsend\w* (?:\w+ ){0,2}to (?:my|our|the) (?:(?:kid|son|daughter|child|children|kids)(?: ?s)? )?(?:school|kindergarten|workplace|office|factory|work|hospital|dorm|shop)\b")
# ...or to the registered home, the hometown or the parents' village, in a story that names the family
# ("要去我户口所在地 找村委会了解情况 我爸妈都住在村里 真的会去吗"): the visit leads, the family second.
# (回到老家 is the writer going home; 打电话到 a call.)
_HOME_VISIT = regex(rf"{_COMER}(?:过|了)?[^，,。！？!?\s]{{0,6}}(?:户籍|户口|老家|村里|村委会|住址|家庭地址)"
                    r"|\b(?:visit|go to|come to|send (?:\w+ ){0,2}to|show up at|turn up at)\b(?: \w+){0,3} (?:registered (?:home |hukou )?address|hukou|hometown|home address|village)\b")
_HOME_MISREAD = ("contact_family", "collection_process", kb.OUT_OF_SCOPE)
_ASKED = regex(r"会|吗|么|能不能|可不可以|是不是|怎么办|\b(?:will|would|could|can|might|do|does|is|are|what (?:should|do|can) i do)\b")
_VISIT_MISREAD = ("uncovered_consequences", kb.OUT_OF_SCOPE, "contact_family", "collection_process")

# A mortgage or loan wanted later, beside lateness now (a mortgage's own business is routing_unseen's decline).
_LATER_CREDIT = regex(r"房贷|车贷|按揭|买房|贷款买房|申请贷款|\b(?:mortgage|home loan|car loan|housing loan|buy (?:a |an )?(?:flat|house|home|apartment))\b")
# ...wanted in the future: a time to come before a loan applied for or a home bought, or a wish or plan that governs
# the loan. Not 逾期以后 (after lateness: its 以后 is what follows it), not a plan to repay (打算先还借呗; mend56).
_TIME_LATER = r"(?<!期)(?<!期了)(?<!之)(?:以后|将来|今后|未来|明年|后年|过两年|过几年|年底|下半年)"
_LATER = regex(
    rf"{_TIME_LATER}(?:还|再|也)?(?:想|要|能|可以|打算|准备|计划)?(?:不能)?(?:去)?(?:申请|办理?|批|买房|买车|按揭|贷款)"
    rf"|{_TIME_LATER}[^，,。！？!?\s]{{0,4}}(?:房贷|车贷|贷款)(?:还)?(?:能|可以|会不会)?(?:批|办|申请|贷|下来)"
    r"|(?:想|想要|打算|准备|计划|希望)(?:以后|将来|明年|年底)?(?:再)?(?:去)?(?:申请|办理?|买房|买车|按揭|贷款|房贷|车贷)"
    r"|\b(?:plan|plans|planning|want|wants|wanting|hope|hoping|going|intend\w*|like) to (?:buy|get|apply|take out)\b"
    r"|\b(?:get|apply for|take out|buy)\b(?: \w+){0,3} (?:later|next year|in (?:a few|two|three|\d+) years|someday|one day|in the future)\b"
    r"|\b(?:later|next year|in (?:a few|two|three|\d+) years|someday|one day|in the future)\b(?: \w+){0,4} (?:get|apply|buy|take out)\b")
_LATE_NOW = regex(r"逾期|欠|没还|拖|\b(?:late|overdue|owe|owing|behind|missed|default\w*)\b")
_REPAID = regex(REPAID)
_LATER_MISREAD = ("after_repayment", "going_dark", kb.OUT_OF_SCOPE, "collection_process")

# The rough steps after lateness asked ("逾期后大概的过程", "借呗逾期后的大概步骤"): what happens as it goes on.
_STEPS = regex(r"逾期(?:了)?(?:后|以后|之后)(?:的)?(?:大概|大致|一般|通常)?(?:的)?(?:会有)?(?:哪些|什么)?(?:过程|步骤|流程|程序)")
_STEPS_MISREAD = ("after_repayment", kb.OUT_OF_SCOPE)
COLLECTION = "collection_process"

# The central bank's credit record named by the bank, with lateness.
_BUREAU = regex(r"央行|人行|人民银行|征信中心|\b(?:pboc|central bank|credit bureau)\b")


def reached_readings(topics: list[str], folded: str) -> list[str]:
    """``topics`` (one or two readings) with the readings above applied: the topic read leads, the
    misread one stays second when it answers a loan matter; longer lists unchanged."""
    if not topics or len(topics) > 2:
        return topics
    topic = topics[0]
    if topic in _RECEIVE_MISREAD and ((_RECEIVERS.search(folded) and _RECEIVE_ASKED.search(folded) and _MESSAGE.search(folded))
                                      or (_CALL_ASKED.search(folded) and _KIN.search(folded))):
        return _first(FAMILY, topics)
    if (topic in _VISIT_MISREAD or topics == [VISIT, "uncovered_consequences"]) and _PLACE_VISIT.search(folded) and _ASKED.search(folded):
        return [VISIT]  # (the children's fear read from 学校/school is the place of the visit, not a fear of its own)
    if topic in _HOME_MISREAD and _HOME_VISIT.search(folded) and _ASKED.search(folded):
        return _first(VISIT, topics)
    if topic in _STEPS_MISREAD and _STEPS.search(folded):
        return [COLLECTION]
    if topic in _LATER_MISREAD and _LATER_CREDIT.search(folded) and _LATER.search(folded) and _LATE_NOW.search(folded) \
            and not _REPAID.search(folded):
        return _first(CREDIT, topics)
    if topics == [kb.OUT_OF_SCOPE] and _BUREAU.search(folded) and _LATE_NOW.search(folded):
        return [CREDIT]
    return topics


def _first(topic: str, topics: list[str]) -> list[str]:
    """``topic`` first, then the other reading when it answers a loan matter (a decline is dropped)."""
    return [topic, *(t for t in topics if t not in (topic, kb.OUT_OF_SCOPE))][:2]


__all__ = ["reached_readings"]

"""Readings of what lasts and what has changed (round 30, cls24, issue 13): kinds of wording an
independent set found misread, each applied to a single topic read for something else. Run after
bot.routing_reached (bot.routing_unseen chains them). ``folded``: the message as text.normalize gives it.

- how long the record of lateness stays ("人行的记录会留几年", "几年能消", "how many years will it stay on
  my file") and the central bank named with lateness: credit_report (its answer says the article gives
  no retention period), read as after_repayment or a decline. Asked once repaid it stays after_repayment;
- bookings the score touches (hotels, car rental: the article names both) asked with the loan:
  credit_report; not a court's restriction (限高, 限制消费), which is uncovered;
- a travel ban asked as a consequence (flights, trains, the border): uncovered_consequences (the article
  never covers it), read as after_repayment, going_dark or collection_process;
- collection asked about in general as machines and automation ("是不是都交给机器打电话了", "is it all
  automated now") or whether people are still sent ("现在还兴上门那一套吗", "do they still send people or
  is it all by phone"): collection_trend, read as collection_process or a decline. When a real person will
  start calling the writer stays collection_process (bot.routing_unseen, read first);
- the debtor gone dark, the writer or a relative ("我弟换了号码人也找不到了 他会有什么后果", "my husband
  switched sims and stopped paying, what happens"), with what follows asked: going_dark, read as
  collection_process from the bare "what happens". Whether the family will be called stays contact_family.
"""

from __future__ import annotations

from . import knowledge as kb
from .patterns import regex
from .silent_matters import REPAID

CREDIT, UNCOVERED, TREND, DARK = "credit_report", "uncovered_consequences", "collection_trend", "going_dark"
COLLECTION, AFTER = "collection_process", "after_repayment"

_LATE = regex(r"逾期|欠|债|没还|未还|拖|晚还|还不上|不还|\b(?:late|overdue|owe|owing|behind|missed|unpaid|default\w*|arrears|debts?|not pay\w*|don ?t pay|never pa\w*)\b")
_REPAID = regex(REPAID)

# How long a record stays: a span asked beside the record's staying or going.
# (记录 alone is any record: "借款记录会保留多久" asks of the loan's own history; review70 #5. It counts qualified
# as the lateness's or with lateness told.)
_RECORD_WORD = regex(r"(?:逾期|不良|信用|征信|违约|负面|黑)(?:的)?记录")
_RECORD = regex(r"征信|不良|污点|信用报告|人行|央行|人民银行|\b(?:record|credit (?:report|file|history)|on file|my file|pboc|central bank)\b")
_HOW_LONG_STAYS = regex(r"(?:多少|几)年|多久|多长时间|永久|终身|一辈子|一直跟着"  # (not 一直 alone: "一直没还" is lateness)
                        r"|\b(?:how (?:many years|long)|forever|for life|permanent\w*|follow me)\b")
# How long it is kept (the credit_report answer: how long records stay, the article does not say)...
_KEPT = regex(r"保留|留|存|跟着|\b(?:stay\w*|remain\w*|lasts?(?: for| on)|kept on|keep it on|follow\w*)\b")
# ...or when it is erased: from an after_repayment reading that is getting a clean record back (eval README),
# so only a decline or a lateness reading turns to credit_report on these. (Not 恢复/洗白/"clears": recovery.)
_ERASED = regex(r"消|没了|没有了|清除|删|\b(?:remov\w*|eras\w*|disappear\w*|go away)\b")
# (English kept to the record's own verbs: "how long until they file a case, they keep calling" is no record asked.)
_RECORD_MISREAD = (AFTER, COLLECTION, kb.OUT_OF_SCOPE, DARK)
# The central bank named by the bank.
_BUREAU = regex(r"央行|人行|人民银行|征信中心|\b(?:pboc|central bank|people ?s bank(?: of china)?|credit bureau)\b")
_BUREAU_MISREAD = (AFTER, COLLECTION, kb.OUT_OF_SCOPE, DARK, UNCOVERED)

# Bookings the credit score touches (the article: car rental, hotel booking); not a court's restriction.
# A booking act, not the place: "我现在住在宾馆 催收会找到我吗", "我在酒店上班" name a hotel as where one is (review70 #4).
_BOOKING = regex(r"(?:订|预订|预定|入住|开)(?:个|间)?(?:酒店|宾馆|房)|(?:酒店|宾馆)(?:的)?(?:预订|入住|押金)|住(?:酒店|宾馆)[^ ]{0,4}押金|住店|订房|租车|免押"
                 r"|(?:影响|限制|不让|不能|不准|能不能|能否|还能|住不了)[^ ]{0,3}住(?:酒店|宾馆)"
                 r"|\b(?:book\w*|check\w* in(?:to)?|reserv\w*)\b[^ ]*(?: \w+){0,3} (?:hotels?|rooms?)\b|\b(?:car rental|rent(?:ing)? a car|hire a car|deposit[- ]free|hotel deposits?)\b"
                 r"|\b(?:affect\w*|stop\w* me|can i(?: still)?|able to|allowed to)\b(?: \w+){0,3} (?:stay\w* (?:in|at) )?(?:a )?hotels?\b")
_COURT_LIMIT = regex(r"限高|限制(?:高)?消费|高消费|失信|法院|黑名单|\b(?:court|blacklist\w*|banned)\b")
_BOOKING_MISREAD = (UNCOVERED, kb.OUT_OF_SCOPE, COLLECTION, AFTER)

# A ban on travel asked: being stopped and the means of travel or the border in one clause ("出国了…花呗不能使用了"
# tells being abroad and the product shut, no ban asked).
_MEANS = r"(?:坐飞机|飞机|航班|机票|高铁|动车|火车|出境|出国|海关|边境|出行|机场)"
_TRAVEL_BAN = regex(r"(?:限制|不让|不能|不准|禁止|被拦|拦)[^，,。！？!?\s]{0,4}" + _MEANS + r"|" + _MEANS + r"[^，,。！？!?\s]{0,6}(?:受限|被拦|拦|扣下|限制|坐不了|出不了)"
                    r"|\b(?:ban\w*|stop\w*|block\w*|prevent\w*|barred|restrict\w*|turned away)\b[^,.!?]{0,30}\b(?:fly\w*|flights?|planes?|trains?|border|abroad|travel\w*"
                    r"|leav\w* (?:the country|china|the mainland))\b|\b(?:no[- ]fly|travel ban|exit ban)\b"
                    r"|\b(?:border|airport|immigration|customs)\b[^,.!?]{0,24}\b(?:stop\w*|block\w*|turn\w* (?:me )?away|detain\w*|held)\b")
_TRAVEL_MISREAD = (AFTER, DARK, COLLECTION, kb.OUT_OF_SCOPE, CREDIT)

# Collection in general: machines and automation, or people still sent, against the present.
_MACHINE = regex(r"机器|电脑|自动|智能|语音系统|系统打|人工智能|\b(?:robo\w*|bots?|machines?|automat\w*|computers?|ai|digital|online)\b")
_NOW_GENERAL = regex(r"现在|如今|这几年|这些年|这年头|最近几年|是不是都|全都|全是|都是|都靠|都交给|还有真人|还有人工|全部"
                     # (not now/all/still/today alone: "I paid it all off but they're still chasing me" is the writer's case)
                     r"|\b(?:nowadays|these days|anymore|any more|fully|completely|in general|generally|usually"
                     r"|(?:all|mostly|only|just) (?:automat\w*|robo\w*|bots?|machines?|computers?|ai|digital|online|by (?:robo\w*|machines?|computers?|ai|bots?)))\b")
_COLLECTING = regex(r"催|收账|要账|要债|讨债|\b(?:collect\w*|chas\w*|call(?:s|ing)?|debts?|debtors?)\b")
_STILL_SENT = regex(r"(?:还|仍然|依然)(?:会|兴|流行|有人)?(?:派人|上门|登门|下来催|来家里|找上门)|还兴|还流行"
                    r"|\bstill (?:send|sending|come|coming|visit\w*|knock\w*|do home visits|a thing|common|happen\w*)\b")
_CONTRAST = regex(r"还是(?:都|只|全|就)|还是只|还是全|还是说|\bor (?:is it |it s |its )?(?:all|only|just|everything|mostly)\b|\bor (?:do|does|are) \w+ still\b|\bor (?:only|just) (?:by )?(?:phone|calls?|online)\b")
_NOWADAYS = regex(r"现在|如今|这年头|这几年|这些年|目前|最近几年|\b(?:nowadays|these days|today|anymore|any more)\b")
_ME_NOW = regex(r"我|\b(?:me|my|i)\b")
# Machines set against real people in one question ("is it machines calling now or actual people"; cls25): how
# collection is done is asked, whoever writes, with or without a word for nowadays.
_HUMAN_OR = regex(r"还是真人|还是人工|还是活人|\bor (?:a |an )?(?:actual|real|live) (?:people|humans?|persons?|agents?)\b"
                  r"|\b(?:real|actual) (?:people|humans) or (?:robots?|bots?|machines?)\b")
_TREND_MISREAD = (COLLECTION, kb.OUT_OF_SCOPE, "home_visit", "capabilities", "about_jiebei")

# Gone dark, told of the writer or a relative, and what follows asked (not the lender out of the writer's reach:
# "联系不上借呗" is no debtor gone; the word alone is passed over, the others in the message still count).
_GONE = regex(r"换了?(?:个)?(?:新)?(?:手机|电话)?号(?:码)?|失联|联系不上(?!借呗|花呗|支付宝|蚂蚁|平台)|找不(?:到|着)(?:人|他|她)?|人间蒸发|玩失踪|失踪|跑路|跑了|不见了|消失了|关机|停机|不接(?:电话)?|不理"
              r"|\b(?:chang\w* (?:his|her|their|my) (?:number|phone|sim)|switch\w* sims?|vanish\w*|disappear\w*|gone missing|went missing|ran off|run off|ran away"
              r"|off (?:the )?grid|(?:don |has |have )?off (?:his|her|my|their) (?:phone|line)|ghost\w*|stopped answering|not answering|went quiet|gone quiet|dropped out of sight)\b")
_FOLLOWS = regex(r"会怎样|会怎么样|会咋样|后果|会有什么|面临什么|怎么处理|会被怎么|接下来|后面会|以后会"
                 r"|\b(?:what (?:happens|will happen|would happen|now|next)|what will (?:they|jiebei|alipay) do|consequences?|wetin (?:go|fit|dey) happen)\b")
# ...not a helpline or a collector that cannot be reached (打不通 is left out: "95188打不通" is the helpline's),
# nor the collector's saying the writer cannot be reached ("催收说联系不上我 要转下一阶段": what happens next).
_NOT_DARK = regex(r"客服|热线|说(?:是|我)?(?:联系不上|找不到)|催收(?:员)?(?:的)?(?:电话)?(?:打不通|联系不上)|\b(?:hotline|customer service)\b")
_DARK_MISREAD = (COLLECTION, kb.OUT_OF_SCOPE, "negotiate")
# ...or whether they can still find the one gone dark ("换了号码 他们还会不会找到我", "if I change my number will they
# still find me"; cls25): read as contact_family for its "找到"; not the family found ("找到我爸妈" keeps contact_family).
_FIND_ME = regex(r"找(?:到|得到|着)(?:我|他|她)(?![爸妈家父母老亲朋同公单们])|\b(?:still )?(?:find|reach|track down|trace|locate) (?:me|him|her)\b(?! (?:family|parents|wife|husband|mum|mom|dad))")


def lasting_readings(topics: list[str], folded: str) -> list[str]:
    """``topics`` with the readings above applied, each only on a single topic read for something else."""
    if len(topics) != 1:
        return topics
    topic = topics[0]
    late = _LATE.search(folded) is not None
    if topic in _TRAVEL_MISREAD and _TRAVEL_BAN.search(folded) and late:
        return [UNCOVERED]
    if topic in _RECORD_MISREAD and (_RECORD.search(folded) or _RECORD_WORD.search(folded) or (late and "记录" in folded)) and _HOW_LONG_STAYS.search(folded) and not _REPAID.search(folded) \
            and (_KEPT.search(folded) or (topic != AFTER and _ERASED.search(folded))):
        return [CREDIT]
    if topic in _BUREAU_MISREAD and _BUREAU.search(folded) and late and not _REPAID.search(folded):
        return [CREDIT]
    if topic in _BOOKING_MISREAD and _BOOKING.search(folded) and late and not _COURT_LIMIT.search(folded):
        return [CREDIT]
    if topic in _TREND_MISREAD and _trend_asked(folded):
        return [TREND]
    if topic in _DARK_MISREAD and _gone_dark(folded) and _FOLLOWS.search(folded) and not _NOT_DARK.search(folded):
        return [DARK]
    if topic in (*_DARK_MISREAD, "contact_family") and _gone_dark(folded) and _FIND_ME.search(folded) and not _NOT_DARK.search(folded):
        return [DARK]
    return topics


def _trend_asked(folded: str) -> bool:
    """Whether collection is asked about in general: machines doing it now, or people still sent."""
    if _MACHINE.search(folded) and _COLLECTING.search(folded) and _HUMAN_OR.search(folded):
        return True
    if _MACHINE.search(folded) and _NOW_GENERAL.search(folded) and _COLLECTING.search(folded) \
            and (_CONTRAST.search(folded) or not _ME_NOW.search(folded)):
        return True  # (not "你是机器人吗": no collecting named; not "催收说我的资料交给智能系统了": the writer's case)
    # (the present named: "还清后还会上门吗" asks about the writer after repaying, not collection in general)
    return bool(_STILL_SENT.search(folded) and _NOWADAYS.search(folded) and not _REPAID.search(folded)
                and (_CONTRAST.search(folded) or not _ME_NOW.search(folded)))


# Unreachable for a reason not of one's choosing, told beside the word (review70 #3): in hospital, a phone cut off
# for an unpaid bill, lost or stolen, money taken by a scammer ("借呗的钱被骗子骗跑了") is no debtor gone dark.
_INNOCENT = regex(r"住院|医院|生病|病了|手术|抢救|欠费|话费|丢了|被偷|坏了|没电|骗"
                  r"|\b(?:hospital\w*|sick|ill|surgery|icu|phone bill|lost (?:my|his|her) phone|stolen|battery|scam\w*|fraud\w*|conned)\b")


def _gone_dark(folded: str) -> bool:
    """Whether a gone-dark word is told with no innocent reason beside it: in its own clause for Chinese
    (clauses are space-separated once folded), within a few words either side for English."""
    for found in _GONE.finditer(folded):
        start, end = found.span()
        if found.group().isascii():
            near = " ".join(folded[:start].split()[-3:] + [found.group()] + folded[end:].split()[:6])
        else:
            near = folded[folded.rfind(" ", 0, start) + 1:(folded.find(" ", end) + 1 or len(folded) + 1) - 1]
        if not _INNOCENT.search(near):
            return True
    return False


__all__ = ["lasting_readings"]

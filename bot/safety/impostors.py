"""A notice, letter or caller that shows it is forged (fake116, issue 12, docs/safety.md Round 86).

fake_legal (collectors.py) reads a notice called fake ("假的律师函", "a fake summons") or a named fakery ("所谓的仲裁",
"a personal bank account to stop the case"). A borrower who is frightened by a forged notice rarely calls it fake: they
tell what it says and ask whether to believe it ("这个律师函能信吗", "Do courts really text from personal numbers?").
What gives the forgery away is told as a detail, and this module reads that detail beside the notice, whatever the
notice's kind:

- a channel no court, lawyer or lender uses: a private or ordinary mobile number, a person's own QR code, card or
  WeChat ("要我马上打到他个人电话上", "sent me his personal QR code", "the sender's own phone");
- identity details that are wrong: a misspelt name, an ID number not the writer's, an amount or a plaintiff that does
  not match ("名字少了一个字", "the ID number isn't mine", "the plaintiff isn't even Jiebei");
- detention or a police visit with a deadline in hours, or from a machine ("三天不还就刑事拘留", "arrested tomorrow",
  "robocalls ... police officers will visit my home"); a court's own notice of a lawful step (司法拘留 for one who
  refuses a ruling) names no such deadline and is no sign.

- money asked to be paid to the caller in person where a court, the police or a prosecutor (or, claimed, a lawyer)
  is named ("让我把欠款微信转给他", "send the arrears to him tonight"; abuse239, Round 122).

The notice is read anywhere in the window with the clause before, or the message: "收到一封律师函，上面我的名字写错了".
A real notice (a court's own channel, details that check out, "paying in the app") shows none of the signs; whether a
sign is told (not asked, feared, negated, heard of) is abuse.py's judgement (``discounted``), as for any cue.
"""

from __future__ import annotations

import re
from typing import Callable

from ..patterns import regex

# A notice, letter, call or one who claims to speak for a court, lawyer or lender.
_NOTICE = regex(
    r"短信|消息|信息|彩信|通知|律师函|传票|起诉书|判决书|文书|文件|逮捕令|拘捕令|通缉令|来电|电话|语音|机器人|号码|自称|冒充|所谓|说(?:他|她)(?:们)?是"
    r"|\b(?:texts?|texted|sms|messages?|letters?|notices?|summons|documents?|warrants?|calls?|called|robocalls?|voicemails?"
    r"|automated|recorded|callers?|claim\w*|pretend\w*|so called|says? (?:he|she|they) (?:works?|is|are) (?:for|from|with)|said (?:he|she|they) (?:was|were|is|are|worked))\b")
# A channel no court, lawyer or lender uses: a person's own (not the writer's: "我个人账户", "my personal account").
_PRIVATE = regex(
    r"(?<!我)(?<!我的)(?:个人|私人)(?:的)?(?:微信|支付宝|账户|账号|银行卡|卡|收款码|二维码)|码上面?是个人"
    r"|\b(?<!my )(?:personal|private) (?:qr|wechat|alipay|account|bank|card)"
    r"|\b(?:his|her|the senders|the callers) own (?:personal |private )?(?:qr|wechat|alipay|account|bank card|card)"
    r"|\bto (?:him|her) personally\b")
# A phone number no court uses (mend124: a number alone is no sign where a lawyer or an outsourced caller is all that
# is named, "律师函上律师留的是手机号", "a collector called from a mobile number": lawyers and callers use mobiles).
_NUMBER = regex(
    r"(?<!我)(?<!我的)(?:个人|私人|普通)(?:的)?(?:手机号?码?|电话|号码)|[0-9]{3}开头的手机号"
    r"|(?:给的|留的|发件人|来电|号码)\S{0,3}(?:是)?(?:一个|个)?手机号"
    r"|\b(?<!my )(?:personal|private|ordinary|regular) (?:mobile|cell|phone|number)"
    r"|\b(?:his|her|the senders|the callers) own (?:personal |private )?(?:phone|number|mobile|cell)"
    r"|\b(?:from|gave|gives|give|is|was) (?:a|an|some) (?:\w+ )?(?:mobile|cell) (?:phone )?number\b")
# Money asked to be paid to the caller in person (abuse239, Round 122): "让我把欠款微信转账给他", "transfer it to him", "his
# WeChat". No court, police or prosecutor takes a debt in person; read only where one of them is claimed (a lawyer only
# with a claim: one's own lawyer is paid in person), after a demand made of the writer (让我, "asked me to", "unless I").
_TO_PERSON = regex(
    r"(?:让|要|叫|逼|催|限)我\S{0,12}?(?:转账|转|打款|打|汇款|汇|交|付|充)\S{0,3}(?:给|到|进)(?:他|她)(?!们)(?:的|个人|自己|本人)?"
    r"|加(?:他|她)(?!们)\S{0,4}微信\S{0,6}(?:转账|转钱|付款|交钱|打钱)"
    r"|\b(?:asked|asking|told|telling|wants?|wanted|demand\w*|order\w*|instruct\w*|insist\w*|unless|must|or else|have to|had to)\b"
    r".{0,40}\b(?:pay\w*|send\w*|sent|transfer\w*|wire\w*|deposit\w*)\b.{0,40}"
    r"\b(?:to (?:him|her)(?! lawyer)\b|(?:into|to|via|through|by) (?:his|her) (?:own )?(?:wechat|alipay|qr|account|bank|card))")
# ...where a court, the police or a prosecutor is claimed, or anyone who says they speak for the law (自称, "claiming").
_CLAIMED_LAW = regex(r"法院|法官|执行局|执行庭|书记员|警察|民警|警官|公安|派出所|检察|仲裁|司法|(?:自称|冒充|说(?:他|她)?是|假装|假冒)\S{0,8}律师"
                     r"|\b(?:court|judge|bailiff|police|officer|constable|prosecutor\w*|procuratorate|enforcement|arbitrat\w*"
                     r"|(?:claim\w*|pretend\w*|posing|says? (?:he|she)s?|said (?:he|she) (?:was|is)) (?:to be )?(?:from |with )?(?:a |an |the )?(?:\w+ )?(?:lawyer|law firm|attorney))\b")
# Identity details that are wrong ("名字少了一个字", "身份证号后四位也不对", "the ID number isn't mine").
_WRONG = regex(
    r"(?:名字|姓名|身份证号?|证件号|金额|原告|案号|地址|法院(?:的)?(?:名字|名称)|公章|印章)\S{0,8}(?:写错|错了|不对|对不上|少了?一个字|多了?一个字|不是我的"
    r"|乱写|乱编|瞎编|编的|不存在|查不到|查无此)"
    r"|(?:原告|债权人)\S{0,4}(?:也)?不是(?:借呗|支付宝|蚂蚁)"
    r"|\b(?:name|id|id number|amount|plaintiff|address|case number|court name|stamp|seal)\b (?:\w+ ){0,3}(?:spelled wrong|misspelled|wrong|doesnt match|does not match"
    r"|doesnt exist|does not exist|made up|invented|looks? (?:drawn|photoshopped|fake)"
    r"|dont match|isnt (?:even )?(?:mine|jiebei|right|correct))|\bwrong (?:name|id|id number|amount|address)\b")
# Detention or a police visit threatened (a court's 司法拘留 of one who refuses a ruling is lawful: no sign alone).
_DETAINED = regex(
    r"抓人|抓我|(?<!司法)拘留|逮捕|坐牢|看守所|(?:警察|警方|公安|派出所)\S{0,10}(?:上门|来我|到我|抓|备案)|送(?:你|我)进去|蹲\S{0,3}(?:天|年|号子)"
    r"|\b(?:arrest\w*|detain\w*|jail\w*|locked up|taken away)\b|\b(?:police|officers?)\b(?: \w+){0,4} (?:visit|come|coming|arrest)\b")
# ...with a deadline in hours or days, or from a machine: what no court's own notice says.
_HURRIED = regex(
    r"今天|今日|即日|今晚|明天|马上|立即|立刻|小时|[0-9一二三两]天(?:内|之内|不还)|之内|限我"
    r"|\b(?:today|tonight|tomorrow|this (?:afternoon|evening|morning)|within|hours?|immediately|right away|in [0-9a-z]+ days)\b")
_RULED_OUT = regex(r"不要|别|不用|不能|不会|勿|千万|绝不|不可以|不得|只能|只会|\b(?:never|not|dont|do not|doesnt|wont|only|no)\b")
_WRITER = regex(r"我|你|您|\b(?:i|me|im|you)\b")
# ...or a collector's own threat (a court's step is no collector's to promise: "催收说送你进去蹲十五天").
_SAID = regex(r"(?:催收|催债|讨债|要债)\S{0,3}(?:说|讲|威胁|扬言|吓唬)|\bcollectors? (?:\w+ )?(?:say|says|said|told|threaten\w*)\b")
_MACHINE = regex(r"机器人|自动语音|语音电话|录音电话|电子音|\b(?:robocalls?|automated|recorded (?:call|message|voice))\b")
_SIGNS = regex("|".join(f"(?:{pattern.pattern})" for pattern in (_PRIVATE, _NUMBER, _WRONG, _DETAINED, _TO_PERSON)))
# A private channel is a forgery's sign where the notice claims the law's authority or asks money to be sent: an
# ordinary reminder from a mobile number ("还款提醒短信是一个普通手机号发的") is a loan question (outsourced callers use them).
_LAW = regex(r"法院|律师|起诉|立案|仲裁|黑名单|失信|公安|警|派出所|执行|传票|法务|逮捕|拘留"
             r"|\b(?:court|lawyer\w*|legal|police|arrest\w*|detain\w*|jail\w*|blacklist\w*|arbitration|summons|warrant|lawsuit|sue\w*)\b")
_DEMAND = regex(r"转账|打钱|汇款|扫码|收款码|交钱|转到|打到|保证金|\b(?:deposit|transfer\w*|send money|wire|scan\w*)\b")
_AUTHORITY = regex(f"{_LAW.pattern}|{_DEMAND.pattern}|付款|\\bpay\\w*\\b")
# A number is a sign only where the message tells a court's or the police's claim (mend124, review119 F2): no lawyer
# (they use mobiles) and no "pay" (paid in the app). (Read in the message: the claim is often clauses before the number.)
_COURT = regex(r"法院|起诉|立案|仲裁|黑名单|失信|公安|警|派出所|传票|逮捕|拘留|撤诉|撤案"
               r"|\b(?:court|police|arrest\w*|blacklist\w*|arbitration|summons|warrant|lawsuit|sued|sue)\b")
# Wrong details told with the doubt that the text went to someone else, or the rest checked ("是不是发错人了",
# "其他信息都对", "the amount is right"): a question about a mistake, no forgery told (review119 F3).
_MISSENT = regex(r"发错人|发错了|其他(?:信息)?都对|别的都对|\b(?:wrong person|(?:amount|rest|everything else|the rest) (?:is|was|are) (?:right|correct))\b")
# A hearing's date is no threat's deadline ("the hearing is tomorrow and I could be detained if I don't appear").
_HEARING = regex(r"开庭|出庭|庭审|传唤|\b(?:hearing|appear|appearance|trial)\b")
# The debt or the law in the message: a private number with neither is no forged notice.
_MATTER = regex(r"警方|公安|不还|还不上|欠|债|贷|还钱|还款|借呗|花呗|逾期|法院|律师|起诉|立案|仲裁|黑名单|失信|透支|执行"
                r"|\b(?:debts?|owe\w*|loans?|repay\w*|jiebei|huabei|alipay|overdue|court|lawyer\w*|lawsuit|case|blacklist\w*|overdraft)\b")


def _threat_hurried(window_text: str, match: re.Match[str], seen: str) -> bool:
    """Whether the detention threat at ``match`` comes from a machine or a collector, or has its own deadline: one
    near the threat's words and no hearing's date in the window (review119 F9: "the hearing is tomorrow")."""
    if _MACHINE.search(seen) or _SAID.search(window_text):
        return True
    near = window_text[max(0, match.start() - 16):match.end() + 16]
    return _HURRIED.search(near) is not None and not _HEARING.search(window_text)


def forged(window_text: str, context: str, whole: str,
           discounted: Callable[[str, str, re.Match[str], str], bool]) -> list[str]:
    """["forged"] when a window tells a sign of forgery beside a notice (module doc), else []. ``context`` is the
    window with the clause before, ``whole`` the folded message, ``discounted`` abuse.py's judgement of a match."""
    seen = whole or context or window_text
    if not _SIGNS.search(window_text) or not (_NOTICE.search(seen) or _SAID.search(seen)) or not _MATTER.search(seen):
        return []  # (the signs first: most windows have none, and the message-wide searches are skipped; speed only)
    # (each sign by its name, not ``pattern is _PRIVATE``: a lazily built pattern's global is rebound to the real pattern
    # at its first search, inside this loop, and the tuple holds the stand-in: bot.patterns_lazy, PERF_LOG part 44)
    for sign, pattern in (("private", _PRIVATE), ("number", _NUMBER), ("wrong", _WRONG), ("detained", _DETAINED),
                          ("to_person", _TO_PERSON)):
        if sign == "to_person" and not _CLAIMED_LAW.search(context or window_text):
            continue  # one's own lawyer paid in person, a friend paid back: no court, police or claimed lawyer (Round 122)
        if sign == "private" and not _AUTHORITY.search(seen):
            continue  # a reminder from a mobile number claims no court and asks no money to a person (a loan question)
        if sign == "number" and not _COURT.search(seen):
            continue  # a lawyer's or a caller's mobile (review119 F2): only a court's or the police's claim makes it odd
        if sign == "wrong" and (not (_LAW.search(seen) or _DEMAND.search(seen)) or _MISSENT.search(seen)):
            continue  # a misspelt name on a reminder, asked about (review119 F3): no authority claimed, nothing demanded
        for match in pattern.finditer(window_text):
            if sign == "detained" and not (_threat_hurried(window_text, match, seen) and _WRITER.search(window_text)):
                continue  # another's arrest, or a step with no deadline ("拒不履行将被司法拘留")
            if _RULED_OUT.search(window_text[max(0, match.start() - 16):match.end()]):
                continue  # "千万别转到任何个人账户", "police will never come": a warning or a denial, no forgery told
            if not discounted("forged", window_text, match, context):
                return ["forged"]
    return []


__all__ = ["forged"]

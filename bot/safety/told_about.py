"""Abuse through third parties and media, read as WHO is told WHAT about the borrower (abuse207, issue 12;
docs/safety.md Round 111), rather than one list per place:

- **told_about**: a claim about the borrower (they owe, they are a cheat, they will run) said to a third party who has
  nothing to do with the loan (a child's school, nursery, tutor or class group; the borrower's customers, clients,
  suppliers or pupils' parents), by someone who reached that party ("今天幼儿园老师跟我说，有人打电话到园里说我欠钱不还",
  "they rang my biggest customer and told him I'm about to go bankrupt and run");
- **likeness**: the borrower's face, photo, name or ID put on a platform (Douyin, Kuaishou, Weibo, Xiaohongshu, Bilibili,
  Channels) and branded with the debt or an insult ("抖音上…我的照片和名字，标题写着“借呗老赖”", "a clip with my face and
  the caption 'Jiebei deadbeat' is all over Kuaishou"); the writer's own video about repaying is no brand;
- **faked_voice**: a relative's voice (or the writer's own) heard saying they were taken or begging for the debt, which
  the relative denies or the writer calls faked ("听着像我的声音…我根本没发过", "a voice that sounded like my dad, saying
  he'd been taken… Dad was at home the whole time"); a real voice message and news of AI scams are neither;
- **calls_harmed**: collection calls followed by a relative's harm read as the calls' doing ("催债电话把我外婆吓得…晕倒
  送去急诊", "they call my elderly grandad every night… ended up in hospital"): the fright named, or nothing between
  that turns to another matter and no other cause beside the harm (mend213: not "催收每天打我电话，另外我爸前天做手术
  住院了", "…and on top of that my mum is in hospital with pneumonia"); a grandparent in hospital for another reason
  and a lonely grandparent's own calls are neither.

- **turned_against** (abuse239, Round 122): someone about the debt reaches a third party of the writer's (a landlord,
  a boss, an ex, a crew, a supplier, a roommate, a relative) and tells a damaging claim (a crime, a record, prison,
  theft, drugs, an affair) or asks them to act against the writer (evict, fire, cut off, hold back pay, take the
  children), or says they will send such a claim to one ("说要把我的案底发给我新老板", "texted my ex-wife and my son,
  telling them I'm about to go to jail"); read where no reading above names the act.

The writer's own telling or post ("我打电话给客户说我欠了网贷", "我在抖音发了我的视频…") is own_acts.py's: the last doer
before the cue is the writer, with a telling or posting verb right after (mend213, Chinese and English).

Each reading's anchor is matched in the window, so abuse.py's judgement (a question, hearsay, a negation, the writer's
own act) applies to it as to every cue; the other parts of the reading are looked for in the whole message.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..patterns import regex
from .clauses import KIN_EN, KIN_ZH

# WHAT: a claim about the borrower, made to someone.
_CLAIM_ZH = regex(r"说(?:我|他(?:妈妈|爸爸|妈|爸)|她(?:妈妈|爸爸|妈|爸)|孩子(?:的)?(?:爸爸|妈妈|爸|妈)|这家人|你们家|店主|老板)\S{0,10}?"
                  r"(?:欠(?:钱|债|款|了|网贷)|借钱不还|欠钱不还|赖账|老赖|骗子|跑路|逃债|要跑|破产|不还钱)")
_CLAIM_EN = regex(r"\b(?:to say|saying|said|says|(?:to )?tell (?:him|her|them)|told (?:him|her|them|the \w+)|telling (?:him|her|them)|claiming)"
                  r" (?:that )?"
                  r"(?:i|im|ive|id|ill|my|me)\b.{0,40}?\b(?:owe\w*|debts?|deadbeat|fraud\w*|cheat\w*|liar|thief|scam\w*|run off|runs off"
                  r"|run away|skip(?:ping)? town|do a runner|bankrupt|disappear\w*|wont pay|dont pay|not paying|never pay\w*)\b")
# WHO: a third party outside the loan.
_PARTY_ZH = regex(r"幼儿园|园里|园长|托儿所|托管班|早教|学校|班主任|老师|补习班|培训班|辅导班|家长群|班级群|班群|家长们|学生家长"
                  r"|客户|顾客|买家|老主顾|业主|供应商|甲方|合作方|合伙人|店里|租客")
_PARTY_EN = regex(r"\b(?:school|nursery|kindergarten|daycare|preschool|teachers?|head ?teacher|principal|tutor\w*|class (?:group|chat)"
                  r"|parents? (?:group|chat)|other parents|customers?|clients?|suppliers?|business partners?|buyers?|tenants?"
                  r"|students? parents|pupils? parents)\b")
# ...whom someone reached (a call, a message, joining their group).
_REACH_ZH = regex(r"(?:有人|有个人|陌生|催收|催债|讨债|对方|他们|那个人|一个男的|一个女的|自称)\S{0,12}?(?:打|发|联系|找到|找上|进|加|@|艾特)"
                  r"|打(?:了)?(?:电话)?(?:到|给|去)|接到\S{0,6}电话")
_REACH_EN = regex(r"\b(?:someone|somebody|a man|a woman|some guy|a stranger|strangers|they|collectors?|collection|agents?|agency|caller"
                  r"|the guy|people)\b.{0,30}\b(?:rang|ringing|rings|ring|called|calling|calls|phoned|phoning|messaged|messaging|texted"
                  r"|texting|emailed|contacted|added|joined|posted|posting)\b")

# -- turned_against (abuse239, Round 122): someone about the debt reaches a third party (a landlord, a boss, an ex, a
# crew, a supplier, a roommate, neighbours, a club, a platform, a child) and tells them a damaging claim (a crime, a
# record, prison, theft, drugs, an affair) or asks them to act against the borrower (evict, fire, cut off, hold back
# pay, take the children), or says they will send such a claim to one ("说要把我的案底发给我新老板"). The borrower's own
# telling ("I told my boss myself") has no such doer; a lawful call to a contact names neither claim nor act.
_AGAINST_DOER_ZH = r"(?:催收|催款|催债|讨债|要债|收债|他们|对方|有人|有个人|自称\S{0,8}的人|那个人|那伙人|一个男的|一个女的)"
_AGAINST_PARTY_ZH = (r"(?:房东|房主|二房东|中介|老板|新老板|领导|上司|人事|hr|公司|单位|前夫|前妻|前任|前男友|前女友|工人|工友|员工|手下|班组|工地"
                     r"|供应商|供货商|客户|合伙人|室友|合租|舍友|邻居|业主群|物业|村支书|村委|村里|教会|教练|球队|俱乐部|平台|客服"
                     r"|(?:女|男)朋友的?(?:父母|爸妈|家人|家里)|未婚(?:妻|夫)|对象的?(?:父母|家人)|丈母娘|岳父|岳母|姐夫|妹夫|嫂子|外甥|侄子|侄女"
                     rf"|{KIN_ZH})")
_AGAINST_REACH_ZH = regex(
    _AGAINST_DOER_ZH + r"\S{0,10}?(?:打电话给|打给|打到|打去|发(?:了)?(?:短信|消息|信息|微信|邮件)?给|发到|寄给|联系(?:了)?|找到|找上|跟|对|向|告诉|通知)"
    r"\S{0,8}?" + _AGAINST_PARTY_ZH
    + r"|" + _AGAINST_DOER_ZH + r"\S{0,4}?给\S{0,8}?" + _AGAINST_PARTY_ZH + r"\S{0,4}?(?:打了?电话|打了?\S{0,3}个?电话|发了?\S{0,4}(?:短信|消息|信息|微信))"
    + r"|" + _AGAINST_DOER_ZH + r"\S{0,6}?(?:说|威胁|扬言)要?把\S{0,12}?(?:发给|寄给|交给|告诉|透露给|传给)\S{0,6}?" + _AGAINST_PARTY_ZH)
_AGAINST_CLAIM_ZH = regex(
    r"偷|小偷|手脚不干净|诈骗|骗子|骗婚|骗钱|坐(?:过)?牢|案底|前科|进去过|判(?:过)?刑|犯罪|犯过事|吸毒|赌博|赌债|烂赌|卷(?:了)?\S{0,4}钱|挪用|拿去还"
    r"|乱搞|出轨|养了人|有病|精神病|传染病"
    r"|赶(?:出去|走)|扔出去|撵(?:出去|走)|收回房子|别租|不租给|别(?:再)?用我|不要用我|不能用|开除|辞退|炒了我|停职|扣(?:下|住)?(?:我的?)?(?:工资|工钱)"
    r"|别(?:再)?(?:给我|跟我)|不(?:再)?给我(?:赊|供|送|派)|封(?:我的?)?号|停(?:我的?)?(?:单|号)|(?:让|叫|劝|逼)\S{0,8}分手|跟我分手|离开我|别把孩子|不让我(?:见|带)孩子|抚养权|报警抓")
_AGAINST_DOER_EN = (r"(?:collectors?|collection|agency|agents?|callers?|they|someone|somebody|a man|a woman|the guy|some guy|people"
                    r"|he|she)")
_AGAINST_PARTY_EN = (r"(?:landlord|landlady|letting agent|boss|manager|employer|hr|human resources|company|supervisor|foreman|ex|ex ?wife"
                     r"|ex ?husband|ex ?partner|crew|workers|staff|employees|team|supplier|suppliers|customers?|clients?|business partner"
                     r"|roommates?|flatmates?|housemates?|neighbou?rs?|church(?: group)?|club|coach|platform|fianc\w*|fiance\w* parents"
                     r"|(?:girlfriends?|boyfriends?) parents|in ?laws|son|daughter|kids|children|him|her|them"
                     r"|(?:my|our) (?:\w+ ){0,2}\w+)")  # (anyone of the writer's: "texted my brother in law and my nephew")
_AGAINST_REACH_EN = regex(
    rf"\b{_AGAINST_DOER_EN}\b(?: \w+){{0,4}} (?:called|calling|calls|rang|ringing|rings|phoned|phoning|phones|texted|texting|emailed|emailing"
    r"|messaged|messaging|contacted|contacting|told|telling|tells|asked|asking|warned|informed|wrote to|went to|got hold of|reached)"
    rf" (?:\w+ ){{0,3}}{_AGAINST_PARTY_EN}\b"
    rf"|\b{_AGAINST_DOER_EN}\b(?: \w+){{0,3}} (?:said|says|threaten\w*|will|ll|would|d) (?:\w+ ){{0,3}}(?:send|tell|show|give|post|forward)"
    rf" (?:\w+ ){{0,4}}to (?:my |the )?(?:\w+ )?{_AGAINST_PARTY_EN}\b")
_AGAINST_CLAIM_EN = regex(
    r"\b(?:stole|steal\w*|stolen|thief|thieves|fraud\w*|con ?artist|conman|crook|criminal|record|convict\w*|prison|jail|arrest\w*"
    r"|drug\w*|gambl\w*|cheat\w*|affair|scam\w*|embezzl\w*|bankrupt|go(?:ing)? under|skip(?:ping)? (?:out|town)|run off"
    r"|kick\w* (?:me|us) out|throw\w* (?:me|us) out|evict\w*|change the locks|fire (?:me|him|her)|let (?:me|him|her) go|sack\w*"
    r"|stop (?:giving|supplying|selling|hiring|using|working|lending|trusting|renting)|hold (?:back|off on)|withh[oe]ld|dock\w*"
    r"|custody|break up|dump (?:me|him|her)|leave (?:me|him|her)|(?:dont|not|never|shouldnt|should not|wont) (?:\w+ )?(?:trust|hire|rent|lend)"
    r"|report (?:any|me|him|her)|call the police on|ban (?:me|him|her))\b")
_AGAINST_REACH_AFTER = 60
# The claim is about the writer: "telling them I stole", "to throw me out", "说我坐过牢" (not "told my son he's a thief").
_AGAINST_WRITER = regex(r"我(?!们)|\b(?:i|im|ive|id|ill|me|my)\b")
_COLLECTOR = regex(r"催收|催款|催债|讨债|要债|收债|\b(?:collectors?|collection|debt)\b")


@lru_cache(maxsize=16)
def _against_spans(text: str) -> frozenset[tuple[int, int]]:
    """The spans of the claims or acts asked of a third party that follow (or, threatened, precede) a reach to one."""
    spans: set[tuple[int, int]] = set()
    for reach, claim in ((_AGAINST_REACH_ZH, _AGAINST_CLAIM_ZH), (_AGAINST_REACH_EN, _AGAINST_CLAIM_EN)):
        for reached in reach.finditer(text):
            spans |= {found.span() for found in claim.finditer(text, reached.start(), reached.end() + _AGAINST_REACH_AFTER)
                      if found.start() < reached.end() or _AGAINST_WRITER.search(text, reached.end(), found.end() + 8)}
    return frozenset(spans)


def _turned_against(window_text: str, whole: str) -> list[re.Match[str]]:
    """The window's claims or acts asked of a third party after a reach to one (turned_against): the reach read in the
    message, where it is often a clause or two before the claim ("texted my ex-wife and my son, telling them I'm about
    to go to jail"), the claim in the window (so that abuse.py judges it where it is told)."""
    claims = [*_AGAINST_CLAIM_ZH.finditer(window_text), *_AGAINST_CLAIM_EN.finditer(window_text)]
    if not claims:
        return []
    offset = whole.find(window_text)
    spans = _against_spans(whole) if offset >= 0 else _against_spans(window_text)
    offset = max(offset, 0)
    return [claim for claim in claims if (claim.start() + offset, claim.end() + offset) in spans]


# The borrower's likeness, branded, on a platform.
_LIKENESS_ZH = regex(r"(?:我的|是我的?|把我的?|用了?我的?|配着我的?|挂(?:了|的是)?我的?)\S{0,3}?(?:正脸|脸|照片|相片|生活照|自拍|名字|全名|姓名|身份证|手机号|视频)")
_LIKENESS_EN = regex(r"\b(?:my (?:own )?(?:face|photo|picture|selfie|full name|real name|name|id card|id number|id)|(?:photos?|pictures?|pics?|videos?|clips?)"
                     r" of me)\b")
_PLATFORM = regex(r"抖音|快手|微博|小红书|视频号|b站|哔哩|头条|贴吧|知乎|朋友圈|网上"
                  r"|\b(?:douyin|kuaishou|weibo|xiaohongshu|red note|bilibili|tiktok|wechat channels|moments|social media|online|the internet)\b")
_BRAND = regex(r"老赖|欠钱不还|借钱不还|欠债不还|赖账|骗子|跑路|逃债|认清这张脸|曝光|失信|嘴脸"
               r"|\b(?:deadbeat|debt dodger|dodg\w*|cheat|fraud\w*|scammer|thief|ran off|runs off|wont pay|never pays|share so)\b")

# A relative's voice (or the writer's) heard saying they are held or begging for the debt.
_KIN_VOICE_ZH = rf"(?:我|我的?(?:{KIN_ZH}))"
_VOICE_ZH = regex(rf"(?:是|像|听着像|听起来像)?{_KIN_VOICE_ZH}的?(?:声音|哭声)|{_KIN_VOICE_ZH}\S{{0,12}}?(?:录音|语音)")
_VOICE_EN = regex(rf"\b(?:sounded|sounds|sounding) (?:just |exactly |a lot |so much |almost )?like (?:me|my (?:\w+ )?(?:{KIN_EN})s?)\b"
                  rf"|\bin (?:what sounded like )?my (?:\w+ )?(?:{KIN_EN})s? voice\b|\bmy (?:{KIN_EN})s? voice\b")
_BEGGED_ZH = regex(r"扣|绑|抓|被人|救我|还钱|还款|转钱|打钱|赎|不让\S{0,2}走|出事|求我|求求")
_BEGGED_EN = regex(r"\b(?:taken|kidnap\w*|held|hostage|pay\w*|money|loan|debt|jiebei|arrears|help me|save me|begg\w*|plead\w*|hurt)\b")
_FAKED = regex(r"根本没|没(?:发|打|说|录)过|从来没|伪造|假的|合成|(?<![a-z])ai(?![a-z])|克隆|模仿|(?:当时|一直|好好的?)\S{0,2}在(?:上班|家|学校|公司)|好好的|什么事都没有"
               r"|\b(?:never (?:said|sent|recorded|called|rang|made)|didnt (?:say|send|record|call|make)|did not (?:say|send|record|call|make)"
               r"|the whole time|fake\w*|cloned?|cloning|ai|deepfake\w*|was (?:at home|at work|at school|fine|safe))\b")
_NEWS = regex(r"新闻|报道|纪录片|文章|\b(?:news|documentary|article|report(?:ed)? (?:on|about)|story)\b")

# Collection calls to a relative, then the relative's harm.
_CALLS_ZH = regex(r"(?:催收|催债|催款|讨债|要债)\S{0,16}(?:电话|打)|(?:催收|催债|催款|讨债|要债)的?电话")
_CALLS_EN = regex(r"\b(?:collectors?|collection|agents?|agency|debt|they)\b.{0,20}\b(?:call|calls|calling|called|ring|rings|ringing|rang"
                  r"|phone|phones|phoned|phoning)\b")
_RELATIVE = regex(r"爷爷|奶奶|外公|外婆|姥姥|姥爷|老人|爸|妈|父母|老父亲|老母亲"
                  r"|\b(?:grand\w*|granny|nan|nana|gran|mum|mom|mother|dad|father|parents|elderly)\b")
_HARMED = regex(r"住院|住进\S{0,2}医院|进了?医院|送\S{0,2}(?:急诊|医院|抢救)|晕倒|昏倒|犯病|发病|病倒|吓出\S{0,2}病|心脏病|急诊|icu"
                r"|\b(?:in hospital|hospitali[sz]ed|admitted|collapsed|fainted|heart attack|heart trouble|chest pains?|stroke|emergency room"
                r"|ambulance|icu)\b")

# ...caused by the calls: the fright named between them ("吓得住院"), or nothing between them that turns to another
# matter ("另外", "on top of that") and no other cause named with the harm ("做手术住院", "in hospital with pneumonia")
# (mend213: the order alone let an illness of its own, after calls to the writer, read as the calls' harm).
_FRIGHT = regex(r"吓|惊|受刺激|气得|急得|愁得|害得|导致|搞得|弄得|逼得|折磨|受不了"
                r"|\b(?:scared|scaring|frightened|frightening|terrified|terrifying|shock\w*|stress\w*|panic\w*"
                r"|so bad|caused|couldnt sleep|cant sleep)\b")
_OTHER_MATTER = regex(r"另外|还有|加上|同时|此外|而且|除此之外|与此同时|另一方面|偏偏|正好|刚好|本来|之前就|早就"
                      r"|\b(?:on top of (?:that|this|it|all)|also|as well|besides|meanwhile|separately|in addition|plus|unrelated"
                      r"|at the same time|not because|nothing to do)\b")
_OTHER_CAUSE = regex(r"手术|开刀|肺炎|感冒|发烧|车祸|摔|骨折|癌|肿瘤|生孩子|待产|生产|体检|化疗|老毛病|旧病|慢性|结石|阑尾|新冠"
                     r"|\b(?:with (?:pneumonia|flu|covid|cancer|a broken|an infection)|pneumonia|surgery|operation|cancer|fell|fall|broke"
                     r"|accident|flu|covid|fever|tumou?r|giving birth|infection|chemo\w*|check.?up)\b")

_DEBT = regex(r"欠|债|贷|还钱|还款|借呗|花呗|逾期|催收|催款|\b(?:debts?|owe\w*|loans?|repay\w*|jiebei|huabei|overdue|pay|pays|paying|paid"
              r"|payments?|collect\w*|arrears)\b")


def _harm_caused(calls: re.Pattern[str], whole: str) -> bool:
    """Whether a harm in ``whole`` follows ``calls`` and is read as caused by them: the fright named between the two, or
    neither a turn to another matter between them nor another cause named beside the harm (mend213)."""
    for harm in _HARMED.finditer(whole):
        called = None
        for called in calls.finditer(whole, 0, harm.start()):
            pass
        if called is None:
            continue
        between = whole[called.end():harm.start()]
        beside = whole[max(called.end(), harm.start() - 12):harm.end() + 24]
        if _FRIGHT.search(between) or _FRIGHT.search(whole, harm.start(), harm.end() + 20) \
                or not _OTHER_MATTER.search(between) and not _OTHER_CAUSE.search(beside):
            return True
    return False


# Read once per message, not once per window (every window of one ask passes the same ``whole``; speed only).
@lru_cache(maxsize=16)
def _readings(whole: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The readings whose conditions outside the anchor hold in the message (module doc)."""
    readings: list[tuple[str, re.Pattern[str]]] = []
    if _PARTY_ZH.search(whole) and _REACH_ZH.search(whole):
        readings.append(("told_about", _CLAIM_ZH))
    if _PARTY_EN.search(whole) and _REACH_EN.search(whole):
        readings.append(("told_about", _CLAIM_EN))
    if _PLATFORM.search(whole) and _BRAND.search(whole):
        readings += [("likeness", _LIKENESS_ZH), ("likeness", _LIKENESS_EN)]
    if _FAKED.search(whole) and not _NEWS.search(whole):
        readings += [("faked_voice", _VOICE_ZH), ("faked_voice", _VOICE_EN)]
    if _RELATIVE.search(whole):
        if _harm_caused(_CALLS_ZH, whole) or _harm_caused(_CALLS_EN, whole):
            readings.append(("calls_harmed", _HARMED))
    return tuple(readings)


def _begged(window_text: str, match: re.Match[str]) -> bool:
    """Whether the voice at ``match`` is heard asking for money or saying it is held (in or just after it)."""
    after = window_text[match.start():match.end() + 80]  # (the plea may sit inside the match: "我妈哭着求我还钱的录音")
    return (_BEGGED_EN if match.group(0).isascii() else _BEGGED_ZH).search(after) is not None


def told_about(window_text: str, context: str, whole: str,
               discounted: Callable[[str, str, re.Match[str], str], bool]) -> list[str]:
    """The names of this module's readings told in a window (module doc); ``context`` is the window with the clause
    before, ``whole`` the folded message, ``discounted`` abuse.py's judgement of a match."""
    whole = whole or context or window_text
    found: list[str] = []
    if _DEBT.search(whole):
        found = _read_in(window_text, context, whole, discounted)
    if not found and (_DEBT.search(whole) or _COLLECTOR.search(whole)) and any(
            not discounted("turned_against", window_text, match, context) for match in _turned_against(window_text, whole)):
        found.append("turned_against")  # (only where no reading above names the act: the same telling, named once)
    return found


def _read_in(window_text: str, context: str, whole: str,
             discounted: Callable[[str, str, re.Match[str], str], bool]) -> list[str]:
    """The readings of _readings told in a window."""
    found: list[str] = []
    for name, pattern in _readings(whole):
        if name in found:
            continue
        if any(not discounted(name, window_text, match, context) and (name != "faked_voice" or _begged(window_text, match))
               for match in pattern.finditer(window_text)):
            found.append(name)
    return found


__all__ = ["told_about"]

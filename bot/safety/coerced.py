"""Abuse told as coercion, fraud and threats to one's status (coerce173, issue 12, docs/safety.md Round 101).

The other readers know a collector's threats of violence, telling, shaming and fees. These are read here, each as an
actor (a collector, "they", a caller, someone) and a coercive act, in Chinese and English:

- "status": a threat to report the borrower to an office that decides their standing (immigration, an embassy, a
  university or a child's school, HR), or a loss of standing as the threat's end (deported, a visa cancelled,
  expelled, fired). "借呗逾期会影响签证吗" names no actor and asks: a loan question.
- "organ": the borrower told to sell an organ or blood to pay; the writer's own "我都想去卖肾了" is no collector's, and
  giving blood or a kidney (献血, 捐肾, "donate") sells nothing.
- "side_loan": the borrower pushed to borrow from another app, a side lender the collector names, or at a usurious
  rate, to pay this debt; a relative who offers and an app asked about plainly have no collector pushing.
- "rule_free": the case handed, or the debt sold, to people said to be outside the rules ("黑催", "不讲规矩", "don't
  follow Alipay's rules"); a debt assigned to an asset-management company named plainly is lawful.
- "private_pay" and "closing_fee": money demanded into a person's account, or a fee invented to "close" a case;
  asked plainly ("还款可以转到个人账户吗", "is there a fee to close my account?") they are questions, as in the README.
- "impersonated": someone posing as the borrower to get money from their friends or relatives.
- "chain": the debt passed along the borrower's people, one after another ("一家家打下去", "made him give them my
  cousin's number"); "branded": people around told the borrower is a thief or a criminal.
- "veiled_child": a child or a pregnancy named with a veiled harm ("孩子出生前别出什么意外", "long road home").
- "dated_visit": a visit to the parents' home on a date the collector names ("on the 20th we'll be at your parents'").
- "night_video": video calls at night in which the caller is silent or laughs.

(coercion.py, a different module, reads sexual or photo exchanges for the debt and an arrest made the condition of
paying, as cue tables.) Whether a match is told (not asked, feared, negated, heard of, family talk) is abuse.py's
judgement (``discounted``).
Every reading is gated on its own words in the message (one cached search per message), so most asks search nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..patterns import regex

_AGENT_ZH = r"(?:催收|催债|讨债|要债|收债|追债|他们|对方|那边|那个人|打电话的|来电的|电话里|自称|有人)"
_SAYS_ZH = r"(?:说|威胁|扬言|放话|警告|让|叫|逼|要求|劝|建议|要|会)"
_AGENT_EN = (r"\b(?:collectors?|collection|agents?|agency|they|theyll|theyd|he|hell|hed|she|the (?:guy|man|woman|caller)"
             r"|callers?|someone|somebody|the new (?:guys|company|firm))\b")
_SAYS_EN = (r"(?:said|says|told|tells|threaten\w*|warned|warns|will|would|ll|d|gonna|going to|wants?|wanted|keeps?|kept"
            r"|asked|pushed|pushing|urged|insist\w*|demand\w*|bragged|claims?|claimed|knows)")
# Nothing that rules the act out between the actor and it ("他们说不会联系学校").
_FREE_ZH = r"(?:(?!不会|不要|别|不用|不必|不能|没有|没)[^。])"
_FREE_EN = r"(?:(?!\b(?:never|not|dont|didnt|doesnt|wont|cant|no)\b).)"

_READINGS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("status", regex(r"移民|入管|入境|使馆|领事|签证|遣返|准证|居留|学校|教务|辅导员|导师|幼儿园|班主任|人事|开除|处分|毕业证|学位"
                     r"|immigration|embass|consul|visa|deport|permit|residen|universit|college|school|dean|teacher|\bhr\b"
                     r"|human resources|expel|fired"),
     regex(rf"{_AGENT_ZH}{_FREE_ZH}{{0,16}}(?:举报|告发|通报|投诉|通知|告诉|联系|打电话给|打给|打到|发邮件给|发邮件到|写信给|找)"
           r"\S{0,6}(?:移民局|入管局|入境处|移民署|大使馆|领事馆|使馆|签证处|学校|教务处|学院|辅导员|导师|校方|幼儿园|班主任|人事)"
           rf"|{_AGENT_ZH}{_FREE_ZH}{{0,30}}(?:让|叫|害|要)我?\S{{0,4}}(?:签证\S{{0,3}}(?:取消|作废|续不了|吊销|拿不到|没了)|被?遣返|被开除|被?学校开除|被?处分|拿不到毕业证|拿不到学位)"
           rf"|{_AGENT_EN} (?:\w+ ){{0,3}}{_SAYS_EN}\b{_FREE_EN}{{0,60}}\b(?:report|contact|call|email|write to|file (?:a )?(?:complaint|report) with"
           r"|tell|notify|inform|let)\b(?: \w+){0,4} (?:(?:the|my|our|his|her|your) )?(?:\w+ )?(?:immigration|embassy|consulate|visa office"
           r"|border (?:agency|police)|university|college|school|dean|professor|teacher|hr|human resources)\b"
           rf"|{_AGENT_EN} (?:\w+ ){{0,3}}{_SAYS_EN}\b{_FREE_EN}{{0,80}}\b(?:(?:so|until|make sure|to get|and get) (?:that )?(?:i|me|my)\b.{{0,30}}"
           r"\b(?:deported|expelled|revoked|cancel+ed|get fired|gets? cancel+ed)|get me (?:deported|expelled|fired))\b")),
    ("organ", regex(r"肾|肝|器官|卖血|眼角膜|kidney|organ|blood|plasma|liver|cornea"),
     regex(rf"{_AGENT_ZH}{_FREE_ZH}{{0,12}}(?:说|让|叫|逼|劝|建议|要)(?:(?!我(?:想|都想|打算|准备|宁可|只能))[^。]){{0,24}}"
           r"(?:卖(?:个|一个|一颗|颗|掉)?(?:肾|肝|血|器官|眼角膜)|(?:肾|肝|器官)\S{0,10}卖)"
           rf"|{_AGENT_EN} (?:\w+ ){{0,3}}{_SAYS_EN}\b{_FREE_EN}{{0,60}}\bsell\w* (?:\w+ ){{0,3}}(?:kidneys?|organs?|blood|plasma|liver|cornea)\b")),
    ("side_loan", regex(r"借|贷|口子|拆东墙|lend|loan|borrow|app|rate|%"),
     regex(rf"{_AGENT_ZH}{_FREE_ZH}{{0,12}}(?:让|叫|逼|要|要求|催|推荐|介绍|给了?)我\S{{0,12}}(?:去)?(?:找|借|下载|下个|申请|用)"
           r"\S{0,16}(?:别的|其他|其它|另一个|另外的?)(?:平台|网贷|app|软件|贷款|口子)"
           rf"|{_AGENT_ZH}{_FREE_ZH}{{0,12}}(?:让|叫|逼|要|要求|催|推荐|介绍)我?\S{{0,12}}(?:借|贷)\S{{0,12}}(?:高利贷|网贷|口子)"
           rf"|{_AGENT_ZH}{_FREE_ZH}{{0,8}}给了?我\S{{0,4}}(?:一个|个)?\S{{0,6}}(?:微信|电话|号码|联系方式)[^。]{{0,30}}(?:借|贷|放款)"
           rf"|{_AGENT_ZH}{_FREE_ZH}{{0,8}}(?:让|叫|逼|要|要求|推荐|介绍)我?[^。]{{0,30}}借[^。]{{0,30}}(?:月息|日息|高利贷|\d+ ?%|百分之)"
           r"|拆东墙补西墙[^。]{0,20}(?:必须|今天|马上)"
           rf"|{_AGENT_EN} (?:\w+ ){{0,3}}(?:told|pushed|pushing|pressur\w*|forced|made|wants?|wanted|urged|keeps? (?:telling|pushing|urging))"
           r" (?:me )?to (?:\w+ ){0,2}(?:borrow|download|take out|get a loan|apply)\b"
           rf"|{_AGENT_EN} (?:\w+ ){{0,2}}gave me (?:\w+ ){{0,3}}(?:numbers?|contacts?|wechat|name)\b.{{0,60}}\b(?:lend\w*|loans?|borrow\w*)\b"
           rf"|{_AGENT_EN} (?:\w+ ){{0,3}}(?:told|pushed|urged|wants?|wanted)\b.{{0,60}}\bborrow\w*\b.{{0,40}}\b(?:\d+ ?(?:%|percent )?(?:a|per) (?:month|week|day)"
           r"|loan ?sharks?)")),
    ("rule_free", regex(r"黑催|规矩|不讲道理|没关系|不打电话|rules|regulations|dont just|do not just"),
     regex(r"(?<![拉拖])黑催"  # (not "拉黑催收号码": blocking the collector's number)
           r"|(?:交给|转给|卖给|转到|外包给|移交给?|交到)\S{0,16}[^。]{0,30}(?:不讲规矩|不守规矩|不按规矩|没有规矩|没规矩|不管规矩|出了事\S{0,10}没关系|不打电话\S{0,4}直接)"
           r"|(?:不讲规矩|不守规矩|不按规矩|没有规矩|没规矩)[^。]{0,20}(?:交给|转给|卖给|转到)"
           r"|\b(?:pass\w*|hand\w*|sold|sell\w*|bought|transfer\w*|give|send|going to|moved)\b.{0,80}"
           r"\b(?:dont|do not|doesnt|does not|wont|will not|not) (?:have to |need to )?(?:follow|play by|obey|stick to|care about|bound by)"
           r" (?:any of )?(?:the |any |alipays |alipay s |the platforms |platforms |your |those |its )?(?:\w+ )?(?:rules|regulations)\b"
           r"|\b(?:pass\w*|hand\w*|sold|sell\w*|transfer\w*|give|send|going)\b.{0,60}\bpeople who (?:dont|do not|wont) just (?:call|make (?:phone )?calls)"
           r"|\b(?:they|we|the new (?:guys|company|firm|collectors?)) (?:\w+ ){0,2}(?:say|says|said|told me|bragged|claim\w*|boast\w*)\b (?:that )?"
           r"(?:they|we) (?:dont|do not|wont|will not) (?:have to |need to )?(?:follow|play by|obey|stick to|care about)"
           r" (?:any of )?(?:the |any |alipays |alipay s |the platforms |platforms |your |those )?(?:\w+ )?(?:rules|regulations)\b")),
    ("private_pay", regex(r"个人|私人|personal|private"),
     regex(rf"{_AGENT_ZH}{_FREE_ZH}{{0,16}}(?:让|叫|要|要求|逼)我?\S{{0,8}}(?:转|打|付|汇|交|还)\S{{0,8}}(?:到|进|给)\S{{0,6}}(?:个人|私人)的?"
           r"(?:微信|支付宝|账户|账号|银行卡|卡|收款码)"
           rf"|{_AGENT_ZH}{_FREE_ZH}{{0,16}}(?:让|叫|要|要求|逼)我?\S{{0,8}}(?:转|打|汇)(?:给|到)(?:他|她|对方)(?:个人|私人)(?!信息|隐私)"
           rf"|{_AGENT_EN} (?:\w+ ){{0,2}}(?:asked|told|wants?|wanted|demand\w*|insist\w*|pushed)\b (?:me )?to (?:\w+ ){{0,3}}"
           r"(?:transfer|send|pay|wire|move|put)\w*\b.{0,40}\b(?:to|into|via) (?:his|her|their|a|some) (?:own )?(?:personal|private)"
           r" (?:\w+ )?(?:wechat|alipay|account|bank|card)")),
    ("closing_fee", regex(r"结案费|结清费|销账费|销案费|注销费|解冻费|洗白|清档费|closing fee|closure fee|release fee|clearance fee"),
     regex(rf"{_AGENT_ZH}{_FREE_ZH}{{0,24}}(?:要|让|叫)?(?:我)?(?:交|缴|付|转|收)\S{{0,8}}(?:结案费|结清费|销账费|销案费|注销费|解冻费|洗白费|清档费)"
           rf"|{_AGENT_EN} (?:\w+ ){{0,3}}(?:says?|said|told|wants?|wanted|asked|demand\w*|charg\w*|claims?|claiming)\b{_FREE_EN}{{0,60}}"
           r"\b(?:case )?(?:closing|closure|release|clearance) fee")),
    ("impersonated", regex(r"冒充|假装|装成|名义|冒用|用我的|pretend|posing|posed|impersonat"),
     regex(r"(?:冒充我|假装(?:成|是)?我|装成我|以我的名义|冒用我|用我的(?:照片|名字|头像|身份|微信|号))[^。]{0,30}"
           r"(?:同学|朋友|亲戚|家人|同事|通讯录|联系人)\S{0,10}(?:借钱|要钱|转钱|转账|打钱)"
           r"|\b(?:pretend\w*|posing|posed|impersonat\w*) (?:to be |as )?me\b.{0,80}\b(?:friends|relatives|family|contacts|aunt|uncle"
           r"|colleagues|classmates|cousins?)\b.{0,40}\b(?:money|lend|send|transfer|pay)"
           r"|\b(?:messag\w*|texting|asking|contacting) (?:my )?(?:\w+ )?(?:friends|relatives|family|contacts|classmates|colleagues)"
           r" (?:\w+ ){0,2}(?:pretending to be|posing as|as if (?:they|he|she) (?:were|was)) me\b")),
    ("chain", regex(r"一家家|一家一家|一个个|一个一个|挨个|挨家|逐个|又打到|one by one|one person at a time|one after another"
                    r"|down the (?:family|list)|number"),
     regex(rf"{_AGENT_ZH}[^。]{{0,40}}(?:一家家|一家一家|一个个|一个一个|挨个|挨家挨户|逐个)\S{{0,4}}(?:打|找|问|通知|告诉)"
           r"|打到\S{0,10}(?:家|那里|那儿|那)\S{0,10}又\S{0,6}打到|让\S{0,4}(?:姑|姨|舅|叔|伯|哥|姐|弟|妹|爸|妈)\S{0,4}(?:打给|打到)"
           rf"|{_AGENT_EN} (?:\w+ ){{0,3}}(?:call\w*|rang|text\w*|messag\w*|visit\w*|told|tell\w*|went|going)\b.{{0,60}}"
           r"\b(?:one by one|one person at a time|one after another|down the (?:family|list)|door to door)\b"
           rf"|{_AGENT_EN} (?:\w+ ){{0,3}}(?:made|forced|got) (?:him|her|them|my \w+) (?:to )?(?:give|hand over|pass on|tell)"
           r" (?:them )?(?:my |his |her )?(?:\w+ )?(?:numbers?|contacts?)")),
    ("branded", regex(r"小偷|贼|逃犯|罪犯|诈骗犯|偷了|thief|criminal|fugitive|stole|ran away with"),
     regex(rf"{_AGENT_ZH}[^。]{{0,24}}(?:说|告诉|讲|传|宣扬)[^。]{{0,16}}(?:我|她|他)\S{{0,3}}(?:是个?|就是)?(?:小偷|贼|逃犯|罪犯|诈骗犯|偷了)"
           rf"|{_AGENT_EN} (?:\w+ ){{0,4}}(?:told|telling|tell|tells|said to|saying to|informed|called)\b.{{0,50}}"
           r"\b(?:that )?(?:i|im|i am|i was|she|he)(?: is| was| am)? (?:a |an )?(?:\w+ )?(?:thief|criminal|fugitive|stole|ran away with)\b")),
    ("veiled_child", regex(r"孩子|宝宝|肚子|儿子|女儿|闺女|小孩|胎|baby|son|daughter|kid|child|pregnan|unborn"),
     regex(rf"{_AGENT_ZH}{_FREE_ZH}{{0,6}}(?:说|问|讲)[^。]{{0,30}}(?:孩子|宝宝|肚子|儿子|女儿|闺女|小孩|胎)[^。]{{0,20}}"
           r"(?:出什么意外|出意外|出事|小心|生不下来|保不住|路上挺|路上很|路挺长|一个人走|别出|平不平安|安不安全)"
           rf"|{_AGENT_EN} (?:\w+ ){{0,3}}(?:said|says|told me|asked|knows|warned)\b.{{0,50}}\b(?:baby|son|daughter|kids?|child|children|pregnan\w*|unborn)\b"
           r".{0,60}\b(?:shame|something happen\w*|accident|be careful|safe|alone|long (?:road|way|walk)|pity|hope nothing)\b")),
    ("dated_visit", regex(r"老家|爸妈|父母|你家|parents|hometown|mom|mum|dad"),
     regex(rf"{_AGENT_ZH}{_FREE_ZH}{{0,8}}{_SAYS_ZH}[^。]{{0,20}}(?:[0-9一二三四五六七八九十]+号|[0-9一二三四五六七八九十]+日|下周\S?|星期\S|周[一二三四五六日天]|月底|后天)"
           r"[^。]{0,16}(?:去|到|上)(?:我|你)?(?:老家|爸妈家|父母家|家里)"
           r"|\b(?:on (?:the )?\d+(?:st|nd|rd|th)?|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next (?:week|month|monday"
           r"|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:weekend|friday|saturday|sunday))\b.{0,40}"
           r"\b(?:well|we will|theyll|they will|they are going to|were going to|we are going to|be) (?:\w+ ){0,3}"
           r"(?:at|to|visit|in) (?:your|my) (?:parents|mom|mums|moms|dads|hometown|family)"
           r"|\b(?:well|we will|theyll|they will|they are going to|were going to|we are going to) (?:send|be|come|go|visit|drop by|show up)\b"
           r"(?: \w+){0,4} (?:at|to|in) (?:your|my) (?:parents|mom|mums|moms|dads|hometown|family)\w*(?: \w+)?"
           r" on (?:the )?(?:\d+(?:st|nd|rd|th)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")),
    ("night_video", regex(r"视频|video"),
     regex(r"(?:半夜|凌晨|深夜|夜里|晚上[0-9一二三四五六七八九十两]+点)[^。]{0,24}(?:打|发|弹)\S{0,3}视频[^。]{0,30}"
           r"(?:不说话|没人说话|没有人说话|黑屏|一直笑|冷笑|狂笑|怪笑|阴笑|盯着我|不出声|一句话不说)"
           r"|\bvideo call\w*\b.{0,40}\b(?:\d+ ?am|at \d+(?: and \d+)? in the morning|middle of the night|midnight|late at night)\b"
           r".{0,80}\b(?:nobody (?:speaks|says|talks)|no one (?:speaks|says|talks)|silence|silent|laugh\w*|breathing|staring|stares"
           r"|says nothing|doesnt say)")),
)
_DEBT = regex(r"欠|债|贷|还钱|还款|借呗|花呗|逾期|老赖|催收|\b(?:debts?|owe\w*|loans?|repay\w*|jiebei|huabei|overdue|deadbeat|collect\w*|"
              r"borrowed|pay|paid)\b")
# Told without the debt ("they video call me at 3am…", "they told me to sell my blood if I don't have the money"): acts
# that name money, a file handed on, or a stranger's menace by themselves.
_NO_DEBT_NEEDED = {"night_video", "impersonated", "organ", "private_pay", "closing_fee", "rule_free"}
# The one calling at night is kin or a friend: no menace ("my boyfriend video calls me at 2am and laughs").
_KIN_CALLER = regex(r"(?:男朋友|女朋友|老公|老婆|朋友|闺蜜|室友|爸|妈|孩子|儿子|女儿|家人|家里)\S{0,4}视频|(?:我|我们)\S{0,6}(?:跟|和|给)\S{1,6}(?:打)?视频|\bmy (?:\w+ )?(?:boyfriend|girlfriend|husband|wife|friends?|mom|mum|dad|roommate)s? "
                    r"(?:\w+ ){0,2}video")


@lru_cache(maxsize=256)
def _possible(text: str, debt: bool) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The readings whose gate words are in a window (the window's own words: a collector's words pasted in quotes
    are kept out of the message abuse.py passes as ``whole``), remembered by the window's text."""
    return tuple((name, pattern) for name, gate, pattern in _READINGS
                 if (debt or name in _NO_DEBT_NEEDED) and gate.search(text))


def coerced(window_text: str, context: str, whole: str,
            discounted: Callable[[str, str, re.Match[str], str], bool]) -> list[str]:
    """The names of this module's readings told in a window (module doc); ``context`` is the window with the clause
    before, ``whole`` the folded message, ``discounted`` abuse.py's judgement of a match."""
    debt = _DEBT.search(whole or context or window_text) is not None
    found = []
    # Read over the window with the clause before: an actor and the act are often clauses apart ("催收说 你肚子里那个…
    # 小心生不下来", a quote splitting "gave me the number of a | friend | who lends…", "…video calling me at 3am. when
    # I answer someone laughs").
    text = context or window_text
    for name, pattern in _possible(text, debt):
        if name == "night_video" and _KIN_CALLER.search(text):
            continue
        if any(not discounted(name, text, match, context) for match in pattern.finditer(text)):
            found.append(name)
    return found


__all__ = ["coerced"]

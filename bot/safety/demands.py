"""What a collector demands beyond the loan, and shaming outside calls (abuse99, issue 12, docs/safety.md Round 75).

Read as agent x act x object, as watching.py reads menace: a collector (or "they", a message, a number) makes the
borrower do or pay something no loan contract asks, or shames them where others see:

- "degrading": a demand to sell one's body, an organ or blood ("没钱就去卖肾", "told me to sell a kidney");
- "fee": money beyond the loan under a name of the collector's own (a visit-cancellation, investigation, expedite,
  processing or service fee, a deposit before an arbitration or an enforcement), a sum that grew past the debt;
  a lawful penalty or late interest has no such name and is a loan question (违约金, 罚息, 诉讼费);
- "private_pay": money into a collector's own account (a personal WeChat, Alipay or card), not the lender's;
- "coerced": a pledge, a "voluntary" statement, an IOU or a video the borrower is made to write, sign or record;
- "exposed": paint on the door or the wall by someone (not a decorator's own brush), comments under the borrower's
  videos or posts with the debt or an insult.

A notice that asks for a deposit before an arbitration or an enforcement is read without an agent: no court or
arbitration body asks for a deposit to a person, and a notice that rules a deposit out ("不需要交任何保证金") is none.
Whether a match is told (not asked, feared, negated, heard of) is abuse.py's judgement (``discounted``).
"""

from __future__ import annotations

import re
from typing import Callable

from ..patterns import regex

# Who may own the account a collector names: the collector (mend85).
_OWNER_ZH = r"(?:他们|他|她|对方|催收员?|那个人|那人)"
_AGENT_ZH = r"(?:催收|催债|讨债|要债|他们|对方|那边|那个人|打电话的|短信|电话里)"
_AGENT_EN = r"\b(?:collectors?|agents?|they|he|the (?:guy|man|woman|caller))\b"
# A fee whose name a lawful loan also uses (手续费, 押金, "processing fee") is the collector's only when a collector
# names it, not "他们/对方/they" (a landlord's deposit, a passport's rush fee, a hotel's fee), and not an instalment's
# (review100 F2). The collector's own inventions (上门费, "visit fee") keep any agent.
_COLLECTOR_ZH = r"(?:催收|催债|讨债|要债|收债|追债|债主)"
_COLLECTOR_EN = r"\b(?:collectors?|collection agents?|the (?:collection|debt) (?:company|agency|guy|man|woman))\b"
_NOT_LAWFUL_ZH = r"(?:(?!不会|不要|别|不用|不必|不需要|无需|没有|没|分期|每期|提前还)[^。])"
# Nothing that rules the act out between the agent and it ("他们说不用交任何费用").
_NOT_RULED_OUT_ZH = r"(?:(?!不会|不要|别|不用|不必|不需要|无需|没有|没)[^。])"
_NOT_RULED_OUT_EN = r"(?:(?!\b(?:never|not|dont|didnt|doesnt|no need|no)\b).)"

_CUES = (
    ("degrading", regex(
        rf"{_AGENT_ZH}{_NOT_RULED_OUT_ZH}{{0,12}}(?:让|叫|逼|要求|劝|说|建议)\S{{0,8}}卖(?:个|一个|一颗|颗|掉)?(?:肾|血|器官|身|眼角膜|卵子)"
        r"|没钱(?:就)?(?:去)?卖(?:个|一个)?(?:肾|血|身)"
        rf"|{_AGENT_EN} (?:\w+ ){{0,2}}(?:told|tells|said|says|suggested|wants?|wanted|asked|pushed|urged)\b{_NOT_RULED_OUT_EN}{{0,30}}"
        r"\bsell\w* (?:a |one of my |my |your |some )?(?:\w+ )?(?:kidneys?|organs?|blood|plasma|body|eggs?|cornea)\b")),
    ("fee", regex(
        rf"{_AGENT_ZH}{_NOT_RULED_OUT_ZH}{{0,24}}(?:上门费|外访费|取消费|调查费|催收费|撤案费|撤诉费|停催费)"
        rf"|{_COLLECTOR_ZH}{_NOT_LAWFUL_ZH}{{0,24}}(?:加急费|处理费|服务费|手续费|保全费|执行费|保证金|押金)"
        r"|(?:仲裁|执行局|强制执行|执行通知|裁决)[^。]{0,40}(?<!不需要)(?<!不用)(?<!无需)(?<!不必)(?:先|预先|提前)?(?:交|缴|缴纳|支付|转)\S{0,4}(?:保证金|押金|保全费|执行费|手续费)"
        rf"|{_AGENT_EN} (?:\w+ ){{0,3}}(?:says?|said|told|wants?|wanted|asked|demand\w*|charg\w*|added)\b{_NOT_RULED_OUT_EN}{{0,60}}"
        r"\b(?:visit|field visit|cancellation|investigation|collection)\b(?: \w+)? (?:fees?|charges?)"
        rf"|{_COLLECTOR_EN} (?:\w+ ){{0,3}}(?:says?|said|told|wants?|wanted|asked|demand\w*|charg\w*|added)\b{_NOT_RULED_OUT_EN}{{0,60}}"
        r"\b(?:processing|service|expedite|handling|withdrawal)\b(?: \w+)? (?:fees?|charges?)"
        r"|\b(?:arbitration|enforcement|tribunal)\b(?:(?!\b(?:no|not|never)\b).){0,80}\b(?:deposit|guarantee fee|bond)\b")),
    # Money into a collector's own account, not the lender's (often for a record "erased" or calls stopped): no lender
    # collects into a person's WeChat or card, so it is a collector's private demand or a scam in its name (legit104).
    # The account is the collector's: named as theirs (他自己的, 对方个人的) or a person's (个人, 私人) with no one else named;
    # a bare 自己的 is anyone's own, the writer's most often ("让我先转到自己的银行卡里再还款": an everyday instruction; mend85).
    ("private_pay", regex(
        rf"{_AGENT_ZH}{_NOT_RULED_OUT_ZH}{{0,16}}(?:转|打|付|汇|交|还|发)\S{{0,8}}(?:到|进|给|去)(?:{_OWNER_ZH}(?:(?:自己|本人)的?(?:个人|私人)?|的?(?:个人|私人|私下的?))|(?:指定的?|一个|某个|个)?(?:个人|私人|私下的?))"
        r"的?(?:微信|支付宝|账户|账号|银行卡|卡|收款码)"
        rf"|{_AGENT_EN} (?:\w+ ){{0,2}}(?:asked|told|wants?|wanted|said|says|demand\w*|insist\w*|pushed|tried to get)\b"
        rf"{_NOT_RULED_OUT_EN}{{0,40}}\b(?:transfer|send|pay|wire|move|put)\w*\b{_NOT_RULED_OUT_EN}{{0,30}}"
        r"\b(?:to|into|via) (?:(?:his|her|their) own (?:personal |private )?|(?:a |his |her |their |some )?(?:personal|private) )(?:\w+ )?(?:wechat|alipay|account|bank card|card|qr)")),
    ("coerced", regex(
        rf"{_AGENT_ZH}{_NOT_RULED_OUT_ZH}{{0,8}}(?:逼|让|要求|强迫|叫|非要)我?\S{{0,4}}(?:写|签|录|按手印|手写|举着)\S{{0,14}}(?:承诺书|保证书|欠条|借条|自愿|视频)"
        rf"|{_AGENT_EN} (?:\w+ ){{0,2}}(?:made|forced|pressured|told|wanted|want|asked)\b (?:me )?to (?:write|sign|record|film)\b.{{0,60}}"
        r"\b(?:statement|pledge|promise|iou|video|voluntar\w*|agree\w*|accept\w*)\b"
        r"|\b(?:forced|made|pressured) (?:me )?to (?:write|sign|record)\b.{0,60}\b(?:voluntar\w*|agree to whatever|accept any\w*)\b")),
    ("exposed", regex(
        r"(?:门|墙|大门|门口|门上|车上)\S{0,8}(?:被|让)\S{0,6}(?:喷|泼|写|刷|涂)\S{0,6}(?:红漆|油漆|漆|字|欠债|还钱|老赖)"
        r"|(?:催收|催债|讨债|要债|债主|他们|有人|被人)\S{0,10}(?:门|墙|门口|车)\S{0,6}(?:喷|泼|刷|涂|写)了?\S{0,4}(?:红漆|油漆|漆|字)"
        r"|(?:视频|抖音|快手|朋友圈|动态|微博|小红书)\S{0,6}(?:下面|底下|下边|评论区?)\S{0,12}(?:留言|评论|刷屏|骂|艾特|@)\S{0,16}(?:老赖|欠钱|欠债|骗子|不还)"
        r"|\b(?:painted|sprayed|spray painted|wrote)\b.{0,50}\b(?:on|across) (?:my|our|the) (?:front )?(?:door|wall|gate|car)\b"
        r"|\b(?:comment\w*|post\w*|spam\w*)\b (?:\w+ ){0,2}(?:under|on) (?:all |every |each )?(?:of )?(?:my|our) (?:\w+ )?(?:videos?|posts?|photos?)\b"
        r"[^.!?。！？]{0,60}\b(?:deadbeat|owes?|owing|liar|debts?|tag\w*)\b")),  # in the same sentence, not "scam" alone
)
# The debt or a collector in the message: paint, a comment, a fee or a pledge with neither is no collector's act.
_DEBT = regex(r"欠|债|贷|还钱|还款|借呗|花呗|逾期|老赖|催收|\b(?:debts?|owe\w*|loans?|repay\w*|jiebei|huabei|overdue|deadbeat|collect\w*|borrowed)\b")
# The writer's own act: "我气得说要去他家门口贴告示", "I painted my door".
# Asked right after the object: "催收上门要收上门费吗" asks whether such a fee exists.
_ASKED = regex(r"\s*(?:吗|么|嘛|\?|？)")
_OWN = regex(r"(?:^|\s)(?:我|我们)(?:自己|主动|气得)|\b(?:i|we) (?:painted|wrote|posted|signed|agreed)\b")


def demanded(window_text: str, context: str, discounted: Callable[[str, str, re.Match[str], str], bool]) -> list[str]:
    """The names of this module's cues told in a window (module doc); ``context`` is the window with the clause before,
    ``discounted`` abuse.py's judgement of a match (asked, feared, negated, hearsay...)."""
    if not _DEBT.search(context or window_text):
        return []
    found = []
    for name, pattern in _CUES:
        for match in pattern.finditer(window_text):
            if _OWN.search(window_text[:match.start()]) or _ASKED.match(window_text, match.end()) \
                    or discounted(name, window_text, match, context):
                continue
            found.append(name)
            break
    return found


__all__ = ["demanded"]

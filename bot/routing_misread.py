"""Readings a new-user tester found wrong (fig72, user70 #7, #8, #9), mended after the router, before the
family-violence reading (bot.routing_kin). Each adds a safety or loan reading that was missed; none
removes a crisis: a route that holds the crisis reply is never changed.

- Someone banging on the door saying they are from Jiebei (en) gets the abuse reply and 110, as the
  zh "有人在我家门口说是借呗催收的 一直敲门" does (it had "visits are rare").
- A collector's demand or threat of sexual exploitation (催收让我去卖身, 把你女儿卖了, "sell myself",
  "work as a prostitute") is abuse (it had collection_process, going_dark or the decline). Not when the message only
  passes on what others say may happen ("听说有催收让女生肉偿", "网上说…"): the rules' hearsay reading (abuse.hearsay_only)
  holds there too, as it does for every other abuse cue (fix78, issue 12; review91 left it).
- A collector's claim of a criminal charge (涉嫌恶意透支, 要判三年) gets the line 坐牢 questions get:
  the article does not cover criminal liability (uncovered_consequences; concerns.py reads the words).
- The borrower asking whether to turn themselves in (要不要去自首) asks about criminal liability, not
  abuse; a collector's "你去自首吧" demand stays abuse (its clause names the collector).
- A loan action named outright ("can i negotiate") is never declined.
- 想跑路 / "run away" leads with going_dark, not after_repayment; calling oneself worthless (我是个废物)
  or "can't breathe" over the debt is worry, with the check-in line.
- (removed by the lead after review91: "最后一次上网了" as the last words read as a farewell; 12 of 16 everyday
  wordings got the crisis reply.) Was: "最后一次上网了" said as the message's last words, beside the debt, reads as a farewell: the crisis
  reply. With a reason after it ("…，网费交不起了") it is not read here.
"""

from __future__ import annotations

from typing import Mapping

from . import knowledge as kb
from .patterns import regex
from .records import replace
from .routing_rules import Route
from .safety.abuse import hearsay_only
from .safety.clauses import fold_clause
from .text import normalize

CRISIS, ABUSE, WORRY = "crisis", "abusive_collection", "worry"
UNCOVERED, NEGOTIATE, DARK = kb.UNCOVERED, "negotiate", "going_dark"
_MISREAD = frozenset({"after_repayment", "about_jiebei", kb.OUT_OF_SCOPE, "collection_process", "contact_family"})

_LOAN = regex(r"借呗|花呗|借唄|网贷|贷款|欠|逾期|还不上|催收|jiebei|huabei|alipay|loan|debt|overdue|owe|collector")
# Banging told as happening (is banging, kept knocking, banged), never asked about ("will collectors knock on my door?").
_KNOCKING = r"(?:(?:is|are|was|were|been|keeps?|kept|started|still|someone|somebody|people|men|man|guys?) (?:\w+ )?(?:bang|pound|knock|kick|hammer)ing|banged|pounded|knocked|kicked|hammered)"
_DOOR_EN = regex(rf"\b{_KNOCKING}\b[^.!?]{{0,20}}\b(?:door|gate|window)\b[^.!?]{{0,40}}\b(?:jiebei|alipay|ant|the loan|collect\w*|debt)\b"
                 rf"|\b(?:jiebei|alipay|collect\w*)\b[^.!?]{{0,40}}\b{_KNOCKING}\b[^.!?]{{0,12}}\b(?:door|gate)\b"
                 r"|(?:一直|在|使劲|拼命|猛|狂)(?:拍|砸|踹|踢|敲)\S{0,4}门(?!吗)[^？?吗]{0,12}(?:借呗|花呗|催收|要债|讨债)"
                 r"|(?:借呗|花呗|催收|要债|讨债)[^？?吗]{0,12}(?:一直|在|使劲|拼命|猛|狂)(?:拍|砸|踹|踢|敲)\S{0,4}门(?![^。！!]{0,6}(?:吗|？|\?))")
_COLLECTOR = r"(?:催收|催款|讨债|要债|收债|他们|对方|那边|collectors?|agents?|they|he|she)"
_EXPLOIT = regex(rf"{_COLLECTOR}[^。！？!?.]{{0,16}}?(?:卖身|卖淫|陪睡|肉偿|做小姐|出台|"
                 r"把(?:你|我)的?(?:女儿|老婆|媳妇|妹妹|孩子|闺女)\S{0,2}卖|卖(?:了)?(?:你|我)的?(?:女儿|老婆|媳妇|闺女))"
                 rf"|\b{_COLLECTOR}\b[^.!?]{{0,40}}\b(?:sell (?:myself|yourself|my body|your body|my daughter|your daughter)"
                 r"|prostitut\w*|sex work\w*|sleep with (?:him|them|someone|clients))")
_WRITER = regex(r"我|\b(?:me|my|myself|i)\b")
# A demand on the writer or the writer's family anywhere in the message (mend76 after review94: "听说很多女生被要求肉偿，没想到
# 我也被要求肉偿了", "听说催收都这样，他们叫老婆去卖身" had lost the abuse reply to the hearsay beside them): a collector (催收,
# 他们, 对方, a man who added the writer) asking, telling or pressing the writer or a wife, daughter, sister, mother or
# girlfriend in the same clause (他们对我说了同样的话, 对方让女儿去陪睡), the writer or one of them 被 asked, or the one asked
# being the writer (要求卖身的是我). (A clause ends at a space too: normalize() has turned commas into spaces.) Not the writer or a relative only named beside the hearsay ("我妈叫我别碰网贷",
# "老婆问我借呗会不会这样", "是我想多了吗"): the hearsay question keeps its answer.
_KIN = r"(?:老婆|媳妇|女儿|闺女|妹妹|姐姐|妈妈|我妈|老妈|女朋友|女友|未婚妻|太太|妻子|爱人)"
_SOLD = r"(?:卖身|卖淫|陪睡|肉偿|做小姐|出台|陪他|陪他们|睡一晚)"
_DEMAND_ON_WRITER = regex(rf"(?:催收|催款|讨债|要债|他们|对方|那边|那人|男的|自称)[^。！？!?，,\s]{{0,12}}?"
                          rf"(?:让|叫|要|逼|要求|对|跟|和|加|找|给|问|求)(?:我(?!们)|(?:我的?)?{_KIN})"
                          rf"|(?:我|{_KIN})(?:也|竟然|居然|就|都)?被[^。！？!?，,\s]{{0,8}}?{_SOLD}|{_SOLD}\S{{0,3}}是我(?!们)"
                          r"|\b(?:collectors?|agents?|they|he|the guy|the man)\b(?: \w+){0,3}? (?:told|asked|wants?|wanted|makes?|made|forced?"
                          r"|pressured|texted|messaged|said to) (?:me|my (?:wife|daughter|sister|mother|mom|mum|girlfriend|fiancee))\b")
_CHARGE = regex(r"(?:催收|他们|对方|说我|collector)[^。！？!?]{0,16}(?:恶意透支|涉嫌\S{0,6}罪|判\S{0,2}[一二两三四五六七八九十几\d]+年|要判刑)")
_SURRENDER_ASKED = regex(r"(?:要不要|该不该|需不需要|需要|用不用|是不是要|应该|能不能|可以)\S{0,2}(?:去)?自首|自首(?:吗|么|有用|有没有用)"
                         r"|\bshould i (?:turn myself in|surrender)")
_DEMANDED = regex(r"(?:催收|他们|对方|让我|叫我|逼我|要我)[^。！？!?]{0,10}自首|你\S{0,2}自首")  # a collector's "你去自首吧"
_NAMED_ACTION = regex(r"\b(?:can|could|how do|how to|should) i negotiate\b|\bnegotiate\b[^.!?]{0,20}\?|能不能协商|可以协商吗|怎么协商")
_RUN_OFF = regex(r"想跑路|要跑路|准备跑路|跑路算了|\bwant to run away\b|\bthinking of running away\b")
_SELF_SCORN = regex(r"我(?:就|真|真的|简直)?是(?:个|一个)?(?:废物|没用的人|失败者|累赘)|我(?:真的?|好|太)?没用(?=[，。！!,.…\s]|$)|我(?:真的?)?一无是处"
                    r"|\bi(?:'?m| am| m) (?:such |so |just |a total )?(?:worthless|useless|a failure|a loser|loser|a waste)\b"
                    r"|喘不过气|透不过气|\bi can'?t breathe\b|\bcant breathe\b")
# A door question ("借呗催收会不会一直敲门") or someone else at the door (a courier, the landlord, a neighbour, the police):
# no collector's banging told (review91).
_ASKED_OR_OTHERS = regex(r"会不会|会吗|吗|[?？]|快递|房东|邻居|警察|物业|\b(?:will|would|do|does|can) (?:they|collectors?|someone)\b"
                         r"|\b(?:courier|delivery|landlord|neighbou?rs?|police)\b")


def misreads_mended(route: Route, question: str, by_id: Mapping[str, kb.Topic]) -> Route:
    """``route`` with the tester's misreadings mended (module doc); a crisis route unchanged."""
    if CRISIS in route.topics or not question:
        return route
    said = normalize(question)
    if not _LOAN.search(said):
        return route
    # (fig72's "最后一次上网了" → crisis reading was removed by the lead after review91: 12 of 16 everyday wordings — a phone
    # cut off, no signal at a worksite, leaving for the army — got the crisis reply)
    door = _DOOR_EN.search(said) and not _ASKED_OR_OTHERS.search(said)
    # (a demand naming the writer, 让我/叫我妹妹/"sell myself", is told, whatever hearsay is beside it: "听说催收很凶 昨天催收让我肉偿";
    # so is one on the writer or family elsewhere in the message (mend76): hearsay holds only where nobody of theirs is asked)
    exploits = [found.group() for found in _EXPLOIT.finditer(said)]
    exploited = bool(exploits) and (any(_WRITER.search(told) for told in exploits) or bool(_DEMAND_ON_WRITER.search(said))
                                    or not hearsay_only(fold_clause(question)))
    if ABUSE in by_id and ABUSE not in route.topics and (door or exploited):
        return replace(route, topics=(ABUSE,), rule="safety", choices=())
    # (a charge claimed in a message already read as abuse stays abuse: "催收冒充律师…说我涉嫌刑事犯罪")
    if UNCOVERED in by_id and ((route.topics[0] in _MISREAD and _CHARGE.search(said)) or (
            route.topics[0] in _MISREAD | {ABUSE} and _SURRENDER_ASKED.search(said) and not _DEMANDED.search(said))):
        return replace(route, topics=(UNCOVERED,), choices=())
    if NEGOTIATE in by_id and route.topics == (kb.OUT_OF_SCOPE,) and _NAMED_ACTION.search(said):
        return replace(route, topics=(NEGOTIATE,), choices=())
    if DARK in by_id and DARK in route.topics[1:] and _RUN_OFF.search(said):
        return replace(route, topics=(DARK, *(t for t in route.topics if t not in (DARK, "after_repayment"))), choices=())
    if DARK in by_id and route.topics[0] in _MISREAD and _RUN_OFF.search(said):
        return replace(route, topics=(DARK,), choices=())
    if WORRY in by_id and route.topics[0] in _MISREAD and _SELF_SCORN.search(said):
        return replace(route, topics=(WORRY,), choices=(), check_in=True)
    return route

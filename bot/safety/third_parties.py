"""Collection through people outside the loan (fake116, issue 12, docs/safety.md Round 86).

collectors.py's "contact" cue reads a collector reaching the writer's people, and counts it as abuse only with an
aggravation (an insult, a telling, a rate): a call to the emergency contact the borrower listed is lawful. Some
people are outside any list the borrower gave, and reaching them, or using them, is itself the abuse:

- "past": someone from the writer's past, whom no application names (an ex of years ago, a school classmate, a
  landlord or a company left years ago) reached by a collector: "催收找到了我五年前分手的前男友", "they called a classmate
  from middle school". The emergency contact the writer listed is never this ("我把老同学填成了紧急联系人").
- "shouted": a collector raising their voice at someone (a frail relative, the writer): "对着她大吼大叫", "screamed at her".
  A relative or the writer who shouts is no collector: the agent must be named as one.
- "relayed_by": a stranger in the writer's day passing on a message about the debt ("司机说有人让他给我带话",
  "a stranger asked her to pass on that I'd better pay"): the collector shows they know where the writer goes.
- "rough_hands": the debt handed, or a visit sent, to people said to be rough ("转给道上的兄弟，那些人可不会讲道理",
  "hand my debt to some friends who don't talk as nicely", "those people don't hold back"); an agency or a law firm
  named plainly is a lawful outsourcing (contact_family's answer).
- "nicknamed": a demeaning nickname broadcast to the writer's contacts.
- "defamed": a client, an employer or anyone told the writer is dishonest or a cheat.

Whether a match is told (not asked, feared, negated, heard of) is abuse.py's judgement (``discounted``).
"""

from __future__ import annotations

import re
from typing import Callable

from ..patterns import regex

_COLLECTOR = regex(r"催收|催债|讨债|要债|追债|收债|\b(?:collectors?|collection|debt collect\w*|collecting agency)\b")
_AGENT = regex(r"催收|催债|讨债|要债|他们|对方|\b(?:collectors?|collection|agents?|they|them)\b")
_DEBT = regex(r"欠|债|贷|还钱|还款|借呗|花呗|逾期|催收|钱该还|\b(?:debts?|owe\w*|loans?|repay\w*|jiebei|huabei|overdue|pay\w*|collect\w*)\b")
# The contact the borrower listed, in whatever words ("联系人填的是前女友", "I put my ex as the contact"): lawful (F4).
_LISTED = regex(r"紧急联系人|联系人(?:填|写|留)|(?:填|写|留)的?联系人|(?:填|写|留)了?\S{0,6}(?:当|做|作|为|成)?联系人"
                r"|\bemergency contacts?\b|\b(?:put|listed|named|gave|used|added) (?:\w+ ){0,3}as (?:my |the |a )?(?:contact|reference)"
                r"|\bthe (?:contact|reference) i (?:listed|gave|put)\b")
_PAST = regex(
    r"前男友|前女友|前夫|前妻|前任|(?:初中|高中|小学|大学|中学|以前的?|老)同学|(?:以前|之前|原来)的?(?:房东|同事|领导|邻居|公司|单位)"
    r"|前(?:公司|单位|东家|同事|领导|房东)"
    r"|\b(?:my ex|ex (?:boyfriend|girlfriend|husband|wife|partner)|exes)\b|\b(?:old|former|previous) (?:classmate|landlord|colleague|coworker"
    r"|boss|roommate|neighbou?r|company|employer|job)s?\b|\bclassmates? from\b|\b(?:company|job) i left\b")
# ...with the years between told: a tie long ended ("分手都两年了", "from five years ago", "a company i left"). An ex named
# with no lapse may be recent, even the contact the writer listed ("催收打到我前男友那儿去了，他早把我拉黑了": holdout6).
_LAPSE = regex(r"年前|离婚|[0-9一二两三四五六七八九十几多]+年(?:了|没|不)|多年|好几年|分手|离职|辞职|搬走|毕业|没联系|没有联系|不联系|早就不"
               r"|\b(?:years?|broke up|split up|havent (?:spoken|talked)|have not (?:spoken|talked)|left|since school|from (?:middle|high|primary) school)\b")
# A collector reaching someone: the words are read where the reach is told, so that a reach asked about in another
# clause ("…他们会联系他吗") is judged as asked, and a past person named in a clause of their own reads nothing.
_REACHED = regex(r"(?:催收|催债|讨债|要债|他们|对方)\S{0,8}(?:打给|打到|打电话给|打了?电话|找到|找上|联系|发短信给|发消息给)"
                 r"|(?:催收|催债|讨债|要债|他们|对方)给\S{0,14}?(?:打了?电话|发了?短信)|接到\S{0,4}(?:催收|催债|讨债)\S{0,2}的?电话"
                 r"|\b(?:got|get|gets|received|getting|been getting) (?:\w+ ){0,2}(?:calls?|texts?|messages?) from (?:the |some )?(?:debt )?collect\w*\b"
                 r"|\b(?:collectors?|collection|they|agents?|agency)\b (?:\w+ ){0,3}(?:call\w*|rang|phoned|contact\w*|tracked|found"
                 r"|reached|texted|messag\w*)\b")
_SHOUTED = regex(r"大吼|吼叫|吼了|咆哮|大喊大叫|破口大骂|\b(?:screamed|shouted|yelled|screaming|shouting|yelling|bellowed) (?:at|on)\b")
# A message passed to the writer by someone sent ("有人托他转告我", "someone asked him to remind me"), not the writer
# asked to pass one on ("快递员让我转告室友去取件").
_RELAY = regex(r"(?:有人|有个人|一个人|某人|陌生人|不认识的人)\S{0,6}(?:带话|带句话|捎话|捎句话|转告|传话)|(?:给我|跟我|向我)\S{0,2}(?:带话|带句话|捎话|传话)|转告(?:给)?我(?:说|\s|$)"
               r"|\b(?:someone|somebody|a man|a woman|a stranger|some guy|some man|people) (?:had |has )?(?:asked|told|paid|got|wanted|sent) (?:him|her|them|me) to"
               r" (?:remind|tell|pass|give|warn)|\bpass(?:ed)? (?:on|along) (?:a message )?(?:to me|that i)\b")
_STRANGER = regex(r"司机|陌生|不认识|老板|快递|外卖|保安|路人|店员|服务员|\b(?:driver|stranger|shop|courier|delivery|guard|waiter|cashier|dont know|do not know)\b")
# (said of the others the debt goes to, not of the collector: "催收很不讲道理，说明天要上门" is a complaint of manner)
_ROUGH = regex(r"道上的(?:兄弟|人|朋友)|道上混|黑社会|混社会|社会上的|不是打电话那么|(?:那些人|这些人|那帮人|别人|兄弟|朋友|有人)\S{0,6}(?:不讲道理|没轻重|不会?(?:跟你|对你)?(?:这么|那么)?客气|不好惹)"
               r"|\b(?:gangsters?|thugs?|heavies|(?:people|friends|guys|men|others) who (?:dont|do not|wont|will not) (?:\w+ ){0,3}"
               r"(?:talk|play|ask|call|calls|hold back|be nice|as nicely|nicely)|dont hold back|not as nice)\b")
_HANDED = regex(r"转给|卖给|交给|转手|去我家|上门|找你|找我|\b(?:hand\w*|sell\w*|sold|pass\w*|give|transfer\w*|drop by|come (?:by|over|round)|visit)\b")
_NICKNAME = regex(r"外号|绰号|\bnicknames?\b|\bcalling me (?:the|a)\b")
_BROADCAST = regex(r"所有联系人|通讯录|每个人|所有人|群发|\b(?:everyone|all my contacts|all of my contacts|contact list|every contact)\b")
# The nickname sent to the writer's people, not one "everyone calls me" (review119 F8).
_SENT_ALL = regex(r"群发|(?:发|传|告诉|打)\S{0,4}(?:给|到|在)\S{0,8}(?:所有|每个|全部|通讯录|群)|通讯录里?的?(?:所有|每个)"
                  r"|\b(?:sent|sends|texted|messaged|told|broadcast\w*|spread|posted) (?:\w+ ){0,4}(?:to )?(?:everyone|all my contacts"
                  r"|all of my contacts|my contact list|every contact|my contacts)\b")
# The one told is someone other than the writer (review119 F5: "他们说逾期了征信上就显示没信用了" is the record).
_THIRD = regex(r"客户|老板|同事|领导|公司|单位|家人|家里|爸|妈|亲戚|朋友|邻居|供应商|合作|通讯录|所有人|每个人|老婆|老公|对象|同学"
               r"|\b(?:clients?|customers?|boss|colleagues?|coworkers?|supplier|employer|family|friends?|neighbou?rs?|contacts|everyone"
               r"|parents|mother|father|mom|mum|dad|wife|husband|partner|relatives|company|workplace|landlord|classmates)\b")
_TOLD = regex(r"说|告诉|通知|发短信|打电话|打给|\b(?:told|tells|telling|said|says|texted|messaged|called|wrote)\b")
_DEFAMED = regex(r"人品有问题|人品差|不讲信用|不诚信|\b(?:dishonest(?! (?:debtors?|persons?|people|borrowers?|list))|untrustworthy|a cheat|crook|con artist|no integrity)\b")


_PRONOUN = regex(r"\s?(?:他|她|\b(?:him|her)\b)")


def _whom(window_text: str, match: re.Match[str]) -> bool:
    """Whether the one reached is the person from the past: named beside the reach (a few words before or after it),
    or a pronoun right after it
    ("说催收找到他那里去了"); "催收打给我妈 …我和前男友分手三年了" reached the mother, no one from the past."""
    start, end = max(0, match.start() - 20), match.end() + 24
    if not match.group(0).isascii():  # a Chinese clause ends at a space: "催收打给我妈 我和前男友分手三年了" reached the mother
        start = max(start, window_text.rfind(" ", 0, match.start()) + 1)
        end = min(end, len(window_text) if (stop := window_text.find(" ", match.end())) < 0 else stop)
    near = window_text[start:end]
    return _PAST.search(near) is not None or _PRONOUN.match(window_text, match.end()) is not None


_SHOUT_TARGET_ZH = regex(r"(?:对着|冲着|朝着|对|冲|朝|向|被)(\S{1,6}?)$")
_COLLECTOR_WORD = regex(r"催收|催债|讨债|要债|追债|收债|客服|业务员|\b(?:collectors?|collection|agents?|agency|caller)\b")
_THEM = regex(r"^(?:他们|对方|那帮人|那些人)$|^(?:the |that |those )?(?:them|people|guys)\b")
_WRITER_FIRST = regex(r"^(?:我|俺|咱)|^(?:i|we|my|our)\b")
_SHOUTER_ZH = regex(r"(?:催收|催债|讨债|要债|追债|收债|对方)(?:员|人员|的人|们|公司的人|那边|那边的人)?(?:又|还|就|竟然|直接|一直|居然|也|都)?$")
_TARGET_EN = regex(r"\s*((?:the |a |that |this |some |our |my )?\w+(?: \w+)?)")


def _collector_shouts(window_text: str, match: re.Match[str], context: str) -> bool:
    """Whether the shout at ``match`` is the collector's: not one at the collector ("我老公对着催收大吼", "I yelled at
    the collector") nor the writer's side shouting with a collector named elsewhere ("我妈接到催收电话后对着他们大吼";
    review119 F1). A shout with no subject in its clause keeps the one told before ("催收打到我外婆家 对着她大吼")."""
    before = window_text[:match.start()]
    if match.group(0).isascii():
        words = before.split()
        target = _TARGET_EN.match(window_text, match.end())
        whom = target.group(1) if target else ""
        if _COLLECTOR_WORD.search(whom):
            return False
        if _COLLECTOR_WORD.search(" ".join(words[-3:])) or not _WRITER_FIRST.search(before):
            return True
        return not (_THEM.search(whom) or not _COLLECTOR_WORD.search(before))
    clause = before[before.rfind(" ") + 1:]
    aimed = _SHOUT_TARGET_ZH.search(clause)
    whom, lead = (aimed.group(1), clause[:aimed.start()]) if aimed else ("", clause)
    passive = aimed is not None and aimed.group(0).startswith("被")
    if passive:
        return _COLLECTOR_WORD.search(whom) is not None  # "被客户大吼大叫": the one who shouted is named after 被
    if _COLLECTOR_WORD.search(whom):
        return False
    if _SHOUTER_ZH.search(lead):
        return True
    if not _WRITER_FIRST.search(clause):  # no subject of its own: the one before ("我爸接了催收的电话 气得对着他们吼")
        return not (_THEM.search(whom) and _WRITER_FIRST.search(context or before))
    return not (_THEM.search(whom) or not _COLLECTOR_WORD.search(lead))


def _reading(window_text: str, context: str, whole: str) -> list[tuple[str, re.Pattern[str]]]:
    """The readings whose conditions outside the matched words hold in the message (module doc)."""
    readings = []
    if _PAST.search(whole) and _LAPSE.search(whole) and not _LISTED.search(whole):
        readings.append(("past", _REACHED))
    if _COLLECTOR.search(context or window_text):
        readings.append(("shouted", _SHOUTED))  # (the collector must be the one who shouts: _collector_shouts)
    if _STRANGER.search(context or window_text):
        readings.append(("relayed_by", _RELAY))
    if _HANDED.search(whole) and _AGENT.search(whole):
        readings.append(("rough_hands", _ROUGH))
    if _BROADCAST.search(whole) and _AGENT.search(whole) and _SENT_ALL.search(whole):
        readings.append(("nicknamed", _NICKNAME))
    if _AGENT.search(context or window_text) and _TOLD.search(context or window_text) and _THIRD.search(context or window_text):
        readings.append(("defamed", _DEFAMED))
    return readings


def through_others(window_text: str, context: str, whole: str,
                   discounted: Callable[[str, str, re.Match[str], str], bool]) -> list[str]:
    """The names of this module's readings told in a window (module doc); ``context`` is the window with the clause
    before, ``whole`` the folded message, ``discounted`` abuse.py's judgement of a match."""
    whole = whole or context or window_text
    if not _DEBT.search(whole):
        return []
    found = []
    for name, pattern in _reading(window_text, context, whole):
        if any(not discounted(name, window_text, match, context) and (name != "past" or _whom(window_text, match))
               and (name != "shouted" or _collector_shouts(window_text, match, context))
               for match in pattern.finditer(window_text)):
            found.append(name)
    return found


__all__ = ["through_others"]

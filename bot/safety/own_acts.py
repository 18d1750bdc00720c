"""Whether an abuse cue's act is the writer's own (abuse195, issue 12; docs/safety.md Round 108).

The contact, voice and account cues name an act ("texting my friends", "an AI voice", "a personal account") and
abuse.py reads a collector as the one who does it. In English the doer is often the writer, named before the verb
with words between ("I've been texting my friends…", "I spent the evening texting my friends…", "I used an AI voice
app…") or left out at the start of a line ("Just texted all my friends thank you…"), which the cues' look-behinds
("(?<!\\bi )") do not see. Read here, once for every such cue, rather than as one more look-behind per cue:

- **the writer as the nearest subject**: the last subject word before the act in its clause is "i" (or "we"), with
  no collector, third person or object pronoun between ("I begged them to stop texting my friends" is theirs);
- **no subject, a greeting's content**: the clause opens on the act (after "just", "spent the day", "been") and the
  message is thanks or a greeting for an occasion (a birthday, a party, a wedding, the new year), with no collector
  named anywhere in the message;
- **the writer's own account**: "my (own) personal account" with no one quoted before it.

What a collector did to the writer stays theirs whatever the writer did first ("I told my friends the collector
texted them"): the clause's own subject decides, and a collector word between the two ends the writer's reading.
"""

from __future__ import annotations

import re

from ..patterns import regex
from .clauses import split_clauses

# The cues whose act may be the writer's (collectors.py's contact; channels.py's cloned voice under impersonation;
# collectors.py's personal account under fake_legal).
OWN_ACT_CUES = frozenset({"contact", "shaming", "impersonation", "fake_legal", "likeness", "told_about"})
_ACT_NAMED = frozenset({"contact", "shaming"})  # cues whose match may open on the act's own verb ("texting my friends")
# ...which it must, for the writer to be its doer: not "I got a text with my mother's hospital bed number" (the shaming
# cue's bed number, no act of the writer's)
_ACT_VERB_EN = regex(r"(tell|tells|told|telling|posts?|posted|posting|shares?|shared|sharing|publish\w*|print\w*|puts?|send|sends|sent"
                     r"|leak\w*|spread\w*|created|made|started|set|call\w*|rang|rings?|ringing|phon\w*|text\w*|messag\w*|email\w*"
                     r"|contact\w*|visit\w*|added|spamm?\w*)\b")
# Subject words before the act: the writer's, and everyone else's (a collector, a third person, an object pronoun
# that is the doer of a verb after "to": "told them to stop texting").
_SUBJECT_EN = regex(r"\b(i|ive|im|we|weve|they|them|theyve|theyre|theyd|theyll|he|him|hes|hed|she|her|shes|shed"
                    r"|someone|somebody|people|collectors?|collection|agents?|agency|callers?|lender|company|guy|guys|man|men"
                    r"|woman|strangers?|who|which|that)\b")
_PASSIVE_EN = regex(r"\b(was|were|been|being|be|get|gets|got|getting)\s*$")
_WRITER_EN = regex(r"i|ive|im|we|weve")
# A clause that opens on the act, with no subject ("just texted", "spent the evening texting", "been calling").
_OPENS_ON_ACT_EN = regex(r"^\s*((just|also|then|finally|today|tonight|yesterday|been|have been|spent (the|all|my) (\w+ ){0,2}"
                         r"(morning|afternoon|evening|night|day|weekend)|all day)\s+)*$")
# Thanks or greetings for an occasion.
_OCCASION_EN = regex(r"\b(thanks?|thank you|thanking|grateful|happy new year|merry christmas|season.?s greetings|congrat\w*|invit\w*)\b"
                     r".{0,60}\b(birthday|bday|wishes|party|wedding|card|gifts?|presents?|coming|came|new year|christmas|holiday"
                     r"|festival|graduation|baby|congrat\w*)\b"
                     r"|\b(birthday|wedding|party|new year|christmas|graduation)\b.{0,40}\b(thanks?|thank you|wishes|greetings)\b")
_COLLECTOR_EN = regex(r"\b(collectors?|collection|agents?|agency|callers?|lenders?|debt|owe|owing|overdue|loan|jiebei|huabei|alipay"
                      r"|threat\w*|harass\w*)\b")
# A voice the writer made or used ("I used an AI voice app", "I tried a voice cloning tool"), not one the writer heard:
# the making verb follows the writer directly (mend202: not "I got a call using a cloned voice of my daughter", where
# the receiving verb is the writer's and the making one the caller's).
_MADE_EN = regex(r"\s*((just|also|then|once|even|actually|recently|first|already|only|really|have|had|was|am|been|ve|m)\s+)*"
                 r"(used|use|using|tried|try|trying|made|make|making|played|playing|recorded|recording|created|creating"
                 r"|generated|built|downloaded|installed|testing|tested|posted|posting|uploaded|uploading|shared|sharing|filmed|filming)\b")
_MY_ACCOUNT_EN = regex(r"\bmy (own )?(personal|private) (bank )?(account|card)\b")
_QUOTED_EN = regex(r"\b(said|says|saying|told|tells|texted|wrote|demanded|asked|wants?|wanted|insisted)\b")
# Chinese: the writer's own card or account ("转到了自己的另一张银行卡", "我自己的个人账户"), the writer's own voice used.
_MY_ACCOUNT_ZH = regex(r"(我|自己)(自己)?的?(另一张|另外一张|另一个)?(个人|私人)?(银行卡|账户|帐户)")
_OWN_VOICE_ZH = regex(r"我(自己)?(用|拿|试了?|玩了?)")
# Chinese doers before a telling or a posting (mend213): the writer as a subject (not the object of 给/跟/问…: "园长给我
# 打电话" is the head's act), and anyone else who reaches or posts (or a passive 被); the last one before the cue is its
# doer, and the writer's own act is a telling or a posting verb right after them, past only adverbs and a place
# ("我自己打电话给几个老顾客，说我欠了借呗", "我在抖音发了我的视频"; not "我在群里看到发了我的照片").
_DOER_ZH = regex(r"(?P<me>(?<![给跟问诉找叫让知醒和对向被帮替把])我(?:自己|本人|们)?)|(?P<other>有人|有个人|催收|催债|讨债|要债|对方|被"
                 r"|(?<![给跟问诉找叫让知醒和对向被帮替把其])(?:他们|她们|他|她)|那个人|那人|男的|女的|自称|陌生|骗子|网友|博主)")
_OWN_LEAD_ZH = r"(?:自己|亲自|主动|也|就|还|又|只好|今天|昨天|前天|刚刚?|特意|专门|已经|在[^看见到刷收听说\s]{1,6}?)*?"
_OWN_TELLING_ZH = regex(_OWN_LEAD_ZH + r"(?:打|发|告诉|跟|和|对|给|通知|联系|解释|讲|说明|坦白|承认|交代)")
_OWN_POSTING_ZH = regex(_OWN_LEAD_ZH + r"(?:发|上传|传了|拍|录|剪|分享|更新|做了|投稿|直播|po|晒)")
# The writer's own telling in English: the writer reaches or tells ("I rang my clients to tell them…", "I told the
# customers I owe…"), not "I got a call from my client saying I…".
_OWN_TELLING_EN = regex(r"\s*((just|also|then|had to|have to|went and|already|even|finally|personally|myself|ve|have|had)\s+)*"
                        r"(rang|ring|called|call|phoned|texted|messaged|emailed|contacted|told|tell|telling|wrote|warned|explained|said"
                        r"|saying|let)\b")


def _own_in_chinese(name: str, text: str, match: re.Match[str], context: str) -> bool:
    """Whether the writer is the last doer before a telling or likeness cue, by a telling or posting verb (mend213)."""
    lead = context[: len(context) - len(text)] if context.endswith(text) else ""
    before = lead + text[: match.start()]
    doers = list(_DOER_ZH.finditer(before))
    if not doers or doers[-1].group("me") is None:
        return False
    act = _OWN_TELLING_ZH if name == "told_about" else _OWN_POSTING_ZH
    return act.match(before[doers[-1].end():] + match.group(0)) is not None


def own_act(name: str, text: str, match: re.Match[str], context: str) -> bool:
    """Whether the act a cue names in ``text`` (a folded window) is the writer's own (module doc); ``context`` is the
    window with the clause before it (where the collector is often named)."""
    if name not in OWN_ACT_CUES:
        return False
    found = match.group(0)
    before = text[: match.start()]
    if not found.isascii():
        if name in ("told_about", "likeness", "shaming"):
            return _own_in_chinese(name, text, match, context)
        return name == "fake_legal" and _MY_ACCOUNT_ZH.search(text[max(0, match.start() - 12): match.end()]) is not None \
            or name == "impersonation" and _OWN_VOICE_ZH.search(before[-12:]) is not None
    if name == "fake_legal":
        return _MY_ACCOUNT_EN.search(text[max(0, match.start() - 12): match.end()]) is not None \
            and not _QUOTED_EN.search(before)
    subjects = list(_SUBJECT_EN.finditer(before))
    if subjects:
        last = subjects[-1]
        if _PASSIVE_EN.search(before) and not found.split(" ", 1)[0].endswith("ing"):
            return False  # "I was told my boss got a call": someone else's act, the writer its object
        return _WRITER_EN.fullmatch(last.group(0)) is not None and (
            name == "told_about" and _OWN_TELLING_EN.match(before[last.end():] + found) is not None
            or name in _ACT_NAMED and _ACT_VERB_EN.match(found) is not None or _MADE_EN.match(before[last.end():]) is not None)
    return (name == "contact" and _OPENS_ON_ACT_EN.match(before) is not None and _OCCASION_EN.search(text) is not None
            and not _COLLECTOR_EN.search(context))


def thanks_for_occasion(message: str) -> bool:
    """Whether a message is nothing but thanks or greetings for an occasion, in English ("texting my friends thank you
    for the birthday wishes"): net.py's floors of the learned readers, which lean on thanking everyone as on a
    farewell, do not count there: the lexicon's weak cues hold "birthday" and "day" themselves, so a farewell's own
    words (a last or final thanks, sorry, forever, goodbye, everything) are what keep them counting. The thanks must
    be the whole message (mend202): one clause, with at most a texting lead before it and a word of filler after it;
    any further sentence or clause ("Thanks for the birthday wishes. Tonight I will finally have peace.") keeps every
    floor."""
    clauses = split_clauses(message)
    if len(clauses) != 1:
        return False
    text = clauses[0].text
    found = _OCCASION_EN.search(text)
    return found is not None and _FAREWELL_EN.search(text) is None and _LEAD_EN.fullmatch(text[: found.start()]) is not None \
        and _TAIL_EN.fullmatch(text[found.end():]) is not None


# What may stand before and after an occasion's thanks in a message that is nothing else (mend202): a greeting or the
# writer's own texting ("just texted my sister", "ive been texting all my friends"), and filler ("so much", "again").
_LEAD_EN = regex(r"\s*((hi|hey|hello|dear) (\w+ )?)?((just|also|finally|i|ive|i have|been|spent the \w+)\s+)*"
                 r"((text|messag|email|wrote|writ|sen[dt]|post|repl|call|ring|rang)\w*( back)?( to)?( (all|each|every))?( (of )?(my|our|the))?"
                 r"( \w+){0,2}\s+)?")
_TAIL_EN = regex(r"(\s+(so|very|much|a lot|lots|again|guys|all|today|tonight|yesterday|last night|this (morning|evening|week)"
                 r"|day|night|evening|morning|week|x+|xo+|lol|haha|mate|mates|folks|friends|family))*\s*")
_FAREWELL_EN = regex(r"\b(goodbye|bye|farewell|last|final|forever|never|sorry|everything|everyone|gone|leav\w*|miss\w*|burden"
                     r"|better off|tired|exhausted|done|end\w*|die|died|dead|death|kill\w*|suicid\w*|pills?|jump\w*|anymore"
                     r"|no more|take care|remember me|all of you)\b")


__all__ = ["OWN_ACT_CUES", "own_act", "thanks_for_occasion"]

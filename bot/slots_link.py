"""Whether a duration is governed by the overdue link (bot.slots_days, fig72).

A message that says the loan is late may carry other lengths of time: "借呗逾期 我已经三天没睡觉了",
"五天没吃饭了", "公司拖欠我三个月工资", "我哭了三天了", "i haven't eaten for 3 days". Echoing those as
"你提到逾期三天" puts words in the borrower's mouth (user70 #5). A duration is the time overdue only
where the lateness governs it:

- a late word just before it, with nothing but filler between (逾期3天, 逾期了快三个月, 晚了一周,
  "overdue for about 3 months", "haven't paid jiebei for 3 months");
- a late word just after it (借呗三个月没还, 三个月了还没还, "3 months behind", "2 weeks late");
- or a bare clause of a late message ("借呗逾期了，已经三个月了", "it's been 2 months").

And never where another predicate takes it: a negated verb other than repaying right after (三天没睡觉,
两个月没发工资), a verb of its own with 了 right before (哭了三天, 等了三天), or a noun it measures
(三个月工资, 三天时间).
"""

from __future__ import annotations

import re

from .cues import OVERDUE
from .patterns import regex

# Words that may sit between the late word and its duration, or fill a bare clause: adverbs of time and
# degree, particles, the writer, the product, an amount. (No verb: a verb there takes the duration.)
_ZH_FILLER = (r"(?:\s|了|过|已经|已|都|快要|快|将近|差不多|大概|大约|约|有|足足|整整|总共|一共|到现在|到今天|至今|现在|目前|"
              r"今天|要是|如果|假如|万一|那要是|那|经过|持续|才|刚刚|刚|只|就|也|又|的话|的时间|的天数|时间|天数|是|第|的|后|不到|没到|未满|满|达到|已逾|逾|好|我的|我|"
              r"借呗|花呗|借唄|网贷|贷款|欠款|还款|换款|还钱|还账|款|钱|账|啦|呢|吧|啊|呀|嘛|吗|算下来|算起来|左右|上下|多|近|超过|几乎|一直|连续|"
              r"[\d０-９.,，*零〇一二两三四五六七八九十百千万]+(?:元|块钱|块|万|千|w|k|到)多?|[,，:：~～-])")
_EN_FILLER = (r"(?:\s|[,:~-]|i|i'm|im|i've|ive|am|is|are|was|been|have|has|it|it's|its|now|already|about|around|"
              r"almost|nearly|over|more|than|roughly|approximately|close|to|at|least|for|by|on|with|my|the|a|"
              r"jiebei|huabei|loan|payments?|repayments?|debt|of|past|last|like|just|only|so|far|since|approx|"
              r"total|in|currently|straight|own|his|her|their|our|due|date|pay|paying|repay|to|anything|fees?|ant|"
              r"credit|card|bill|what|if|were|then|say|suppose|and|meant|mean|actually|sorry|oops|wait|no|rather|make|that|said"
              r"|liao|lah|la|le|alr|oredi|already)")  # (Singlish particles: "overdue liao 2 week")
_GAP_MAX = 40
_WINDOW = 64
_ZH_GAP = regex(rf"^{_ZH_FILLER}*$")
_EN_GAP = regex(rf"^(?:{_EN_FILLER}\b|\s|[,:~-])*$", re.IGNORECASE)
# A late word right after the duration (after filler): 三个月没还, 三个月了还没还, 两周都没还上.
_ZH_LATE_AFTER = regex(r"^(?:了|都|也|还|一直|多|左右|的时间)*\s*(?:没有?|未|不)(?:能|按时)?还|^(?:了|多|左右)?\s*的?(?:逾期|晚还|拖欠|没还|未还)")
_EN_LATE_AFTER = regex(r"^\s*(?:now\s+|already\s+)?(?:overdue|late|behind|past due|unpaid|in arrears|delinquent|"
                       r"without (?:paying|payment|repaying))\b", re.IGNORECASE)
# Another predicate that takes the duration: a negated verb other than repaying after it (三天没睡觉,
# 两个月没发工资, 一个星期没出门); a noun it measures (三个月工资, 三天时间); a verb of its own with
# 了/过 right before (哭了三天, 等了三天, 找工作找了三个月), where only a late verb keeps it (逾期了三天,
# 拖了两个月, 晚了一周, 欠了一个月, 过了三天).
_ZH_NEG_OTHER = regex(r"^(?:了|都|也|还|一直|多|左右|三夜|两夜)*\s*(?:没有?|沒有?|未|不)(?!还|還|有还|能还|按时还)")
_ZH_NOUN_AFTER = regex(r"^(?:的)?(?:工资|薪水|薪资|薪酬|工钱|房租|租金|生活费|时间(?!了|$))")
_ZH_VERB_LE = regex(r"([\u4e00-\u9fff])(?:了|过)(?:已经|都|快|整整|足足|将近|差不多|大概|有)?\s*$")
_ZH_TIGHT = regex(r"^(?:了|过|已经|都|快要|快|将近|差不多|大概|大约|约|有|整整|足足|超过|近|达|不到|没到|未满)*$")
_ZH_LATE_BEFORE = regex(r"晚|迟|超(?!市)")
# 晚还款了三天; 逾期已经过八天, 逾期持续了三个月: time passing while late, not another deed
_LATE_REPAID = regex(r"(?:晚|迟|逾期|拖)(?:还款|还钱|还账|还)$|(?:已经|经|持续|延续|都)$")
_ZH_VERB_AFTER = regex(r"^(?!左右|上下|多|半|没还|未还|逾期)[\u4e00-\u9fff]{1,2}了")
# English: a verb other than a late or paying one just before "for/in" (eaten for 3 days, slept in 2
# weeks, crying for 3 days), or "without food/sleep" after.
_EN_OTHER_AFTER = regex(r"^\s*(?:straight\s+)?(?:without|with no|no)\s+(?!paying|payment|repaying)", re.IGNORECASE)


def linked(clause: str, start: int, end: int, english: bool) -> bool:
    """Whether the duration at clause[start:end] is time overdue by the link (module doc)."""
    # (a window: a late word further off than the filler cap links nothing, and a long pasted clause is
    # not rescanned from its start for each of its durations)
    before, after = clause[max(0, start - _WINDOW):start], clause[end:end + _WINDOW]
    if english:
        return _linked_en(before, after)
    if _ZH_NOUN_AFTER.match(after) or (_ZH_NEG_OTHER.match(after) and not _tight(before)):
        return False
    verb = _ZH_VERB_LE.search(before)
    if verb and not (verb.group(1) == "过" or _late_word_at(before, verb.start(1)) or _LATE_REPAID.search(before[:verb.end(1)])):
        return False  # 哭了三天, 等了三天; 逾期了三天, 晚还了7天, 晚了一周, 拖了两个月 keep theirs
    if _ZH_LATE_AFTER.match(after):
        return True
    if _ZH_VERB_AFTER.match(after) and not _tight(before):
        return False  # 借呗逾期 我一个月瘦了十斤
    cues = _late_words(before)
    gap = before[cues[-1].end():] if cues else before
    return _filler(_ZH_GAP, gap) and (bool(cues) or _bare_after(after))


def _filler(pattern: re.Pattern[str], text: str) -> bool:
    """Whether text is all filler; a filler gap is short, and the cap keeps the overlapping
    alternatives (我的 / 我 + 的) from backtracking over a long pasted text."""
    return len(text) <= _GAP_MAX and pattern.match(text) is not None


def _late_words(before: str) -> list[re.Match[str]]:
    """The late words before a duration: bot.cues.OVERDUE and the bare 晚/迟/超 (晚一天还款, 超一天)."""
    return sorted([*OVERDUE.finditer(before), *_ZH_LATE_BEFORE.finditer(before)], key=lambda m: m.end())


def _late_word_at(before: str, at: int) -> bool:
    """Whether the character at ``at`` belongs to a late word (the 晚 of 晚了, the 期 of 逾期)."""
    return any(cue.start() <= at < cue.end() for cue in _late_words(before))


def _tight(before: str) -> bool:
    """Whether a late word sits right before the duration (逾期三天, 逾期已经快三个月): the late word
    then governs it whatever follows ("逾期三天没上征信吧")."""
    cues = _late_words(before)
    return bool(cues) and bool(_ZH_TIGHT.match(before[cues[-1].end():]))


def _bare_after(after: str) -> bool:
    """Whether what follows the duration of a clause with no late word is filler ("已经三个月了")."""
    return _filler(_ZH_GAP, after) or _filler(_EN_GAP, after)


def _linked_en(before: str, after: str) -> bool:
    if _EN_OTHER_AFTER.match(after):
        return False
    if _EN_LATE_AFTER.match(after):
        return True
    cues = list(OVERDUE.finditer(before))
    gap = before[cues[-1].end():] if cues else before
    return _filler(_EN_GAP, gap) and (bool(cues) or _filler(_EN_GAP, after))

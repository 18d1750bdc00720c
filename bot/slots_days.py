"""Days overdue as a borrower states them (bot.slots.extract_slots): a duration in a clause that
speaks of being late, never a loan's term, a time in the past, a price's unit or another event's
length ("借呗分12个月还，现在逾期了" gives no days: 12个月 is the loan's term)."""

from __future__ import annotations

import re

from .amounts import NUMBER_CHAR
from .cues import OVERDUE
from .figures import rumoured_lines
from .numbers import EN_NUMBERS, parse_number
from .patterns import has_latin, regex
from .slot import Slot, inside, told_of_someone_else
from .slots_link import linked
from .slots_other import other_length
from .slots_words import _DAYS_PER

_NUM = r"(?:\d+(?:\.\d+)?|[零〇一二两俩三四五六七八九十百千几]+|\*{2,}|半)"
_ZH_APPROX_BEFORE = r"(?:已经快|快要|快|约|大约|大概|差不多|将近|接近|近|几乎|超过|至少|大(?=半))"  # 大半年: most of a year
_ZH_DAYS_RE = regex(
    rf"({_ZH_APPROX_BEFORE})?({_NUM})(多)?(个多|个半|个)?(天|日|周|星期|礼拜|月|年)(多(?!少)|半|左右|上下)?")
_EN_NUM = r"(?:\d+(?:\.\d+)?|\*{2,}|a few|(?<=past )few|(?<=last )few|several|half a|an?|" + "|".join(
    sorted((k for k in EN_NUMBERS if " " not in k and k not in ("a", "an")), key=len, reverse=True)) + ")"
_EN_APPROX_BEFORE = r"(?:about|around|almost|nearly|over|more than|roughly|approximately|close to|at least)"
# (compared with a match's pattern by ==, never by identity: a guarded pattern's name stays its stand-in,
# which equals the real pattern: bot.patterns_guard)
_EN_DAYS_RE = regex(rf"(?:\b({_EN_APPROX_BEFORE})\s+)?\b({_EN_NUM})[\s-]*(day|week|month|year)s?\b")
# What follows a duration that is a loan's term, a point in the past or a deadline (三天内不还就…),
# not time overdue.
_TERM_AFTER = regex(r"^(?:期(?!限)|前|以前|之前|(?:之|以)?内(?!容|心)|还清|还完|的(?:贷款|借款|分期|借呗|花呗)|分期|"
                         r"\s*(?:ago|loan|term|plan|instal|contract|before|back))")
_TERM_BEFORE = regex(r"(?:分|分期|借了?|贷了?|期限|周期|用了|办了|(?:borrowed|took out|took|term of|for a)\s*)$")
_NOT_A_MONTH = regex(r"^(?:份|初|底|中|末|号|日|开始|起(?!诉)|以来|至今)")  # 三月份, 五月底, 从六月开始: a month of the year (truth4)
# An age ("i am 70 years old", "a 70-year-old", "aged 70 years"): how long the writer has lived,
# not time overdue (cls13: it was echoed as "70 years overdue").
_AGE_AFTER = regex(r"^\s*-?\s*old\b|^\s+of age\b")
_AGE_BEFORE = regex(r"\baged?\s*$")
# What comes just before a duration that is not time overdue: another event's length (失业半年,
# "unemployed for 6 months"), how long a record is kept (保留5年), or a time still to come (过几天,
# 还有三天, "in 3 days"). Echoing those as days overdue would put words in the borrower's mouth.
_OTHER_TIME_BEFORE = regex(
    r"(?:失业|下岗|离职|辞职|被裁|裁员|住院|生病|病了|没(?:有)?(?:工作|上班|收入)|(?:工资|收入|生意|工作)\S{0,2}(?:停|断|没发|欠|拖)(?:发)?|欠薪|拖欠工资|上班|打工|毕业|结婚|离婚|"
    r"怀孕|坐月子|出国|回国|创业|做生意|开店|开了店|开公司|开厂|办厂|经营|保留|保存|留存|消除|删除|清除|恢复|修复|影响|(?<!逾期)(?<!逾期已经)持续|"
    r"跑外卖|送外卖|送快递|跑滴滴|开滴滴|跑网约车|开网约车|开出租|摆摊|当兵|"
    r"(?:unemployed|jobless|out of work|laid off|sick|ill|in hospital|working|worked|kept|stays?|lasts?"
    # a business's or a job's years ("I ran a shop for 3 years"; cls12)
    r"|(?:ran|run|running|owned|opened|operated|had) (?:a |an |my |the |our )?(?:small |little )?(?:shop|store|business|restaurant|stall|company|factory)"
    r"|(?:drove|driven|driving) (?:a |my |the )?(?:taxi|cab|car|truck|didi))\s+for)"
    r"\s*(?:了|会|要|能|大概|大约|约)?\s*$|(?:(?<![了期拖欠经都快])(?<!已经)过|再过|还有|\b(?:in|within|next))\s*$")
# A unit priced rather than lived: 一天多少钱, 一个月罚多少, "how much interest a day". The borrower
# asks what a day costs; saying back "you are a day overdue" would claim what they never said.
# ("逾期3天多少罚息" keeps its 3 days: a number of days, not a unit.)
_PRICE_AFTER = regex(r"^\s*(?:要|收|罚|扣|得)?\s*(?:多少|几块|几毛)")
_ONE = ("一", "1")
# 这两天, 这几天, 前两天, 近几天, 这一两天, 这两三天: "lately", a time word, not a count of days overdue
# (ans56: "这两天借呗逾期了会怎样" was echoed as "你提到逾期两天"); "逾期两天了" keeps its two days.
_LATELY_BEFORE = regex(r"(?:这|前|近|最近|这最近)$")
_LATELY_OPENING = regex(r"^\s*(?:借呗|花呗|网贷|我)?(?:最)?$")
_LATELY_NUMBERS = frozenset({"两", "几", "一两", "两三", "三两", "俩"})
_EN_LASTED = regex(r"\b(?:overdue|late|behind|in arrears|unpaid|defaulted)\b[^.,;!?]{0,30}\b(?:for|over|during|in)\b(?: the)?(?: past| last)?\s*$")
_EN_PRICE_BEFORE = regex(r"\b(?:how much|interest|fees?|charges?|penalty|cost)\b|\b(?:pay|paying|repay|afford|earn|make)\b.{0,16}\d\s*(?:k|yuan|rmb|kuai)?\s*$")
_CLAUSE_RE = regex(r"[，。！!？?；;\n]|,(?!\d)|(?<!\d),|(?<!\d)\.(?!\d)|\s+(?:and|but|so|because|while)\s+")
# A range of two numerals written with a comma or 、 between them (逾期两，三天 / 两、三天 / 3，4个月; issue 12, review91):
# the comma is not a clause's end there. Read as 到 (两到三天: the upper bound, as 两三天 is read), one character for
# one, so every position in the message stays where it was.
_RANGE_MARK = regex(r"(?<=[一二两三四五六七八九\d])[，,、](?=[二三四五六七八九十\d]+(?:个)?(?:多)?(?:天|日|周|星期|礼拜|月|年))")
_LOAN_WORDS = regex(r"借|贷|分期|期限|borrow|loan|took")
_PRODUCT_WORDS = regex(r"借呗|花呗|微粒贷|白条|金条|网贷|贷款app|jiebei|huabei|weilidai")


def find_days(text: str) -> Slot | None:
    """Time overdue: a duration in a clause that speaks of being late, or in a bare clause
    ("已经三个月了") of a message that does; never a loan's term or a time in the past."""
    if not _has_cue(text) or (NUMBER_CHAR.search(text) is None and not has_latin(text)):
        return None  # (a Chinese duration needs a number, an English one Latin letters: speed only)
    # A duration inside a rumoured line (是不是逾期超过90天就一定会被起诉, "after 90 days overdue, will
    # they always sue?") is a rule asked about, not the borrower's own (bot.figures reads those lines).
    text = _RANGE_MARK.sub("到", text)
    rumours = rumoured_lines(text)
    clauses = [(at, clause, _has_cue(clause)) for at, clause in _clauses(text)]
    # A clause that says "late" first: in "paid fine for a year, then… I'm 70 days late" the
    # year is how long things went well, the 70 days are the time overdue.
    for at, clause, cue in sorted(clauses, key=lambda item: not item[2]):
        if not cue and _LOAN_WORDS.search(_PRODUCT_WORDS.sub(" ", clause)):
            continue
        for match in _duration_matches(clause):
            if (_is_term(clause, match) or (not cue and match.group(0).endswith("日")) or _asked(clause, match)
                    or inside(at + match.start(), rumours)
                    or not linked(clause, match.start(), match.end(), match.re == _EN_DAYS_RE)):
                continue
            slot = _days_slot(match)
            if slot is not None:
                return slot
    return None


def _clauses(text: str) -> list[tuple[int, str]]:
    """The clauses of a message (split at _CLAUSE_RE), each with where it starts."""
    found, start = [], 0
    for separator in _CLAUSE_RE.finditer(text):
        found.append((start, text[start:separator.start()]))
        start = separator.end()
    return [*found, (start, text[start:])]


def _asked(clause: str, match: re.Match[str]) -> bool:
    """Whether a bare 几 duration is asked about, not stated: 逾期几天会上征信 asks how many days;
    已经逾期几天了 says a few."""
    if match.re != _ZH_DAYS_RE or match.group(2) != "几":
        return False
    return not (clause[match.end():].startswith("了") or clause[: match.start()].rstrip().endswith(("已经", "都", "才")))


def _has_cue(text: str) -> bool:
    return OVERDUE.search(text) is not None


def _duration_matches(clause: str) -> list[re.Match[str]]:
    matches = list(_ZH_DAYS_RE.finditer(clause)) + list(_EN_DAYS_RE.finditer(clause))
    return sorted(matches, key=lambda m: m.start())


# A duration between a verb and what was done for that long ("开了三年店", "做了五年生意", "上了三年班"):
# the years of a shop or a job, not time overdue (cls12).
_DID_BEFORE = regex(r"(?:开|干|做|跑|上|打|读|当|送|摆|经营)(?:了|过)\s*$")
_ACTIVITY_AFTER = regex(r"^(?:多|半)?(?:的)?(?:店|生意|买卖|外卖|快递|班|工|滴滴|网约车|出租|车|厂|学|书|兵|摊|公司)")


# "一天/一周 + a verb of doing" is how often something is done (review28: "医生让我一天吃两板药" was
# echoed as a day overdue); "逾期一天" right before it is still the time overdue.
_RATE_AFTER = regex(r"^\s*(?:要|得|能|就|只|都)?(?:吃|打|跑|做|干|上|送|工作|睡|喝|赚|挣|花|接|写)")
_OVERDUE_JUST_BEFORE = regex(r"(?:逾期|晚了|迟了|超期|拖了)\s*$")


def _is_term(clause: str, match: re.Match[str]) -> bool:
    """Whether a duration is a loan term ("分12个月", "一年期"), a time ago ("两年前"), the unit
    of a price ("一天多少钱") or another time (失业半年, 保留5年, 过几天): anything but the time
    the borrower is overdue."""
    before, after = clause[: match.start()], clause[match.end():]
    if match.re == _ZH_DAYS_RE and match.group(5) == "天" and match.group(2) in _LATELY_NUMBERS and not (match.group(3) or match.group(6)):
        # (近 is read as "about" by _ZH_DAYS_RE: "近两天" opening the clause is lately, "逾期近两天" about two days)
        if (not match.group(1) and _LATELY_BEFORE.search(before)) or (match.group(1) == "近" and _LATELY_OPENING.search(before)):
            return True
    if match.re == _EN_DAYS_RE and match.group(2).lower() == "few" and not (
            match.group(3).lower() == "day" and _EN_LASTED.search(before)):
        # "these past few days" alone is lately, as 这几天; "overdue for the past few days" lasted (ans61); "in hospital
        # for the past few months" or "jobless for the past few weeks" is another time (mend71, review82 #7)
        return True
    if _TERM_BEFORE.search(before[-6:]) or _TERM_AFTER.match(after):
        return True
    if _OTHER_TIME_BEFORE.search(before[-20:]) or told_of_someone_else(before):
        return True
    if other_length(before, after, match.re == _EN_DAYS_RE):  # 拘留十五天, 5年后会消除: truth1 #3
        return True
    if _DID_BEFORE.search(before[-4:]) and _ACTIVITY_AFTER.match(after):
        return True
    if match.re == _EN_DAYS_RE and (_AGE_AFTER.match(after) or _AGE_BEFORE.search(before[-8:])):
        return True
    if _is_price(before, after, match):
        return True
    if match.re == _ZH_DAYS_RE and match.group(2) in _ONE and _RATE_AFTER.match(after) and not _OVERDUE_JUST_BEFORE.search(before):
        return True  # a rate of doing ("一天吃两板药", "一天打两份工"), not a day overdue
    zh_unit = match.re == _ZH_DAYS_RE and match.group(5) == "月" and not match.group(4)
    return bool(zh_unit and _NOT_A_MONTH.match(after))


def _is_price(before: str, after: str, match: re.Match[str]) -> bool:
    """Whether a duration is the unit of a price ("一天多少钱", "how much interest a day")."""
    if match.re == _EN_DAYS_RE:  # the price word just before: "the fees pile up, I'm a month late" is lived
        return match.group(2).lower() in ("a", "an", "one") and bool(_EN_PRICE_BEFORE.search(before[-24:]))
    return match.group(2) in _ONE and match.group(4) != "个半" and bool(_PRICE_AFTER.match(after))


def _days_slot(match: re.Match[str]) -> Slot | None:
    span = match.group(0).strip()
    if match.re == _EN_DAYS_RE:
        few = match.group(2).lower() == "few"  # ("the past few days": said back as "a few days")
        value = parse_number("a few" if few else match.group(2))
        span = "a " + span if few else span
        return Slot("days", None if value is None else round(value * _DAYS_PER[match.group(3)]), span)
    _, number, _, measure, unit, tail = match.groups()
    value = parse_number(number)
    if value is None:
        return Slot("days", None, span)
    if measure == "个半" or tail == "半":
        value += 0.5
    if unit == "年" and value == 0.5:
        return Slot("days", 180, span)  # 半年 means six months
    return Slot("days", round(value * _DAYS_PER["个月" if unit == "月" else unit]), span)

"""Details a borrower states in a message: days overdue, amount owed, which product, and the
specific fear (``concern``, see bot/concerns.py).

Each detail keeps its normalised value and the text it came from. The corpus masks numbers as
``***``: such a detail is marked as given, with no value. Days overdue are read only where the
message speaks of being late ("借呗分12个月还，现在逾期了" gives no days: 12个月 is the loan's term).
"""

from __future__ import annotations

import re
from .records import dataclass
from typing import Any

from .concerns import find_concern
from .relatives import MINE_TO_PAY, OWN_LOAN, RELATIVE_SUED, RELATIVES_LOAN
from .cues import OVERDUE
from .amount_roles import the_debt
from .amounts import CLAIMED_BEFORE, EN_AMOUNT_RE as _EN_AMOUNT_RE, NUMBER_CHAR, ZH_AMOUNT_RES as _ZH_AMOUNT_RES
from .figures import rumoured_lines
from .slots_other import other_length
from .numbers import CN_DIGITS, EN_NUMBERS, parse_chinese_number, parse_number, scaled
from .patterns import has_latin, regex
from .products import ALIPAY_PRODUCTS, PRODUCT_NAMES, product_in_question
from .text import normalize, simplified

# Re-exported: callers import them from here.
from .slots_words import _DAYS_PER, describe_amount as describe_amount, describe_days as describe_days
from .slots_words import is_approximate as is_approximate

_NUM = r"(?:\d+(?:\.\d+)?|[零〇一二两俩三四五六七八九十百千几]+|\*{2,}|半)"
_ZH_APPROX_BEFORE = r"(?:已经快|快要|快|约|大约|大概|差不多|将近|接近|近|几乎|超过|至少)"
_ZH_DAYS_RE = regex(
    rf"({_ZH_APPROX_BEFORE})?({_NUM})(多)?(个多|个半|个)?(天|日|周|星期|礼拜|月|年)(多(?!少)|半|左右|上下)?")
_EN_NUM = r"(?:\d+(?:\.\d+)?|\*{2,}|a few|several|half a|an?|" + "|".join(
    sorted((k for k in EN_NUMBERS if " " not in k and k not in ("a", "an")), key=len, reverse=True)) + ")"
_EN_APPROX_BEFORE = r"(?:about|around|almost|nearly|over|more than|roughly|approximately|close to|at least)"
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
# Someone else's case ("我朋友逾期3个月就被起诉了，我会吗", "同事欠了5万"): not the borrower's days
# or debt (review22). (Not money borrowed from them: "借朋友3万" is the borrower's own.)
_OTHERS_CASE = regex(r"(?<![借向跟找问还欠和与及])(?:朋友|同事|别人|他人|有人|网友|亲戚|同学|邻居|室友|(?<!其)他|她)(?:的)?\s*"
                     r"(?:也|都|已经|才|只|之前|以前)?\s*(?:(?:借呗|花呗|网贷)\s*)?(?:逾期|欠(?:款|了)?|拖(?:了)?)?\s*(?:了)?\s*$")
# A unit priced rather than lived: 一天多少钱, 一个月罚多少, "how much interest a day". The borrower
# asks what a day costs; saying back "you are a day overdue" would claim what they never said.
# ("逾期3天多少罚息" keeps its 3 days: a number of days, not a unit.)
_PRICE_AFTER = regex(r"^\s*(?:要|收|罚|扣|得)?\s*(?:多少|几块|几毛)")
_ONE = ("一", "1")
_EN_PRICE_BEFORE = regex(r"\b(?:how much|interest|fees?|charges?|penalty|cost)\b|\b(?:pay|paying|repay|afford|earn|make)\b.{0,16}\d\s*(?:k|yuan|rmb|kuai)?\s*$")
_CLAUSE_RE = regex(r"[，。！!？?；;\n]|,(?!\d)|(?<!\d),|(?<!\d)\.(?!\d)|\s+(?:and|but|so|because|while)\s+")
_LOAN_WORDS = regex(r"借|贷|分期|期限|borrow|loan|took")
_PRODUCT_WORDS = regex(r"借呗|花呗|微粒贷|白条|金条|网贷|贷款app|jiebei|huabei|weilidai")

# Money that is not the sum owed: a fee, a wage, a limit, a monthly instalment, a penalty so far
# (收费两千, 工资三千, 额度5万, 每月还两千, 罚息两千多), money already paid or asked to be
# transferred (还了五千, 让我先转五千块到私人账户), money in hand (手里只有两千, 卡里还剩五百: review41).
# "你提到欠款2000元" would misquote them. ("还剩两千没还" is the debt: a holding must be named.)
_NOT_OWED_BEFORE = regex(r"(?:(?:手里|手上|手头|身上|卡里|卡上|账上|兜里|口袋里|存款|积蓄|余额)(?:只|就|才|还|总共|一共)?(?:有|剩下?)?|收费|亏(?:了|掉了?|进去了?)?|亏损了?|赔(?:了|掉了?|进去了?)|损失了?|\b(?:lost|losing|spent|invested)\b|(?<!催)收了?|(?<!欠)费用?|押金|工资|月薪|薪水|收入|赚|挣|利息|罚息|违约金|滞纳金|额度|月供|"
                         r"每(?:个)?月(?:要)?还|每期(?:要)?还|(?:先|再|只|能|想|打算|准备)还|(?:还了|已还|还过)(?:借呗|花呗|微粒贷|白条|网贷|信用卡)?|转了?|转账|汇了?|交了?|付了?|给了|打了)"
                         r"\s*(?:是|有|要|才|就|大概|大约|约)?\s*$")
# A sum put towards a repayment ("每个月从工资里拿一千还借呗"): a payment, not the debt (不 and 没:
# "欠一千还不上" is the debt).
_REPAID_AFTER = regex(r"\s*(?:元|块钱|块)?\s*(?:来|去|用来)?还(?!不|没|款日|有|是|要|欠|剩|差)")
# "I pay 1000 a month", "I can only pay 500 yuan a month": an instalment, not the debt (review22).
_EN_PER_PERIOD_AFTER = regex(r"\s*(?:a|per|each|every)\s+(?:month|week|day|year)\b|\s*monthly\b")
# ...and money lost or spent ("my business lost 200k"): a loss, not the debt (cls12).
_EN_PAID_BEFORE = regex(r"\b(?:pay|paying|paid|repay|repaid|afford|earn|earning|make|making|lost|lose|losing|spent|invested)\s+"
                        r"(?:only\s+|just\s+|about\s+|around\s+|over\s+|more than\s+)?$")
_PAID_BEFORE = regex(r"(?:拿|用|凑|掏|省)(?:了|出|下)?\s*$")
_MIN_BARE_AMOUNT = 100  # "欠8000" is money; "欠了3" is not a sum anyone owes


@dataclass(frozen=True)
class Slot:
    """One understood detail: ``value`` is normalised (days as an int, yuan as a number, product id),
    or None when the number was masked; ``text`` is the span of the message it came from."""

    name: str
    value: Any
    text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"name": self.name, "value": self.value, "text": self.text}


# A run of 16 or more numerals (a card number, a key held down) is no amount or days the
# borrower could owe, and each pattern below would rescan it from every position: "逾期" + "1" *
# 2000 took 0.9 s (probe13). Its first 16 keep it "a number too large" (given, without a value).
_NUMBER_RUN = regex(r"(?:[0-9零〇一二两三四五六七八九十百千万亿][,.，、 ]?){16,}")
_LONG_ENOUGH = 16


def _first_digits(match: re.Match[str]) -> str:
    return match.group(0)[:_LONG_ENOUGH]


def extract_slots(message: str) -> dict[str, Slot]:
    """Find days overdue, amount, product and the borrower's specific fear in a message; absent
    details are simply missing."""
    text = simplified(message)
    if len(text) > _LONG_ENOUGH and _NUMBER_RUN.search(text):
        text = _NUMBER_RUN.sub(_first_digits, text)  # still "a number too large", scanned in linear time
    found: dict[str, Slot] = {}
    for slot in (_find_product(text), _find_days(text), _find_amount(text), _find_concern(text)):
        if slot is not None:
            found[slot.name] = slot
    return found


def _find_concern(text: str) -> Slot | None:
    concern = find_concern(text)
    if concern is None and (relatives := RELATIVES_LOAN.search(text) or RELATIVE_SUED.search(text)) \
            and MINE_TO_PAY.search(text) and not OWN_LOAN.search(text):
        # "我妈妈借呗逾期了，要我还吗": a relative's loan, told by the family, and whether the writer
        # must pay asked (bot.relatives; cls13). Stated alone, or beside the writer's own late loan,
        # it is no fear of the writer's: the topic's own lead stands (review29 #3, #8). A relative
        # already sued ("我妈被起诉了，是她自己的借呗，我要还吗") asks the same (review46 #4).
        return Slot("concern", "family_liability", relatives.group(0))
    return Slot("concern", concern[0], concern[1]) if concern else None


def _find_product(text: str) -> Slot | None:
    found = product_in_question(normalize(text))
    return Slot("product", *found) if found else None


def _find_days(text: str) -> Slot | None:
    """Time overdue: a duration in a clause that speaks of being late, or in a bare clause
    ("已经三个月了") of a message that does; never a loan's term or a time in the past."""
    if not _has_cue(text) or (NUMBER_CHAR.search(text) is None and not has_latin(text)):
        return None  # (a Chinese duration needs a number, an English one Latin letters: speed only)
    # A duration inside a rumoured line (是不是逾期超过90天就一定会被起诉, "after 90 days overdue, will
    # they always sue?") is a rule asked about, not the borrower's own (bot.figures reads those lines).
    rumours = rumoured_lines(text)
    clauses = [(at, clause, _has_cue(clause)) for at, clause in _clauses(text)]
    # A clause that says "late" first: in "paid fine for a year, then… I'm 70 days late" the
    # year is how long things went well, the 70 days are the time overdue.
    for at, clause, cue in sorted(clauses, key=lambda item: not item[2]):
        if not cue and _LOAN_WORDS.search(_PRODUCT_WORDS.sub(" ", clause)):
            continue
        for match in _duration_matches(clause):
            if (_is_term(clause, match) or (not cue and match.group(0).endswith("日")) or _asked(clause, match)
                    or _inside(at + match.start(), rumours)):
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


def _inside(position: int, spans: list[tuple[int, int, str]]) -> bool:
    return any(start <= position < end for start, end, _ in spans)


def _asked(clause: str, match: re.Match[str]) -> bool:
    """Whether a bare 几 duration is asked about, not stated: 逾期几天会上征信 asks how many days;
    已经逾期几天了 says a few."""
    if match.re is not _ZH_DAYS_RE or match.group(2) != "几":
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
    if _TERM_BEFORE.search(before[-6:]) or _TERM_AFTER.match(after):
        return True
    if _OTHER_TIME_BEFORE.search(before[-20:]) or _OTHERS_CASE.search(before[-12:]):
        return True
    if other_length(before, after, match.re is _EN_DAYS_RE):  # 拘留十五天, 5年后会消除: truth1 #3
        return True
    if _DID_BEFORE.search(before[-4:]) and _ACTIVITY_AFTER.match(after):
        return True
    if match.re is _EN_DAYS_RE and (_AGE_AFTER.match(after) or _AGE_BEFORE.search(before[-8:])):
        return True
    if _is_price(before, after, match):
        return True
    if match.re is _ZH_DAYS_RE and match.group(2) in _ONE and _RATE_AFTER.match(after) and not _OVERDUE_JUST_BEFORE.search(before):
        return True  # a rate of doing ("一天吃两板药", "一天打两份工"), not a day overdue
    zh_unit = match.re is _ZH_DAYS_RE and match.group(5) == "月" and not match.group(4)
    return bool(zh_unit and _NOT_A_MONTH.match(after))


def _is_price(before: str, after: str, match: re.Match[str]) -> bool:
    """Whether a duration is the unit of a price ("一天多少钱", "how much interest a day")."""
    if match.re is _EN_DAYS_RE:  # the price word just before: "the fees pile up, I'm a month late" is lived
        return match.group(2).lower() in ("a", "an", "one") and bool(_EN_PRICE_BEFORE.search(before[-24:]))
    return match.group(2) in _ONE and match.group(4) != "个半" and bool(_PRICE_AFTER.match(after))


def _days_slot(match: re.Match[str]) -> Slot | None:
    span = match.group(0).strip()
    if match.re is _EN_DAYS_RE:
        value = parse_number(match.group(2))
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


def _find_amount(text: str) -> Slot | None:
    """The amount owed: with a unit of money (元/块/万/k/yuan), or a bare sum after 欠/owe; of
    several sums in different roles (borrowed, owed, a collector's claim) only the one owed, or
    none (bot.amount_roles)."""
    if NUMBER_CHAR.search(text) is None:  # every pattern below needs one (bot.amounts)
        return None
    found: list[tuple[int, int, Slot]] = []
    sums: list[tuple[int, float | None, bool, Slot]] = []  # every sum stated, a claim included
    rumours = rumoured_lines(text)  # "听说欠5000元以上就会坐牢": a rule asked about, not the debt
    for rank, pattern in enumerate(_ZH_AMOUNT_RES):
        first = True
        for m in pattern.finditer(text):
            if (_NOT_OWED_BEFORE.search(text[:m.start()]) or _OTHERS_CASE.search(text[max(0, m.start() - 12):m.start()])
                    or _inside(m.start(), rumours) or (_PAID_BEFORE.search(text, 0, m.start()) and _REPAID_AFTER.match(text, m.end()))):
                continue
            slot = _zh_amount(rank, m)
            claimed = bool(CLAIMED_BEFORE.search(text, max(0, m.start() - 24), m.start()))
            if slot is not None:
                sums.append((m.start(2), slot.value, claimed, slot))
            if first and not claimed:
                first = False
                if slot is not None:
                    found.append((m.start(), rank, slot))
    first_en: Slot | None = None
    for m in _EN_AMOUNT_RE.finditer(text):
        if _inside(m.start(), rumours) or _EN_PER_PERIOD_AFTER.match(text, m.end()) or _EN_PAID_BEFORE.search(text, 0, m.start()):
            continue
        claimed = bool(CLAIMED_BEFORE.search(text, max(0, m.start() - 64), m.start()))  # a caller's claim (truth3 #5; its speaker told first: review42)
        slot = _en_amount(m)
        sums.append((m.start(next(i for i in (1, 3, 5, 6, 7, 8) if m.group(i))), slot.value, claimed, slot))
        if first_en is None and not claimed:
            first_en = slot
            found.append((m.start(), len(_ZH_AMOUNT_RES), slot))
    return the_debt(text, min(found, key=lambda item: item[:2])[2] if found else None, sums)


def _zh_amount(rank: int, match: re.Match[str]) -> Slot | None:
    span = match.group(0).strip()
    if rank == 0:
        number, scale = match.group(2), match.group(4)
    elif rank == 1:
        number, scale = match.group(2), match.group(3)
    else:
        number, scale = match.group(2), None
    value = parse_number(number)
    if value is None:
        return Slot("amount", None, span)
    total = scaled(value, scale)
    if rank == 1 and match.group(4) and scale and not _COUNT_AFTER.match(match.string, match.end(4)):
        # (not a numeral that goes on into a count of days or terms: 五万三十天, 十万二十四期; review18)
        total += _after_unit(match.group(4), scale)
    if rank >= 2 and total < _MIN_BARE_AMOUNT:
        return None
    return Slot("amount", total, span)


_COUNT_AFTER = regex(r"[十百千]|[零一二两三四五六七八九十百千0-9]+\s*(?:天|日|周|星期|礼拜|月|年|期|号)")
_AS_CHINESE = str.maketrans("0123456789", "零一二三四五六七八九")


def _after_unit(rest: str, scale: str) -> int:
    """What follows 万 or 千: one digit is its next place (一万五 is 15000, 三千五 is 3500); more
    is a number of its own (一万二千五百 is 12500, 一万零五百 is 10500), if smaller than the unit."""
    ten_thousand = scale in ("万", "w")  # 3w5 is 35000, 3k5 is 3500
    if len(rest) == 1:
        return (int(rest) if rest.isdigit() else CN_DIGITS[rest]) * (1000 if ten_thousand else 100)
    if rest.isdigit():  # 1万5000 is 15000
        value: float | None = int(rest)
    else:  # 一万二千五百, 1万2千5 (digits read as their Chinese words)
        value = parse_chinese_number(rest.translate(_AS_CHINESE).lstrip("零"))
    unit = 10000 if ten_thousand else 1000
    return int(value) if value is not None and value < unit else 0


def _en_amount(match: re.Match[str]) -> Slot:
    number = (match.group(1) or match.group(3) or match.group(5) or match.group(6) or match.group(7)
              or match.group(8)).replace(",", "")
    scale = match.group(2) or match.group(4) or ("k" if match.group(5) else None)
    return Slot("amount", scaled(float(number), scale), match.group(0).strip())


__all__ = ["ALIPAY_PRODUCTS", "PRODUCT_NAMES", "Slot", "describe_amount", "describe_days", "extract_slots",
           "is_approximate"]

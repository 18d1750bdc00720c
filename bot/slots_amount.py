"""The amount a borrower owes, as they state it (bot.slots.extract_slots): a sum with a unit of
money, or a bare sum after 欠/owe; never a fee, a wage, a limit, an instalment, money paid or lost,
or someone else's debt."""

from __future__ import annotations

import re

from .amount_roles import the_debt
from .answer_fixers import fee_before
from .amounts import CLAIMED_BEFORE, EN_AMOUNT_RE as _EN_AMOUNT_RE, NUMBER_CHAR, ZH_AMOUNT_RES as _ZH_AMOUNT_RES
from .figures import rumoured_lines
from .numbers import CN_DIGITS, parse_chinese_number, parse_number, scaled
from .patterns import regex
from .slot import Slot, inside, told_of_someone_else

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


def find_amount(text: str) -> Slot | None:
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
            if (_NOT_OWED_BEFORE.search(text[:m.start()]) or told_of_someone_else(text[max(0, m.start() - 12):m.start()])
                    or inside(m.start(), rumours) or (_PAID_BEFORE.search(text, 0, m.start()) and _REPAID_AFTER.match(text, m.end()))
                    or fee_before(text, m.start())):  # a fixer's fee ("收费2000") is no debt (eng64)
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
        if (inside(m.start(), rumours) or _EN_PER_PERIOD_AFTER.match(text, m.end()) or _EN_PAID_BEFORE.search(text, 0, m.start())
                or fee_before(text, m.start())):
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


"""Numbers as borrowers write them: Arabic digits, Chinese numerals (十五, 两万, 三千五, 十几),
English number words, and masked ones (``***``) that say a number was given but not which.
Used by ``bot.slots_days`` for days overdue and ``bot.slots_amount`` for amounts owed."""

from __future__ import annotations

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
EN_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
              "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
              "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
              "ninety": 90, "a few": 3, "several": 3, "half a": 0.5}
MAX_NUMBER = 1e9  # larger is no plausible number of days or yuan


def scaled(value: float, scale: str | None) -> int | float:
    """``value`` times its written scale (万/w, 千/k), as an int when whole."""
    factor = {"万": 10000, "w": 10000, "千": 1000, "k": 1000}.get(scale or "", 1)
    total = value * factor
    return int(total) if float(total).is_integer() else round(total, 2)


def parse_number(token: str) -> float | None:
    """Arabic, Chinese (十五, 两, 二十三, 半, 十几) or English number words; None for a masked ``***``."""
    token = token.strip()
    if token.startswith("**"):
        return None
    if token in EN_NUMBERS:
        return float(EN_NUMBERS[token])
    if token == "半":
        return 0.5
    try:
        value = float(token.replace(",", ""))
    except ValueError:
        return parse_chinese_number(token)
    # A number too large to be days or yuan (a pasted ID, 1,500 nines) is read as "a number was
    # given" without a value, like a masked one: never inf, never an overflow further on.
    return value if value <= MAX_NUMBER else None


def parse_chinese_number(token: str) -> float | None:
    """十五 -> 15, 两万 -> 20000, 三百 -> 300; 几 is "a few": 3 alone, 5 after 十 (十几 -> 15)."""
    total, section, current = 0, 0, 0
    previous, unit = "", 0
    for char in token:
        if char in CN_DIGITS:
            current = CN_DIGITS[char]
        elif char == "几":
            current = 5 if previous == "十" else 3
        elif char == "万":
            total += (section + current) * 10000
            section, current, unit = 0, 0, 10000
        elif char in CN_UNITS:
            section += (current or 1) * CN_UNITS[char]
            current, unit = 0, CN_UNITS[char]
        else:
            return None
        previous = char
    if current and len(token) >= 2 and token[-2] in "百千万":
        # Spoken shorthand: 三千五 is 3500 and 两百五 is 250 (the last digit fills the next place
        # down); 三千零五 (with 零) stays 3005, and 十五 is 15.
        current *= unit // 10
    return float(total + section + current)


__all__ = ["CN_DIGITS", "CN_UNITS", "EN_NUMBERS", "MAX_NUMBER", "parse_chinese_number", "parse_number", "scaled"]

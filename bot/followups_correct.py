"""Reading the details a correction gives ("不对不对，是借呗，逾期半年了", "sorry, it's 5000 not
50000", "I mean Huabei, not Jiebei").

What is denied ("不是五万", "not Jiebei") is taken out first, so the value that stays is the one
meant, wherever it sits; then every clause's details are kept, a later one over an earlier
(truth3, s15: the last clause alone had been read, so "是借呗，逾期半年了" lost the lender, "I mean
Huabei, not Jiebei" kept Jiebei, and a bare "5000" was no detail at all).
"""

from __future__ import annotations

import unicodedata

from .patterns import regex
from .questions import is_question
from .slots import Slot, extract_slots
from .text import fold

DETAIL_SLOTS = ("days", "amount", "product")
OVERDUE_CUE = "逾期"  # supplied to a clause whose number refers to the days given before (bot.followups too)
_OWED_CUE = "欠"  # ... or to the sum given before ("sorry, it's 5000": no unit of its own)

# "我记错了" / "sorry, I meant" / "my mistake": the borrower corrects a detail they gave.
CORRECTION_RE = regex(r"记错|说错|搞错|打错|写错|弄错|看错|更正|纠正|不对|不是|其实|应该是|准确(?:地|的)?说|错了"
                      r"|\bi meant\b|\bi mean\b|\bsorry\b|\bcorrection\b|\bactually\b|\bnot\b|\btypo\b|\bwrong\b"
                      r"|\bmistake\b|\bmy bad\b|\boops\b|\bmisspoke\b|^(?:no|nope|wait)\b")
# An opening that only says "that was wrong" ("不对不对", "不是不是", "no no"): not a question,
# though 对不对 / 是不是 inside it read as A-not-A asking.
# (Each followed by a pause or said twice: "不是两个月，是三天" opens on a denial, not on "wrong".)
_WRONG_OPENING = regex(r"^(?:(?:不对|不是|错了|说错了|no|nope|wait|sorry)(?:[\s,，.!！。]+|$|(?=不对|不是|错了)))+")
# What is denied: 不是 up to the next 是 or clause end ("是五千不是五万", "不是借呗是花呗"); "not"
# and its word, with a unit ("not 50000", "not Jiebei", "not 6 days").
_DENIED = regex(r"(?:而不是|并不是|并非|不是)[^,，;；。.!！?？是]*"
                r"|\b(?:not|isn t|isnt|wasn t|wasnt|rather than|instead of)\s+(?!even\b|only\b|just\b|yet\b|really\b|sure\b|much\b"
                r"|more\b|less\b|enough\b|able\b)(?:the\s+|my\s+)?[^\s,.!?;]+"
                r"(?:\s+(?:days?|weeks?|months?|years?|yuan|rmb|kuai))?")
_CLAUSES = regex(r"[,，;；。.!！]\s*|\s+(?:but|and)\s+")
# A clause that is a figure and nothing more ("5000", "it's 5000", "是五千", "and 30000"): the sum
# corrected. A figure in a clause that says more ("I can pay 2000 a month", "my salary is 4000",
# "I already paid 5000") is news about money, not the debt (review41).
_BARE_FIGURE = regex(r"(?:and\s+|(?:it s|its|it is|it was|i meant|i mean|meant|only|just)\s+|是|就是|应该是|只有|只)?"
                     r"(\d[\d,]*(?:\.\d+)?|[一二两三四五六七八九十百千万]+)\s*(?:yuan|rmb|kuai|块钱|块|元)?")

# A clause that is a duration and nothing more, with the words a correction wraps it in ("actually it's
# 3 months", "it's been 3 months actually", "其实是三个月"): the days corrected. Without it such a
# clause was no detail (the duration is not beside 逾期 once the cue is put before "actually it s"),
# so the correction was declined as out of scope and the old days kept (newuser161). A clause that
# says more ("3 months since I borrowed") is not a bare duration and is left as it was.
_BARE_DURATION = regex(r"(?:(?:actually|wait|well|so|really|in fact|it s|its|it is|it was|it has been|has been|been|now|already"
                       r"|about|around|more like|more than|over|almost|nearly)\s+)*"
                       r"(?P<en>(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half a)\s*"
                       r"(?:days?|weeks?|months?|years?))(?:\s+(?:actually|now|already|overdue|late))?"
                       r"|(?:其实|实际上|实际|应该|准确地说|已经|都|是|有|快|大概)*"
                       r"(?P<zh>[\d一二两三四五六七八九十半几]+\s*个?\s*(?:天|周|星期|礼拜|月|年)多?)(?:了|啦)?")


def opens_wrong(text: str) -> bool:
    """Whether a message opens by saying what was said is wrong ("不对不对，…", "no, it's …")."""
    return bool(_WRONG_OPENING.match(fold(text)))


def asks_beyond_correction(text: str) -> bool:
    """Whether a correction also asks a question of its own ("我记错了，是逾期三天，会上门吗"); the
    opening "不对不对" / "是不是" of a correction is not one."""
    rest = _WRONG_OPENING.sub("", fold(text))
    return bool(rest) and is_question(rest)


def corrected_details(text: str, remembered: dict[str, Slot]) -> dict[str, Slot]:
    """The details a correction gives: what it denies taken out, every clause's details kept in
    order (a later clause's over an earlier one's)."""
    found: dict[str, Slot] = {}
    # (split before folding: folding turns the commas that part the clauses into spaces)
    for clause in _CLAUSES.split(unicodedata.normalize("NFKC", text)):
        found.update(clause_details(_DENIED.sub(" ", _WRONG_OPENING.sub("", fold(clause))), remembered))
    return found


def clause_details(clause: str, remembered: dict[str, Slot]) -> dict[str, Slot]:
    """One clause's days, amount and product; a bare figure ("是三天", "it's 5000") corrects the
    days or the sum given before, whichever it can be."""
    found = {name: slot for name, slot in extract_slots(clause).items() if name in DETAIL_SLOTS}
    if "days" in found or "amount" in found:
        return found
    if "days" in remembered:  # "是三天" corrects the days given before, though it does not say 逾期 again.
        days = extract_slots(OVERDUE_CUE + clause).get("days")
        duration = None if days is not None else _BARE_DURATION.fullmatch(clause.strip())
        if duration is not None:  # "actually it's 3 months", "其实是三个月", "3 months" (newuser161)
            days = extract_slots(f"{OVERDUE_CUE} {duration.group('en') or duration.group('zh')}").get("days")
        if days is not None:
            return {**found, "days": days}
    number = _BARE_FIGURE.fullmatch(clause.strip()) if "amount" in remembered else None
    if number is not None:
        amount = extract_slots(_OWED_CUE + number.group(1)).get("amount")
        if amount is not None:
            return {**found, "amount": amount}
    return found


__all__ = ["CORRECTION_RE", "DETAIL_SLOTS", "OVERDUE_CUE", "asks_beyond_correction", "clause_details", "corrected_details", "opens_wrong"]

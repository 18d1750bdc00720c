"""Hide personal identifiers before a line of REPL history is written to disk: mobile and landline
numbers, resident ID numbers (18 digits with the GB 11643 check character, or the old 15-digit
form), bank-card numbers (Luhn-valid), e-mail addresses and names given after 我叫/姓名.

Borrowers type these in every form an input method produces: full-width digits (１３８…),
separators such as 138.1234.5678, ideographic or double spaces, +86 prefixes. Each character is
first folded as NFKC folds it (any Unicode digit to 0-9, full-width letters and ＠．－＋ to ASCII),
one character for one, so identifiers are found in the folded text and cut from the original
with the rest of the line left as typed. Checksums keep ordinary numbers (amounts, days) intact.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable

_SAFE = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@.+-_ ")
_SEPARATOR = r"[ \-./\t]"
# Digit groups joined by up to three separators ("138 1234 5678", "6222-0212-…", "138 - 1234").
_DIGIT_RUN_RE = re.compile(rf"\+?\d+(?:{_SEPARATOR}{{1,3}}\d+)*(?:[xX](?![A-Za-z]))?")
# Bounded parts (an address's local part is at most 64 characters) keep the search linear on
# hostile lines: "a@a@a@…" or a 100 kB run of digits.
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,8}\.[A-Za-z]{2,24}")
_NAME_CUE_RE = re.compile(
    r"(?:我叫|我名叫|我的名字(?:是|叫)|名字(?:是|叫)|姓名(?:是)?|本人(?:姓名|名叫)"
    r"|(?:妈|爸|母亲|父亲|老婆|老公|妻子|丈夫|儿子|女儿|哥|姐|弟|妹|朋友|同事)(?:叫|名叫))"
    r"[\s:：]*(?![和跟与会是被都也不没要能可在的了吗呢])([\u3400-\u9fff·]{2,4})"
    r"|\b(?:my name is|my name's|i am called|name\s*:)\s+([A-Za-z][A-Za-z'\-]*(?:\s+[A-Za-z][A-Za-z'\-]*)?)",
    re.IGNORECASE)
MAX_GROUPS = 6  # "+86 138 1234 5678", "6222 0212 3456 7890 123": no identifier has more groups
MAX_DIGITS = 19 + 4  # the longest card number, or a mobile number with 0086 before it
MIN_DIGITS = 10  # the shortest: a landline with its area code (010-1234567)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def redact(text: str) -> str:
    """The line with every identifier replaced by [PHONE], [ID], [CARD], [EMAIL] or [NAME]."""
    folded = fold_identifiers(text)
    spans: list[tuple[int, int, str]] = []
    for match in _EMAIL_RE.finditer(folded):
        spans.append((match.start(), match.end(), "[EMAIL]"))
    for match in _NAME_CUE_RE.finditer(folded):
        group = 1 if match.group(1) else 2
        spans.append((match.start(group), match.end(group), "[NAME]"))
    for match in _DIGIT_RUN_RE.finditer(folded):
        spans.extend(_identifiers_in(match.group(0), match.start()))
    return _replace(text, spans)


def fold_identifiers(text: str) -> str:
    """Fold each character the way NFKC does where that turns it into an ASCII letter, digit or
    ``@.+-_``/space (full-width １, ＠, ideographic space), and any Unicode decimal digit into 0-9.
    One character in, one out: positions in the result are positions in ``text``."""
    out = []
    for char in text:
        if char.isascii():
            out.append(char)
            continue
        folded = unicodedata.normalize("NFKC", char)
        if len(folded) == 1 and folded in _SAFE:
            out.append(folded)
        elif unicodedata.decimal(char, None) is not None:
            out.append(str(unicodedata.decimal(char)))
        elif char.isspace():
            out.append(" ")
        else:
            out.append(char)
    return "".join(out)


def _identifiers_in(run: str, offset: int) -> list[tuple[int, int, str]]:
    """Identifiers among the digit groups of one run, longest first: "5000 138 1234 5678" holds a
    phone number after an amount, so stretches of consecutive groups are tried (at most
    MAX_GROUPS groups and MAX_DIGITS digits each, which keeps a hostile run linear)."""
    groups = [(m.start(), m.end(), m.group(0).lstrip("+")) for m in re.finditer(r"\+?\d+(?:[xX])?", run)]
    found: list[tuple[int, int, str]] = []
    start = 0
    while start < len(groups):
        match = _longest_at(groups, start)
        if match is None:
            start += 1
            continue
        end, label = match
        found.append((offset + groups[start][0], offset + groups[end - 1][1], label))
        start = end
    return found


def _longest_at(groups: list[tuple[int, int, str]], start: int) -> tuple[int, str] | None:
    """The longest stretch of groups from ``start`` that is an identifier: (its end, its label)."""
    for end in range(min(len(groups), start + MAX_GROUPS), start, -1):
        digits = "".join(group[2] for group in groups[start:end])
        if len(digits) < MIN_DIGITS:
            return None  # fewer groups only make it shorter
        if len(digits) <= MAX_DIGITS:
            label = _classify(digits, whole=start == 0 and end == len(groups))
            if label:
                return end, label
    return None


def _classify(digits: str, *, whole: bool) -> str | None:
    """[ID], [PHONE] or [CARD] for a digit string that is one, else None. A landline number has
    no checksum and no fixed prefix but 0, so it counts only as a whole run, never as a piece of
    a longer one (inside an invalid card number, say)."""
    checks: tuple[tuple[str, Callable[[str], bool]], ...] = (
        ("[ID]", _is_id), ("[PHONE]", _is_mobile), ("[CARD]", _is_card))
    for label, check in checks:
        if check(digits):
            return label
    # A landline with its area code: 0 + 2-3 digit area + 7-8 digit number (010-12345678).
    return "[PHONE]" if whole and re.fullmatch(r"0[1-9]\d{8,10}", digits) else None


def _is_mobile(digits: str) -> bool:
    """A mainland mobile number (1[3-9] and 9 more digits), with or without 86/0086 before it."""
    for prefix in ("0086", "86"):
        if len(digits) == len(prefix) + 11 and digits.startswith(prefix):
            digits = digits[len(prefix):]
    return bool(re.fullmatch(r"1[3-9]\d{9}", digits))


def _is_id(digits: str) -> bool:
    """An 18-character resident ID with a valid GB 11643 check character, or an old 15-digit one
    with a plausible birth date (the old form has no check digit)."""
    if re.fullmatch(r"\d{17}[\dxX]", digits):
        total = sum(int(d) * w for d, w in zip(digits[:17], _ID_WEIGHTS))
        return _ID_CHECK[total % 11] == digits[17].upper()
    if re.fullmatch(r"[1-8]\d{14}", digits):
        month, day = int(digits[8:10]), int(digits[10:12])
        return 1 <= month <= 12 and 1 <= day <= 31
    return False


def _is_card(digits: str) -> bool:
    """A 13-19 digit number that passes the Luhn check, as every bank card number does."""
    if not re.fullmatch(r"\d{13,19}", digits):
        return False
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _replace(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Replace non-overlapping spans of ``text`` (earlier and longer spans win)."""
    out, position = [], 0
    for start, end, label in sorted(spans, key=lambda span: (span[0], -span[1])):
        if start < position:
            continue
        out.append(text[position:start])
        out.append(label)
        position = end
    out.append(text[position:])
    return "".join(out)

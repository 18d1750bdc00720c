"""Hide personal identifiers before a line of REPL history is written to disk: mobile and landline
numbers, resident ID numbers (18 digits with the GB 11643 check character, or the old 15-digit
form), bank-card numbers (Luhn-valid), e-mail addresses and names given after 我叫, 我姓, 姓名,
名字是 or "my name is", in Chinese characters or Latin letters.

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
# Names after the words that introduce one, in Chinese characters or Latin letters ("我叫王小明",
# "我叫Mike Chen", "姓名：李娜", "我姓王，叫王小明", "my name is John Smith"). Every repetition is
# bounded, so a hostile line ("我叫" 10,000 times) costs linear work.
# A name ends where an ordinary word starts ("我叫小明会上门吗" keeps 会上门吗); it never starts
# with one ("我叫了外卖", "名字是什么不重要" keep everything).
_NOT_NAME = (r"(?:可以|可能|什么|怎么|多少|哪|谁|啥|会|能|是|的|了|吗|呢|啊|吧|呀|在|要|想|怕|问|说|和|跟|与|被|都|也|不|没"
             r"|逾期|欠|借|还|已经|现在|因为|所以|今年|去年|写|填|改|错|泄露|曝光|电话|地址|身份|和|或)")
_CJK_NAME = rf"(?:(?!{_NOT_NAME})[\u3400-\u9fff·]){{1,4}}"
_GIVEN_NAME = _CJK_NAME
# A Latin name's words, none of them an ordinary English word ("Mike and I", "my name is on ...").
_LATIN_WORD = r"[A-Za-z][A-Za-z'\-]{0,29}"
_ENGLISH = (r"(?:and|but|or|so|not|i|im|am|is|was|my|me|from|in|at|on|of|the|a|an|owe|owes|have|had|got|will|"
            r"can|to|with|for|please|thanks|here|there|this|that|it|written|wrong|missing)\b")
_LATIN_NAME = rf"(?!{_ENGLISH}){_LATIN_WORD}(?:[ ](?!{_ENGLISH}){_LATIN_WORD}){{0,2}}"
_CUES = (r"我叫|我名叫|我的名字(?:是|叫)|名字(?:是|叫)|姓名(?:是)?|本人(?:姓名|名叫)|全名(?:是|叫)"
         r"|(?:妈|爸|母亲|父亲|老婆|老公|妻子|丈夫|儿子|女儿|哥|姐|弟|妹|朋友|同事)(?:叫|名叫)")
_COMPOUND_SURNAMES = "欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|令狐|长孙|宇文|司徒|夏侯|轩辕|端木|独孤|南宫|西门"
_NAME_RES = (
    re.compile(rf"(?:{_CUES})[\s:：]*(?:({_CJK_NAME})|({_LATIN_NAME}))", re.IGNORECASE),
    # "我姓王" (the surname alone), and the full name when it follows: "我姓王，叫王小明".
    re.compile(rf"(?:我|本人)姓(?![名的是])\s*({_COMPOUND_SURNAMES}|[\u3400-\u9fff]|{_LATIN_WORD})"
               rf"(?:[，,、\s]{{0,3}}(?:我?(?:叫|名叫)|全名(?:是|叫)?|名字?(?:是|叫))[\s:：]*"
               rf"(?:({_GIVEN_NAME})|({_LATIN_NAME})))?", re.IGNORECASE),
    re.compile(rf"(?<![A-Za-z])(?:my (?:full |first |last |family |sur)?name is|my name's|i am called|i'm called|(?:sur)?name\s*:)"
               rf"(?:\s*({_CJK_NAME})|\s*(?<=[\s:])({_LATIN_NAME}))", re.IGNORECASE),
)
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
    for pattern in _NAME_RES:
        for match in pattern.finditer(folded):
            spans.extend((match.start(group), match.end(group), "[NAME]")
                         for group in range(1, (pattern.groups or 0) + 1) if match.group(group))
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

"""What the lender may lawfully do, reported as a collector's threat and asked about beside abuse
(fix164, newuser161 #1): "催收说明天就起诉我并且冻结我的微信，真的吗", "催收说今天不还清就要派人到我单位去",
"they told me the lender is going to sue me and freeze my wechat, is it true?".

The abuse reply leads (the message reports abuse: a frozen WeChat, a shaming visit), and 110/12378 stay;
but the borrower asked whether the threat is true, and the article has its own answer on two of these
acts: a lawsuit (the lender *may* sue when a loan is long overdue and large) and a visit (rare in online
lending). bot.routing_rules.THREAT_REPORTED reads only "说(明天)?(就)?要/会…" said straight after the
verb; a time or a condition between them ("说明天就起诉", "说今天不还清就要派人") left the matter out, and
the claim bullet said the article "did not speak of it". Here the act is read from the words of the
threat itself, not from a list of sentences: a collector (or they) said/threatened, then within the same
clause a lawful act the article covers. Only for a message that asks something (a report of what
happened, told as a statement, keeps the abuse reply alone: "visits are rare" under a visit that took
place would belittle it), and never beside a threat of harm (bot.routing_owed.HARM_THREATENED).
"""

from __future__ import annotations

from collections.abc import Container

from .patterns import regex

LAWSUIT = "lawsuit"
HOME_VISIT = "home_visit"

# A collector as the speaker, up to its verb of saying or threatening; what follows in the same clause
# (text.normalize turns punctuation into spaces: no space in Chinese, up to 40 characters in English) is the threat.
_SPEAKER_ZH = r"(?:催收|催债|他们|对方|那边|平台|借呗|花呗|支付宝)\S{0,4}?(?:说|称|讲|威胁|扬言|放话|警告)[^\s，。,.!?！？；;]{0,16}?"
_SPEAKER_EN = r"\b(?:collectors?|they|the lender|alipay|jiebei|huabei)\b.{0,16}?\b(?:say|says|said|told me|claim\w*|threaten\w*|warn\w*)\b[^,.!?;\n]{0,40}?"
_ACTS = (
    (LAWSUIT, regex(
        rf"{_SPEAKER_ZH}(?:起诉|告我|告上法庭|上法院|打官司|立案|走法律|法律程序|诉讼)"
        rf"|{_SPEAKER_EN}\b(?:sue|suing|take me to court|court|lawsuit|legal action|file a case)\b")),
    (HOME_VISIT, regex(
        rf"{_SPEAKER_ZH}(?:上门|找上门|来我家|到我家|去我家|家访|走访|(?:来|去|到)(?:我)?(?:的)?(?:单位|公司|老家|户籍地|村里|家里))"
        rf"|{_SPEAKER_EN}\b(?:come|coming|visit\w*|send (?:people|someone|men)|go) (?:to )?(?:my|our) "
        r"(?:door|home|house|place|hometown|work|office|workplace|company)\b")),
)


def threatened_acts(said: str, known: Container[str]) -> list[str]:
    """The topics (lawsuit, home_visit, in the order the message names them) of the lawful acts a
    collector's threat names in ``said`` (text.normalize()d), those of them in ``known``."""
    found = [(m.end(), topic) for topic, pattern in _ACTS if topic in known and (m := pattern.search(said))]  # (by the act: the speaker is shared)
    return [topic for _, topic in sorted(found)]


# A menace with no weapon named ("到时候让你好看", "你等着瞧", "watch your back"): a threat of harm all the same,
# beside which "visits are rare" or "the lender may sue" would belittle it (review166 #1). Read on text.normalize's text.
_MENACE = regex(r"让你好看|让我好看|给你好看|给我好看|等着瞧|走着瞧|小心点|小心你|有你好受|有你好看|后果自负|没好果子|好果子吃"
                r"|\bwatch (?:your|my) back\b|\b(?:you(?:ll| will)|you are going to|you re going to) (?:regret|be sorry)\b")


def menaced(said: str) -> bool:
    """Whether a message (as text.normalize gives it) holds a veiled menace (no lawful act's section beside it)."""
    return _MENACE.search(said) is not None


__all__ = ["menaced", "threatened_acts"]

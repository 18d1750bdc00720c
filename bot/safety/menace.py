"""A collector's threat said as a "don't make us" formula (issue 12, safe46): 别逼我们上门算账, 别怪我们不客气, 别让我们
找到你, "don't make us come and find you", "don't blame us if something happens". The 别 / "don't" in it is no negation of
the threat (abuse.py reads 别 before a cue as "not": "别逼我们…上门" lost its cue): it is the threat's own wording, what
the speaker will do if not paid. abuse.abuse_cues reads it as "violence", with every discount a cue has (asked, heard of,
family talk: "爸妈说再不回家别怪我们不客气" stays family talk).

Also a softness withdrawn ("到时候就没那么好说话了", "下次就不会这么客气了"): the same threat in other words.
"""

from __future__ import annotations

import re

from ..patterns import regex

_US_ZH = r"(?:我们|我|老子|咱们|咱|公司|我司)"
# What the speaker will do: come, settle, stop being polite, use other means, make trouble for the family.
_DONE_ZH = (r"不客气|动手|动粗|翻脸|算账|来硬的|上门|找你|找到你|找上门|去你家|到你家|去你(?:公司|单位|老家|学校|村)|心狠|手下无情|不讲情面"
            r"|用(?:别的|其他|非常|特殊)|采取(?:措施|行动|手段)|不留情面|做绝|狠|闹|下手|逼急|对你家人|找你家人|去找你")
MENACE_ZH = (rf"(?<![特分区告离类级性辨识鉴个差送惜永派])别(?:逼|怪|让|等|叫|惹|怨|把|害){_US_ZH}\S{{0,8}}?(?:{_DONE_ZH})"
             r"|(?:到时候|到时|下次|那时|找到你|不然|否则|再不还)\S{0,4}?(?:就|可)?(?:没|没有|不会)(?:那么|这么|再)(?:好说话|客气|好商量)")
MENACE_EN = (r"\b(?:dont|do not|dont you)\s+(?:make|force|push|let)\s+(?:us|me)\s+(?:to\s+)?(?:come|find|visit|settle|do|take|use|get|go|deal|send|show up|turn up)\b"
             r"|\b(?:dont|do not)\s+blame\s+(?:us|me)\s+(?:if|when|for what)\b|\b(?:settle|do)\s+(?:this|it|things)\s+the hard way\b")
_MENACE = regex(f"{MENACE_ZH}|{MENACE_EN}")


def menace(window_text: str) -> re.Match[str] | None:
    """The "don't make us" threat in a window of folded text, or None."""
    return _MENACE.search(window_text)


__all__ = ["MENACE_EN", "MENACE_ZH", "menace"]

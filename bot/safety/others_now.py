"""A relative in danger now, told in English by what they are doing (fix71, issue 12; user70 item 3): shut in with a
means ("my sister … locked herself in the bathroom with a knife", "locked himself in his room with pills", "in the
garage with the car running"), a goodbye sent ("she just texted me goodbye", "sent the family a goodbye voice
message") or gone saying they will not be seen again ("he drove off saying we won't see him again"). The Chinese
forms were read (others.py: 拿着刀, a farewell then 关机); the English got the contact_family answer.

Cue tables for others.at_risk_elsewhere (a sentence, or a sentence with the next), built on others.py's patterns for
the relative named; each names its everyday reading, which clears it in the same sentence (cooking, a make-up or a
crying child shut in a room, a trip, a flight, a shift, "until" a day). Whose danger it tells, and the helper's reply,
stay others.helper_asking's judgement. Additive: nothing here removes words before another reader looks at them.
"""

from __future__ import annotations

import re

from ..patterns import regex

_SHUT_IN = r"\b(?:locked|shut|barricaded|has locked|has shut|is locked|is shut) (?:himself|herself|themselves|themself)? ?(?:in|inside|into|up in)\b"
_MEANS = (r"\b(?:knife|knives|blade|razor|pills|tablets|medication|meds|sleeping pills|rope|poison|pesticide|bleach|charcoal|gun"
          r"|(?:the )?(?:car|engine) running)\b")
_SHUT_EVERYDAY = r"\b(?:cook\w*|chopp\w*|cutting (?:vegetables|meat|fruit)|make ?up|shav\w*|game\w*|gaming|homework|study\w*)\b"
_GOODBYE = (r"\b(?:texted|messaged|sent|wrote|called|rang|left|whatsapped|wechatted)\b(?: (?:me|us|the family|everyone|all of us|my \w+))?"
            r"(?: (?:a|an|his|her|their))?(?: (?:last|final))? (?:goodbye|good bye|farewell|saying goodbye|goodbye (?:message|text|note|voice message|letter))\b")
_GOODBYE_EVERYDAY = (r"\b(?:flight|fly|flying|airport|trip|travel\w*|holiday|vacation|boarding|train to|bus to|shift|work|office|school|class"
                     r"|party|bed|sleep|goodnight|good night|moving|moved|move to|visit\w*|see you|tomorrow|next week|later)\b")
_GONE_FOR_GOOD = (r"\b(?:drove|walked|ran|stormed|went|headed|took off|left)(?: (?:off|out|away))?\b.{0,40}?\b(?:saying|said|says|told us|telling us|yelling|shouting)\b"
                  r".{0,20}?\b(?:(?:we|you|i|no one|nobody) (?:will never|ll never|wont|won t|will not|would never) see (?:him|her|them) again"
                  r"|(?:he|she|they) (?:will never|ll never|wont|won t|will not) (?:be (?:back|coming back)|come back|see us again)|never see (?:him|her|them|us) again"
                  r"|(?:this|it) (?:is|was|s) the last time)\b")
_GONE_EVERYDAY = r"\b(?:until|till|job|work|divorce|move|moving|house|apartment|flat|city|country|abroad|new year|christmas|holiday)\b"


def danger_now(kin_en: str) -> tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]:
    """The cue table, built on others.py's pattern for the relative named in English."""
    en = rf"(?:{kin_en})"
    return (
        ("now_shut_in", regex(rf"{en}.{{0,80}}?{_SHUT_IN}.{{0,40}}?\b(?:with|holding|and|has|took|taking)\b.{{0,24}}?{_MEANS}"), regex(_SHUT_EVERYDAY)),
        ("now_goodbye", regex(rf"{en}.{{0,80}}?{_GOODBYE}"), regex(_GOODBYE_EVERYDAY)),
        ("now_gone", regex(rf"{en}.{{0,80}}?{_GONE_FOR_GOOD}"), regex(_GONE_EVERYDAY)),
    )


__all__ = ["danger_now"]

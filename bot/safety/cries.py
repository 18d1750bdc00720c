"""A bare cry for help as the whole message (safe63, issue 12; user61 item 6).

"救", "救命啊", "救救我", "sos", "help me please": a message that is nothing but a cry for help said nothing else,
and had the decline ("这个问题我在这里帮不上忙", "I can't help with that one here") or the decline's pointers. A
decline to a cry is never right. The reply chosen is the crisis reply: it leads with a check-in, names 120 and 110
for danger right now and 12356 to talk, and puts the money aside; it claims nothing of the article. The check-in
line alone (12356 after a loan answer) is for heavy words beside a loan question, and there is none here.

Only the whole message is read (``requires`` anchors it at both ends): a cry beside a loan question ("救命 借呗逾期
了 怎么还款", "help me, how do I change my repayment date") keeps its loan answer (routing_idioms reads those), and
救命 as an exclamation in a sentence ("救命 这利息也太高了") is no cry alone.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue

# The cry, with a call, an interjection or "please" around it, in simplified or folded traditional characters.
_CRY_ZH = r"(谁|快|快来|求求你|求你)?(人)?(救|救命|救救我|救我|救救|求救|帮帮我|谁来救救我|谁能救救我|谁来帮帮我)(啊|呀|吧|了|哇|阿|啦)*"
_CRY_EN = r"\b(s ?o ?s|help me|please help( me)?|someone help( me)?|somebody help( me)?|help help)( (please|pls|plz|now|someone|somebody))*\b"
# Punctuation around the cry, but not the idiom mask's □: "救命 累死了" is masked to "救命  □ ", an exclamation about
# being tired, not a bare cry (review86).
_AROUND = r"(?:(?!\u25a1)[\W_])"
_ALONE = regex(rf"^{_AROUND}*(({_CRY_ZH}|{_CRY_EN}){_AROUND}*)+$")



def cry_alone(text: str) -> bool:
    """Whether the whole message is a bare cry for help (folded text): it says nothing of a language, so a
    conversation's crisis reply stays in the conversation's language ("sos" after a Chinese turn; bot.session)."""
    return _ALONE.search(text) is not None


CRIES = (
    Cue("hopeless", any_of(_CRY_ZH, _CRY_EN), requires=_ALONE),
)

__all__ = ["CRIES", "cry_alone"]

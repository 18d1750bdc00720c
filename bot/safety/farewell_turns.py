"""A farewell-shaped turn after a crisis earlier in the same conversation (safe47, issue 12 round 39).

"谢谢你 再见了", "ok bye", "thanks. I'm going now" said right after a crisis reply (the hook in bot.continuity; a
goodbye after a later loan turn stays a goodbye with the check-in line, as test_safety_probe12 holds) may be the last thing a person in
danger says: the crisis reply again (12356 first), not a plain goodbye. Only right after the crisis reply did the
session read a goodbye so (bot.continuity); a thanks-and-leaving turn ("thanks. I'm going now") was read as thanks.

A turn that asks about the loan ("ok thanks, how do I apply for installments") or tells that the writer is well now
("我现在没事了 谢谢 再见") is no such farewell: the loan is answered, and the check-in line keeps 12356 in view.
"""

from __future__ import annotations

from ..patterns import regex

# Leaving, said anywhere in a short turn: bye, goodbye, I'm going now, 再见(了), 拜拜, 我走了, 永别.
_LEAVING = regex(r"再见|拜拜|我(?:先)?走了|走了啊|永别|再会|别了|\b(?:bye|goodbye|good bye|farewell|see you|im going now|i m going now"
                 r"|i am going now|im off now|im leaving now|gotta go|im going|going now)\b")
# Well now, or a loan matter asked: the turn is no farewell of a person in danger.
_WELL_OR_LOAN = regex(r"没事了|好多了|好点了|好些了|缓过来|想通了|冷静了|借呗|花呗|逾期|分期|还款|征信|催收|利息"
                      r"|\b(?:(?:im|i am|i m|feeling|feel) (?:ok|okay|fine|better|alright|all right)(?: now)?|jiebei|huabei|loan|installments?"
                      r"|repay\w*|credit|interest|collectors?|see you tomorrow|talk tomorrow)\b|明天(?:再)?(?:聊|问|见)")
MAX_FAREWELL = 40  # characters: a longer turn tells something of its own and is read as itself


def farewell_turn(folded: str) -> bool:
    """Whether a short turn (as bot.text.simplified_words gives it) takes leave, with no loan matter and no
    word of being well now (see the module doc). The caller checks that the conversation had a crisis reply."""
    text = folded.strip()
    return 0 < len(text) <= MAX_FAREWELL and bool(_LEAVING.search(text)) and not _WELL_OR_LOAN.search(text)


__all__ = ["MAX_FAREWELL", "farewell_turn"]

"""Two or more of the replies' numbers weighed against each other ("花呗逾期了，打95188还是12378？",
"95188和12378有什么区别", "should I call 110 or 12378?"; newuser161 #3): the reply says what each is for,
one "number" line each (frame "number", as a number asked alone gets), then the reply about what this
assistant can and cannot do, as 95188 or 120 asked alone get (bot.routing_rules.NUMBER_TOPICS). It had
been a decline, or a collection answer naming neither number, though README promises every number
the replies give its reply.

A number is one of ours only as a number, not as an amount or a span ("逾期120天", "欠了110块",
"120 days late"); a comparison needs a word of choosing or of difference (还是, 哪个, 区别, or, which,
difference). On text.fold()ed text.
"""

from __future__ import annotations

from .patterns import regex

_NUMBER = regex(r"(?<![\d.])(95188|12378|12356|110|120)(?![\d.])"
                r"(?!\s*(?:天|日|元|块|万|千|百|个|多|期|号|%|度|分|斤|公里|days?\b|yuan\b|rmb\b|kuai\b|months?\b|percent\b|km\b))")
_CHOOSING = regex(r"还是|或者|或是|哪个|哪一个|哪一|打哪|该打|区别|差别|不同|不一样|分别|各是|"
                  r"\b(?:or|which|difference|differ\w*|versus|vs)\b")


def numbers_compared(folded: str) -> tuple[str, ...]:
    """The replies' numbers a message weighs against each other, in the order named (two or more), or ()."""
    found = tuple(dict.fromkeys(m.group(1) for m in _NUMBER.finditer(folded)))
    return found if len(found) >= 2 and _CHOOSING.search(folded) else ()


def names_number(folded: str) -> bool:
    """Whether a text names one of the replies' numbers as a number (not an amount or a span)."""
    return _NUMBER.search(folded) is not None


__all__ = ["names_number", "numbers_compared"]

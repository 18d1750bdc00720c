"""A frightened borrower's fear acknowledged (ans14): "我好害怕，会不会被起诉" / "I'm terrified. Can
they sue me?" is answered with one short calm line above the loan answer (``frame.calm``), in
the reply's language. Only when the message itself states fear or panic, not for a bare
question ("会不会被起诉"), and never above a safety reply (crisis or abuse), which opens with
the person and the help itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .knowledge_types import Frame, Topic
from .patterns import regex
from .safety import ABUSE, CRISIS
from .templates import render
from .text import simplified

# Words that state fear or panic. 怕 alone is left out: "怕影响征信" weighs a risk, it does not
# say the writer is frightened; so are 吓人 and 吓死人 ("说得特别吓人", "利息高得吓死人": a thing is
# scary). ("I'm afraid I can't pay" counts: a calm line does no harm there.)
_FEAR = regex(
    r"害怕|好怕|很怕|真怕|太怕|怕死了|怕得要命|怕得不行|吓死(?!人)|吓坏|吓得|慌|恐慌|恐惧|担心死了|担心得要死|担心得睡不着"
    r"|\b(?:scared|terrified|frightened|afraid(?! (?:so|not)\b)|panic\w*|freaking out|so worried|worried sick)\b",
    re.IGNORECASE)
# ...unless its clause says the opposite ("我不害怕", "别慌", "not scared", "don't panic")...
_NOT_AFRAID = regex(r"(?:不|别|不要|没|没有|不用|甭)(?:太|再|那么|怎么)?(?:害怕|怕|慌|恐慌)"
                    r"|\b(?:not|never|don['’]?t|dont|no need to) (?:be |feel |get )?(?:scared|afraid|frightened|terrified|panic)\b",
                    re.IGNORECASE)
# ...or is about someone else, with nothing of the writer in it ("他吓得睡不着", "my dad was scared").
# (Only before the fear word: "好怕他们来", "scared they'll sue" fear them.)
_SOMEONE_ELSE = regex(r"他|她|妈|爸|老婆|老公|朋友|同事|家人|家里人|\b(?:he|she|they|his|her|their|my (?:mum|mom|dad|father|mother|friend|wife|husband|parents?))\b",
                      re.IGNORECASE)
_THE_WRITER = regex(r"我(?!妈|爸|老婆|老公|朋友|同事|男朋友|女朋友|家里人|家人)|\b(?:i|i['’]?m|im|me)\b", re.IGNORECASE)
_CLAUSE = regex(r"[^，。,.!?！？；;\n]+")


def states_fear(question: str) -> bool:
    """Whether a message says its writer is frightened or panicking: a fear word in a clause that
    neither denies it nor is only about someone else."""
    if not question:
        return False
    for clause in _CLAUSE.findall(simplified(question)):
        if _NOT_AFRAID.search(clause):
            continue
        for found in _FEAR.finditer(clause):
            if _THE_WRITER.search(clause) or not _SOMEONE_ELSE.search(clause[:found.start()]):
                return True
    return False


def calm_line(frame: Frame, chosen: Sequence[Topic], context: dict[str, Any]) -> str:
    """The calm line that opens an answer (or ""): when the message states fear (``afraid`` in the
    answer context), a loan topic answers it, and no safety reply (crisis, abuse: they open with
    the person and the help) nor a conversation one (the "worry" reply is itself about the fear)
    is part of it. A knowledge folder without ``frame.calm`` says nothing."""
    if not context.get("afraid") or not any(topic.kind == "domain" for topic in chosen) or any(
            topic.id in (CRISIS, ABUSE) or topic.kind in ("safety", "conversation") for topic in chosen):
        return ""
    lang = context["lang"]
    return render(frame.calm[lang], {"lang": lang, "outside": context["outside"]}).strip()


__all__ = ["calm_line", "states_fear"]

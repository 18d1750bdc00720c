"""Follow-ups whose topic only the conversation settles (cls13, issue 13's probes), beside the
connective and elliptical ones in bot.followups:

- after a relative's loan was stated ("我妈妈借呗逾期了", "my wife owes jiebei"), "会打电话给我吗" /
  "will they call me" asks whether the lender contacts the family (contact_family): the writer is
  not the borrower, so "what happens to a late borrower" (collection_process) misreads it (the
  Session remembers the relative's loan for later turns: ConversationState.relatives_loan, cls15);
- after the after-repaying answer, a "still" question ("还会有催收电话吗", "will they still call")
  asks about the time after repaying, not where collection is heading.

Pure functions on text and the remembered details; the Session applies them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .patterns import regex
from .relatives import RELATIVES_LOAN
from .routing_rules import CALLS_ME
from .text import normalize

if TYPE_CHECKING:
    from .slots import Slot

FAMILY, AFTER = "contact_family", "after_repayment"
# Someone else named in the follow-up ("会打给我爸吗"): the router's own reading stands.
_OTHER_PEOPLE = regex(r"家|爸|妈|父母|老婆|老公|亲|朋友|同事|公司|单位|领导|通讯录|联系人"
                      r"|\b(?:family|parents?|mom|mum|dad|wife|husband|friends?|boss|work|colleagues?|contacts|relatives?)\b")
_STILL = regex(r"^(?:那|那么)?(?:还会|还要|还能|还是会|会不会还|是不是还)"
               r"|\b(?:still|anymore|any more|keep (?:calling|texting|contacting))\b")
# ...only where the router's own reading misses it: a follow-up that names a topic of its own
# ("还会起诉吗", "还要交违约金吗", "还会找我家人吗") keeps that topic; 还有 ("还有花呗没还") is
# "there is also", never "still" (review29 #4). contact_family for "还会打电话吗" that names no one
# is the classifier's guess at calls, not a question about the family.
_STILL_MISREAD = ("collection_process", "collection_trend", "out_of_scope", AFTER)


def continued_topic(text: str, last_topics: list[str], slots: dict[str, Slot], read: tuple[str, ...] = (),
                    *, relatives_loan: bool = False) -> str | None:
    """The topic a follow-up continues when only the conversation says which (see the module
    docstring), or None to leave the router's reading (``read``: the router's topics;
    ``relatives_loan``: the session remembers that the loan told of is a relative's, cls15)."""
    folded = normalize(text)
    concern = slots.get("concern")
    family_told = relatives_loan or (concern is not None and concern.value == "family_liability"
                                     and RELATIVES_LOAN.search(normalize(concern.text)) is not None)
    if family_told and CALLS_ME.search(folded) and not _OTHER_PEOPLE.search(folded):
        return FAMILY
    if last_topics[:1] == [AFTER] and read[:1] and _STILL.search(folded) and (
            read[0] in _STILL_MISREAD or read[0] == FAMILY and not _OTHER_PEOPLE.search(folded)):
        return AFTER
    return None


__all__ = ["continued_topic"]

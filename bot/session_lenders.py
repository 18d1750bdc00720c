"""The lenders a conversation remembers (ConversationState.products, ans11), and the product the
"其他几家呢" / "what about the others?" reply is about (review28): one other lender told, that
lender (as "花呗呢" gets it); several, a line for each with whom to ask; none, what the article
covers and no answer for lenders never named.
"""

from __future__ import annotations

from .answer import OUTSIDE, contact_for
from .products import OTHERS_SEVERAL, OTHERS_UNNAMED, lender_name, lenders_told
from .session_state import MAX_PRODUCTS, ConversationState
from .slots import PRODUCT_NAMES, Slot

_JIEBEI_LINE = {"zh": "- 借呗：文章讲的就是借呗，前面的回答说的就是它。",
                "en": "- Jiebei: the article is about Jiebei; the answer before this one is what it says."}
_LENDER_LINE = {"zh": "- {name}：它的规则和你的账户，请问{contact}{outside}。",
                "en": "- {name}: for its rules and your account, ask {contact} {outside}."}


def lender_lines(products: list[str], lang: str) -> str:
    """One line for each of several lenders told (the "其他几家呢" reply, review28): whom to ask
    about it (95188 only for 花呗/借呗, any other its own service, no number), 借呗 the article's."""
    lines = []
    for product in products:
        if product == "jiebei":
            lines.append(_JIEBEI_LINE[lang])
            continue
        name = lender_name(product, lang)
        shown = name[:1].upper() + name[1:]
        lines.append(_LENDER_LINE[lang].format(name=shown, contact=contact_for(product, lang, name), outside=OUTSIDE[lang]))
    return "\n".join(lines)


def note_lenders(state: ConversationState, text: str) -> None:
    """Remember the lenders a message says are owed or asks about, for "其他几家呢" later; the
    oldest go first beyond MAX_PRODUCTS."""
    told = [product for product in lenders_told(text) if product not in state.products]
    if told:
        state.products = (state.products + told)[-MAX_PRODUCTS:]


def slots_for_others(state: ConversationState, lang: str) -> tuple[list[str], dict[str, Slot]]:
    """The other lenders told (all but the one the conversation is about) and the details the
    "其他几家呢" reply is composed with. One other lender becomes the conversation's product (it is
    merged into ``state``); several or none is a product for this reply only: the next question is
    still of the lender the conversation was about (review28)."""
    current = state.slots["product"].value if "product" in state.slots else "jiebei"
    others = [product for product in state.products if product != current]
    if len(others) == 1:
        state.slots.update({"product": Slot("product", others[0], lender_name(others[0], "zh"))})
        return others, state.slots
    if others:
        return others, {**state.slots, "product": Slot("product", OTHERS_SEVERAL, lender_lines(others, lang))}
    return others, {**state.slots, "product": Slot("product", OTHERS_UNNAMED, PRODUCT_NAMES[OTHERS_UNNAMED]["zh"])}


__all__ = ["lender_lines", "note_lenders", "slots_for_others"]

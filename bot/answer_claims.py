"""Lines an answer opens with when the message tells what a collector claimed or did, or owes
several lenders (truth3's audit, items 1, 2, 4, 10, 11; issue 13). None of these is in the article:
each line says so, and each says only where to check, never whether the claim is true.

- A payment asked into a personal account, a reduction "today only", or a caller's claim of a rate,
  a sum or a reduction doubted ("is this legit?"): pay only through the lender's official channel and
  check the caller and the claim on the lender's official number (``scam_told``).
- Whether a rate, a penalty or a collector's claim about them is lawful, or where to complain about
  it ("利息太高能投诉吗", "说利息翻倍了合法吗"): the article gives no rate and does not say what is
  lawful; 12378 takes complaints about lenders (``rate_legal_asked``).
- Collectors who already contacted the family, and whether that is lawful ("催收打电话给我爸妈，这样
  合法吗"): told, not asked, so the answer does not open on whether they will (``family_contacted``).
- Several lenders: 95188 is Alipay's line, for 借呗 and 花呗 only; each other lender's own official
  service for its loan, said first when the message asks whom to call (``lenders_line``).

Whether a message tells each of the first three is read by bot.answer_claims_told (re-exported
here); the router also reads ``scam_told`` and ``rate_legal_asked`` (bot.routing_claims). Matched
on text.simplified() text (simplified characters, lower case).
"""

from __future__ import annotations

from typing import Any

from .concerns import find_concerns
from .patterns import regex
from .records import dataclass
from .relatives import MINE_TO_PAY, OWN_LOAN, RELATIVE_SUED
from .products import ALIPAY_PRODUCTS, PRODUCT_NAMES, also_named, products_named, products_owed
from .text import normalize, simplified

# Re-exported: callers import them from here.
from .answer_claims_told import COLLECTOR_COMPLAINT as COLLECTOR_COMPLAINT, RATE as RATE
from .answer_claims_told import family_contacted as family_contacted, rate_legal_asked as rate_legal_asked
from .answer_claims_told import scam_told as scam_told, sum_claim_doubted as sum_claim_doubted

_OUTSIDE = {"zh": "（非文章内容）", "en": " (not from the article)"}

# --- The family sued for the borrower's loan (item 11) ---
_FAMILY = r"(?:爸妈|父母|我爸|我妈|爸爸|妈妈|家人|家里人|老婆|老公|妻子|丈夫|孩子|子女|亲戚)"
_FAMILY_SUED = regex(rf"(?:起诉|告)(?:我的?)?{_FAMILY}"
                     # the family as the one sued ("我爸妈会不会被起诉", "我老婆会被起诉吗": truth4 #5)
                     rf"|{_FAMILY}(?:也)?(?:会|会不会|要|能)?(?:不会)?(?:被|遭)(?:起诉|告)"
                     r"|\bsue (?:my|our) (?:parents|mom|mum|dad|mother|father|family|wife|husband|kids|children|relatives|son|daughter)\b"
                     r"|\b(?:my|our) (?:parents|mom|mum|dad|mother|father|family|wife|husband|kids|children|relatives|son|daughter)\b"
                     r"(?: also| too)? (?:be |get |gets |being )?sued\b")


def family_sued_line(question: str, lang: str) -> str:
    """The line that says the article is silent on suing the borrower's family ("会起诉我爸妈吗",
    "Will they sue my parents?"): it speaks of the borrower's own liability only. "" when not asked."""
    if not question or not _FAMILY_SUED.search(simplified(question)):
        return ""
    if RELATIVE_SUED.search(simplified(question)) and MINE_TO_PAY.search(normalize(question)) \
            and not OWN_LOAN.search(normalize(question)):
        # a relative already sued for a loan of theirs: whether the writer must pay is asked, and
        # answered by the family_liability line, not "whether they would sue your family" (review46 #4)
        return ""
    if lang == "zh":
        return f"会不会起诉你的家人，文章没有谈到；它只说借款人本人要承担法律责任。确切答案请问律师或法律援助机构{_OUTSIDE[lang]}。"
    return (f"Whether they would sue your family, the article does not say; it speaks only of the borrower's own "
            f"liability. A lawyer or legal aid can tell you for sure{_OUTSIDE[lang]}.")


# --- Whom to call, with several lenders (items 2 and 10) ---
WHOM_ASKED = regex(r"(?:打|拨|找|联系)\S{0,2}(?:哪个|什么|哪家|哪里|谁)|电话是多少|号码是多少|打给谁|找谁|联系谁|95188"
                    r"|\bwho (?:do|should|can|shall) i (?:call|contact|phone|ring|talk to|speak to)\b|\bwhat (?:phone )?number\b"
                    r"|\bwhich (?:phone )?number\b|\bwho to (?:call|contact)\b|\bhotline\b|\b95188\b")


def owed_listed(question: str) -> list[str]:
    """The products a message says are owed (bot.products.products_owed), and any name listed between
    two of them ("I owe Jiebei, Weilidai and two credit cards": Weilidai too), in the message's order."""
    folded = normalize(question)
    named = products_named(folded)
    owed = products_owed(question) if named else []
    places = [named.index(p) for p in owed if p in named]
    if places:
        owed += [p for p in named[min(places):max(places)] if p not in owed]
    order = {p: i for i, p in enumerate(named)}
    return sorted(owed, key=lambda p: order.get(p, len(order)))


def also_owed(question: str, product: str | None, lang: str) -> str | None:
    """bot.products.also_named, with the names it left out of a list of owed ones (truth3 #10:
    "You also mentioned a credit card" had dropped Weilidai)."""
    line = also_named(question, product, lang)
    if line is None:
        return None
    extra = [PRODUCT_NAMES[p][lang] for p in owed_listed(question)
             if p not in (product, "jiebei") and p in PRODUCT_NAMES and PRODUCT_NAMES[p][lang] not in line]
    return ("、" if lang == "zh" else " and ").join([line, *extra])


_TOGETHER = regex(r"都|也|一起|同时|\b(?:both|also|all|too)\b")


def other_lenders(question: str) -> list[str]:
    """The lenders other than Alipay's that a message says are owed, when it says more than one
    lender is owed: their own service answers for them, not 95188."""
    owed = owed_listed(question)
    lenders = [p for p in owed if p in PRODUCT_NAMES and p not in ALIPAY_PRODUCTS]
    # (or one owed and the rest said with it: "Jiebei and Weilidai are both overdue"; not "信用卡逾期影响借呗吗")
    folded = normalize(question)
    several = len(owed) > 1 or (len(products_named(folded)) > 1 and _TOGETHER.search(folded) is not None)
    return lenders if lenders and several else []  # (one lender asked of 95188 alone: bot.number_call says it)


def lenders_line(question: str, lang: str) -> tuple[str, bool]:
    """The line that says 95188 is only for 借呗/花呗 and each other lender's own service for its
    loan, and whether it leads (the message asks whom to call); ("", False) when no other lender."""
    lenders = other_lenders(question)
    asked = bool(WHOM_ASKED.search(simplified(question)))
    if not lenders:
        # only Alipay's own (借呗 and 花呗), several named and whom to call asked: the number leads
        named = products_named(normalize(question))
        if asked and len(named) > 1 and set(named) <= ALIPAY_PRODUCTS:
            return (f"借呗、花呗的事都可以问支付宝官方客服 95188{_OUTSIDE[lang]}。" if lang == "zh" else
                    f"For Jiebei and Huabei alike, call Alipay's official hotline 95188{_OUTSIDE[lang]}."), True
        return "", False
    joiner = "、" if lang == "zh" else " and "
    names = joiner.join(PRODUCT_NAMES[p][lang] for p in lenders)
    one = len(lenders) == 1
    if lang == "zh":
        whose = "它自己的官方客服，电话以它的" if one else "各自的官方客服，电话以它们的"
        line = f"95188 只处理借呗、花呗；{names}请找{whose} App 或你的合同上写的为准{_OUTSIDE[lang]}。"
    else:
        whose = "its own official customer service" if one else "each lender's own official customer service"
        line = f"95188 handles only Jiebei and Huabei; for {names}, call {whose}, on the number in its app or on your contract{_OUTSIDE[lang]}."
    return line, asked


def claim_lines(question: str, lang: str, contact: str) -> tuple[str, ...]:
    """The lines that open an answer to a message that tells a collector's claim or deed (see the
    module's docstring), in the order they matter; ``contact`` is the lender's official service."""
    if not question:
        return ()
    lines = []
    if scam_told(question):
        lines.append(f"只通过平台的官方渠道还款（App 里的还款入口），不要转账到任何个人账户；对方说的减免、金额或利率，"
                     f"自己打{contact}核实，别用对方给的号码{_OUTSIDE[lang]}。" if lang == "zh" else
                     f"Pay only through the lender's official channel (the repayment option in its app), never into a personal "
                     f"account; check any reduction, sum or rate a caller claims by calling {contact} yourself, not a number "
                     f"the caller gives{_OUTSIDE[lang]}.")
    if (who := family_contacted(question)) is not None:
        lines.append(f"你说催收已经联系了你的{who}。这样做是否合法，文章没有谈到，确切答案请问律师或法律援助机构；"
                     f"被骚扰的话保留通话录音和截图，可以向 12378 投诉{_OUTSIDE[lang]}。" if lang == "zh" else
                     f"You say they have already contacted your {who}. Whether that is lawful, the article does not say; "
                     f"a lawyer or legal aid can tell you. If it is harassment, keep recordings and screenshots and "
                     f"complain to 12378{_OUTSIDE[lang]}.")
    elif rate_legal_asked(question):
        # (what the article says of charges: only that a borrower who is sued bears liability,
        # principal, interest and 违约金 among it; it names no late charge and gives no rate)
        lines.append(f"利率、罚息或催收说的费用是否合法，文章没有谈到，它也没有给出任何利率；说到费用，它只提到被起诉时借款人"
                     f"要承担的法律责任，其中包括本金、利息和违约金。"
                     f"对利率或催收的说法有异议，可以打 12378（国家金融监督管理总局的投诉热线）投诉{_OUTSIDE[lang]}。" if lang == "zh" else
                     f"Whether a rate, a late charge or a collector's claim about them is lawful, the article does not say, "
                     f"and it gives no rate; of charges it says only that a borrower who is sued bears legal liability, "
                     f"including principal, interest and liquidated damages. "
                     f"To complain about a rate or what a collector claims, call 12378, the financial regulator's "
                     f"complaints line{_OUTSIDE[lang]}.")
    return tuple(lines)


def blacklist_doubted(question: str) -> bool:
    """Whether a message names a blacklist or being called a 老赖 (the fear bot.concerns reads):
    beside a collector's threat it doubts ("催收员说我是老赖要被上黑名单，是真的吗"), what the article
    says of records and blacklists is answered too, not the abuse reply alone."""
    return any(concern == "blacklist" for concern, _ in find_concerns(simplified(question)))


# --- What compose_text receives: in the answer's context, never in what templates see ---
_KEYS = ("claims", "lenders", "sued", "rate_legal", "scam")


def claims_context(question: str, lang: str, contact: str) -> dict[str, Any]:
    """The context entries bot.answer.compose_text takes out again with ``take_claims`` (kept out of
    template contexts, so that their pre-rendered outputs still match)."""
    return {"claims": claim_lines(question, lang, contact), "lenders": lenders_line(question, lang) if question else ("", False),
            "sued": family_sued_line(question, lang), "rate_legal": bool(question) and rate_legal_asked(question),
            "scam": bool(question) and scam_told(question)}


@dataclass(frozen=True)
class Told:
    """The lines for one answer: ``lines`` lead it, ``lenders`` goes under the section that gives
    95188 (or leads, ``lenders_lead``), ``sued`` opens the lawsuit section."""

    lines: tuple[str, ...]
    lenders: str
    lenders_lead: bool
    sued: str
    under_abuse: str = ""  # the official-channel line, under the abuse reply's first line (it leads no safety reply)
    rate_only: bool = False  # the lines are the rate's lawfulness alone (no caller's claim, no family called)


def take_claims(context: dict[str, Any], *, loan: bool, safety: bool) -> tuple[Told, dict[str, Any]]:
    """The lines of ``claims_context`` for an answer, and the context without them. No lead line over
    the abuse or crisis reply (each says where to turn first) or a decline; none for a parent's own
    loan's lawsuit (the parent is the borrower). A decline of a rate's legality (billing, nobody late:
    "借呗年化利率是多少？合法吗") keeps its line on where to complain (``legal_ask`` "complaint": the lender,
    then 12378), as a complaint about a rate always had."""
    lenders, lead = context.get("lenders", ("", False))
    claims = tuple(context.get("claims", ()))
    told = Told(lines=claims if loan and not safety else (),
                lenders=lenders if loan else "", lenders_lead=lead,
                sued="" if context.get("relatives_loan") else str(context.get("sued", "")),
                # a payment asked through a caller's account or app told beside abuse: the warning under
                # the abuse reply's first line (truth4 #2: "有人自称借呗客服，说交300块保证金…" had the abuse reply alone)
                under_abuse=claims[0] if safety and claims and context.get("scam") else "",
                rate_only=len(claims) == 1 and bool(context.get("rate_legal")) and not context.get("scam"))
    rest = {name: value for name, value in context.items() if name not in _KEYS}
    if not loan and not safety and context.get("rate_legal") and rest.get("legal_ask") is None:
        rest["legal_ask"] = "complaint"
    return told, rest


__all__ = ["COLLECTOR_COMPLAINT", "RATE", "Told", "WHOM_ASKED", "also_owed", "blacklist_doubted", "claim_lines", "claims_context", "family_contacted", "family_sued_line", "lenders_line", "other_lenders", "owed_listed", "rate_legal_asked", "scam_told", "sum_claim_doubted", "take_claims"]

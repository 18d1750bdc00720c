"""What an answer may say of the borrower's case: the variables every template may use
(``answer_context``: the details stated, the figure asked, whom to contact, what a collector
claimed), whom to contact about which product (``contact_for``), and which details and fears the
current question keeps (``current_slots``, ``named_concerns``). bot.answer composes the text and
re-exports these names (callers import them from there).
"""

from __future__ import annotations

from typing import Any

from .answer_asks import legal_ask, repaid_ask, visit_threat
from .safety.kin_violence import kin_form
from .answer_calm import stated_feeling, states_fear
from .answer_claims import also_owed, claims_context
from .answer_modes import asks_coping, asks_start, helpline_unreachable
from .concern_names import concern_names, words_of_first
from .concerns import find_concerns
from .figures import figure_asked, figure_name, figures_by_question, several_sentences
from .products import OTHERS_SEVERAL
from .relatives import relatives_loan_told
from .answer_phishing import sms_link
from .answer_fixers import paid_fixer
from .slots import ALIPAY_PRODUCTS, PRODUCT_NAMES, Slot, describe_amount, describe_days
from .text import normalize, simplified

OUTSIDE = {"zh": "（非文章内容）", "en": "(not from the article)"}  # marks advice the article does not give
_OTHER_LENDER = {
    "zh": "{name}的官方客服，电话以它的 App 或你的借款合同上写的为准",
    "en": "{name}'s official customer service, on the number in its app or on your contract",
}
_GENERIC_LENDER = {
    "credit_card": {"zh": "发卡银行的官方客服，电话以银行 App 或你的合同上写的为准",
                    "en": "your card issuer's official customer service, on the number in its app or on your contract"},
    "bank_loan": {"zh": "放款银行的官方客服，电话以银行 App 或你的借款合同上写的为准",
                  "en": "your bank's official customer service, on the number in its app or on your contract"},
    "online_loan": {"zh": "放款平台的官方客服，电话以它的 App 或你的借款合同上写的为准",
                    "en": "your lender's official customer service, on the number in its app or on your contract"},
    "other_app": {"zh": "那家平台的官方客服，电话以它的 App 或你的借款合同上写的为准",
                  "en": "that lender's official customer service, on the number in its app or on your contract"},
    "mortgage": {"zh": "放贷银行的官方客服，电话以银行 App 或你的贷款合同上写的为准",
                 "en": "your mortgage lender's official customer service, on the number in its app or on your contract"},
    "car_loan": {"zh": "放贷银行或汽车金融公司的官方客服，电话以它的 App 或你的贷款合同上写的为准",
                 "en": "your car loan lender's official customer service, on the number in its app or on your contract"},
    # (no official service to send anyone to: not Alipay's, and the police for threats; eng64)
    "loan_shark": {"zh": "法律援助机构，受到威胁就报警（这笔钱不是支付宝的，95188 管不了）",
                   "en": "legal aid, or the police if you are threatened (this debt is not Alipay's: 95188 cannot help)"},
}
# Lenders whose name is the slot's text (bot.product_unknown; the foreign pay-later names).
NAMED_AS_WRITTEN = frozenset({"other_lender", "bnpl_abroad"})
_ALIPAY_CONTACT = {"zh": "支付宝官方客服 95188", "en": "Alipay's official hotline 95188"}


def contact_for(product: str | None, lang: str, name: str | None = None) -> str:
    """Whom to ask about one's own account: 95188 only for Alipay's products (借呗/花呗);
    otherwise the lender's own official service (called ``name`` when given), with no number
    invented."""
    if product is None or product in ALIPAY_PRODUCTS:
        return _ALIPAY_CONTACT[lang]
    if product in _GENERIC_LENDER:
        return _GENERIC_LENDER[product][lang]
    return _OTHER_LENDER[lang].format(name=name or PRODUCT_NAMES[product][lang])


def product_name(slot: Slot, lang: str) -> str:
    """What the answer calls the product: in Chinese, the name the borrower wrote when it is one
    of the product's own (美团借钱 is not 美团月付, though one lender serves both); otherwise its
    usual name."""
    if slot.value == OTHERS_SEVERAL:  # one line for each of several lenders (bot.session; review28)
        return str(slot.text)
    if lang == "zh" and any("\u3400" <= ch <= "\u9fff" for ch in slot.text):
        return str(slot.text)
    if slot.value in NAMED_AS_WRITTEN:  # a lender known by no name of ours: as the borrower wrote it (eng64)
        text = str(slot.text)
        return text.title() if text.isascii() else text
    return PRODUCT_NAMES[slot.value][lang]


def answer_context(lang: str, slots: dict[str, Slot], *, echo: bool = True,
                   concerns: tuple[str, ...] = (), question: str = "", relatives_loan: bool = False) -> dict[str, Any]:
    """The variables every template may use (see templates.TEMPLATE_VARIABLES). ``concerns``
    are all the fears the message names (the slot holds the first); the answer names them all.
    From the ``question`` itself: the figure it asks for (bot.figures) and the other products it
    names beside the one answered about (``also_name``), and whether the loan is a relative's
    (``relatives_loan``: told now, or remembered by the Session; cls15)."""
    figure = figure_asked(question)
    # Each question's own figure, when there are several ("会被起诉吗？要多久": the second asks one).
    parts = figures_by_question(question) if figure or several_sentences(question) else ()
    figure = figure or next((part for part in parts if part), None)
    product = slots["product"].value if "product" in slots else None
    name = product_name(slots["product"], lang) if product else None
    days, amount, concern = slots.get("days"), slots.get("amount"), slots.get("concern")
    return {
        "lang": lang, "kind": "domain", "product": product, "product_name": name,
        "is_jiebei": product in (None, "jiebei"),
        "alipay": product is None or product in ALIPAY_PRODUCTS,
        "contact": contact_for(product, lang, name), "outside": OUTSIDE[lang],
        "days": days.value if days else None, "days_given": days is not None,
        "days_text": describe_days(days, lang) if days else None,
        "amount": amount.value if amount else None, "amount_given": amount is not None,
        "amount_text": describe_amount(amount, lang) if amount else None,
        "concern": concern.value if concern else None,
        "concern_name": concern_names(concerns or ((concern.value,) if concern else ()), lang, words_of_first(concern, question)) or None,
        "concern_text": concern.text if concern else None,
        "figure": figure[0] if figure else None,
        "figure_name": figure_name(figure[0], lang) if figure else None,
        "figure_text": figure[1] if figure else None,
        "figure_parts": parts,
        "also_name": also_owed(question, product, lang),
        "sources": [], "echo": echo, "scale_note": False,
        "relatives_loan": relatives_loan or (bool(question) and relatives_loan_told(normalize(question)) is True),
        "asks_coping": asks_coping(question),
        "asks_start": asks_start(question),  # how long before collection starts: answered (review35 #3)
        "legal_ask": legal_ask(question),
        "helpline_unreachable": helpline_unreachable(question),  # "12356打不通": its lead says what then (front7)
        "repaid_ask": repaid_ask(question),  # calls after repaying, or using while late (ans18)
        "visit_threat": visit_threat(question),
        "kin_violence": kin_form(normalize(question)) if question else "",  # the abuse reply's family form (fig72)
        "fixer_fee": paid_fixer(question),  # someone offers, for a fee, to clean the record or negotiate (frame "before"; eng64)
        "sms_link": sms_link(question),  # a text with a link asking for a click: the scam line (frame "before"; ans56)  # a visit threatened, nothing worse: the abuse reply's opening (ans24)
        "someone_at_risk": False,  # the crisis reply to a helper (set by the engine for crisis replies only: safe37)
        "act_done": False,  # the helper's crisis reply to someone else's act already done: 120 first (engine; third169)
        "feels_better": False,  # the writer says they feel better: the crisis reply's short form says goodbye (engine; conv53)
        "afraid": states_fear(question),  # not a template variable: whether a calm line opens (ans14)
        "feeling": stated_feeling(question),  # nor this: the feeling that calm line names (ans24)
        # nor these: what a collector claimed or did, 95188 beside other lenders (bot.answer_claims; ans20)
        **claims_context(question, lang, contact_for(product, lang, name)),
    }


def current_slots(slots: dict[str, Slot], question: str, rule: str) -> dict[str, Slot]:
    """The details an answer may use. A fear belongs to the question that named it: a new
    question in the same conversation does not inherit it, while "详细点" or "花呗呢" (rule
    ``context``) and picking a clarification choice still concern the same question."""
    if "concern" not in slots or rule in ("context", "clarification"):
        return slots
    from .slots import extract_slots  # late: only this rare path needs it

    if extract_slots(question).get("concern") == slots["concern"]:
        return slots
    return {name: slot for name, slot in slots.items() if name != "concern"}


def named_concerns(slots: dict[str, Slot], question: str) -> tuple[str, ...]:
    """Every fear the question names, the remembered one first ("会坐牢吗？会影响孩子吗？")."""
    if "concern" not in slots:
        return ()
    first = str(slots["concern"].value)
    found = [concern_id for concern_id, _ in find_concerns(simplified(question))] if question else []
    return (first, *(c for c in found if c != first))

"""Putting an answer together from topic templates and the frame around them.

A default answer is short: the lead, the first three points of the topic's answer (fewer when
one message asks several things; points are written in order of importance), one line naming at most two places in the article that the lines shown rest on, and the
one-line note. ``more`` adds the rest, ``why`` gives the reasoning with every source, ``product``
says what changes when the same question is asked about another product ("花呗呢?"), ``again``
is a safety topic's short reply to a quiet turn right after it ("好的" after the crisis reply; a
topic without one answers as ``more``). A message that states fear ("我好害怕，会被起诉吗") gets one
calm line above a loan answer (``frame.calm``; bot.answer_calm).

Pure functions over loaded knowledge; the Engine calls ``compose_text``.
"""

from __future__ import annotations

from typing import Any

from . import knowledge as kb
from .answer_calm import calm_line, stated_feeling, states_fear, under_calm
from .answer_claims import also_owed, claims_context, take_claims
from .answer_asks import asked_as, legal_ask, repaid_ask, visit_threat
from .answer_modes import asks_coping, asks_start, helpline_unreachable
from .answer_sources import COPING_ALREADY, COPING_GUESS, COPING_LEADS, answer_sources, citations, source_titles
from .concern_names import concern_names, words_of_first
from .concerns import find_concerns
from .answer_figures import figures_placed, with_figure
from .figures import figure_asked, figure_name, figures_by_question, line_silence, several_sentences, silence_points
from .products import OTHERS_SEVERAL
from .records import dataclass
from .relatives import relatives_loan_told
from .safety import ABUSE
from .slots import ALIPAY_PRODUCTS, PRODUCT_NAMES, Slot, describe_amount, describe_days
from .templates import render
from .text import normalize, simplified

UNCOVERED = kb.UNCOVERED  # the topic for fears the article is silent on
# Topics whose answer is itself about threats made by collectors: a fear named in the message
# ("说要去我单位闹") is what they answer, so no separate line names it.
_ANSWER_THREATS = frozenset({"abusive_collection"})
_LAWSUIT = "lawsuit"
_HOME_VISIT = "home_visit"
MODES = ("answer", "more", "why", "product", "rest", "again")
# Points kept per topic: three for one topic, fewer when one reply answers several.
POINTS_FOR = {1: 3, 2: 2}
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
}
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
        "visit_threat": visit_threat(question),  # a visit threatened, nothing worse: the abuse reply's opening (ans24)
        "someone_at_risk": False,  # the crisis reply to a helper (set by the engine for crisis replies only: safe37)
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


def _leads_with_coping(chosen: list[kb.Topic], context: dict[str, Any]) -> bool:
    """Whether the one topic answered leads with the article's coping advice (asks_coping)."""
    return bool(context.get("asks_coping")) and len(chosen) == 1 and chosen[0].id in COPING_LEADS




@dataclass(frozen=True)
class Composed:
    """The rendered answer: its text, its first line, and the sources it rests on."""

    text: str
    lead: str
    sources: tuple[str, ...]  # every source of the topics answered (for explain() and "why")
    shown: tuple[str, ...]  # the sources named in the text


def compose_text(knowledge: kb.Knowledge, chosen: list[kb.Topic], mode: str,
                 context: dict[str, Any], alternatives: tuple[str, ...] = ()) -> Composed:
    """Render the whole answer for the chosen topics in one mode."""
    frame, lang = knowledge.frame, context["lang"]
    loan = [topic for topic in chosen if topic.kind == "domain"]
    told, context = take_claims(context, loan=bool(loan), safety=any(t.kind == "safety" or t.id == ABUSE for t in chosen))
    if mode == "product" and context["is_jiebei"]:
        mode = "answer"  # the article is about 借呗 itself: the plain answer is the answer
    if mode == "again" and not all(topic.again is not None for topic in chosen):
        mode = "more"  # no short reply of its own: the further steps, as before
    context = dict(context, scale_note=bool(mode == "more" and context["echo"] and loan
                                           and (context["days_given"] or context["amount_given"])),
                   # no coping lead beside a topic whose own lead is that advice (negotiate): it would
                   # say the same twice (truth1 #4)
                   asks_coping=bool(context.get("asks_coping")) and not any(t.id in COPING_ALREADY for t in loan),
                   # (the visit section says what the article says of visits: the abuse reply points to it)
                   visit_threat=("answered" if any(t.id == _HOME_VISIT for t in chosen) else "alone") if context.get("visit_threat") else "")
    sections, lead, placed = [], "", figures_placed(context, loan)
    for topic in chosen:
        topic_context = with_figure(dict(context, kind=topic.kind), topic, placed, mode)
        # A figure the question asks for and the article never gives: said first, since it is
        # what the lead must answer: above the borrower's details, or in a reply to several
        # questions, just after the label of the section that answers that question (review19).
        figure = render(frame.figure[lang], topic_context) if topic_context["figure_line"] else ""
        # (a knowledge folder without the optional part says no line: the topic's own point that
        # the article gives no figure then stays; review22)
        topic_context["figure_line"] = bool(figure.strip())
        body = _topic_text(knowledge, topic, mode, topic_context, len(chosen))
        first_loan = topic.kind == "domain" and topic is loan[0]
        labelled = len(chosen) > 1 and topic.kind != "safety"
        # The abuse reply opens with 110 and 12378 whatever the follow-up asks ("多久？" after it):
        # a figure the article never gives is said under that line, not above it (cls15).
        figure_under_head = topic.id == ABUSE and not labelled and bool(figure)
        concern = ""
        if first_loan and not any(t.id == UNCOVERED for t in chosen):  # else that part names the fears
            concern = _concern_line(frame, topic, mode, context)
        if topic.id == _LAWSUIT and told.sued and mode != "why":  # the family sued: its own silence first (ans20)
            concern = "\n".join(part for part in (told.sued, concern) if part)
        if labelled:
            body = _label(topic, lang, context.get("repaid_ask")) + "\n".join(part for part in (figure, concern, body) if part)
        lead = lead or (body if labelled or figure_under_head else figure or concern or body).split("\n", 1)[0]
        if first_loan and mode != "product":  # the borrower's details and product, just above
            before = render(frame.before[lang], context)
            # ...but under the abuse reply's first line: 110 and 12378 open it, the note follows (review29)
            head, _, tail = body.partition("\n") if topic.id == ABUSE else ("", "", body)
            body = "\n".join(part for part in (head, before, tail) if part)
        if topic.id == ABUSE and told.under_abuse and mode not in ("why", "again"):
            head, _, tail = body.partition("\n")
            body = "\n".join(part for part in (head, told.under_abuse, tail) if part)
        if not labelled:
            # The fear named, then the details: the first sentence answers what was asked (ans9:
            # "i am student, jiebei late 2 month, they will tell my university?" opened with the
            # days echoed); a figure or condition the article never weighs above both.
            head, _, tail = body.partition("\n") if figure_under_head else ("", "", body)
            body = "\n".join(part for part in (head, figure, concern, tail) if part)
        sections.append(body)
        if first_loan and told.lenders and not told.lenders_lead and any("95188" in part for part in sections):
            sections[-1] += "\n" + told.lenders  # 95188 is not every lender's line: said under the answer giving it
    sources, shown = answer_sources(knowledge, chosen, loan, mode, context)
    after = render(frame.after[lang], dict(
        # The note goes with loan information: loan topics and a safety reply that rests on the
        # article (abusive collection). A crisis reply is help, not loan information: no note
        # under it, not even under its "more" (its line on calling the lender is marked as not
        # from the article, and nothing in it comes from the article).
        context, kind="domain" if loan else chosen[0].kind,
        note=any(topic.kind == "domain" or (topic.kind == "safety" and topic.sources) for topic in chosen),
        sources=[{"title": title} for title in source_titles(knowledge, shown, mode, lang, len(loan))]))
    # "I answered this as …" comes after the answer, not before it: the answer leads (probe16).
    guessed = ""
    if alternatives:
        guessed = render(frame.did_you_mean[lang], dict(
            context, guess=COPING_GUESS[lang] if _leads_with_coping(chosen, context)
            else asked_as(chosen[0].id, context.get("repaid_ask"), "question", lang) or chosen[0].question[lang],
            alternatives=[knowledge.topic(t).question[lang] for t in alternatives]))
    top = ""
    if context.get("number"):  # what an outside number is, asked alone (frame "number")
        top = render(frame.number[lang], context)
        lead = top.split("\n", 1)[0]
    if told.lines or (told.lenders and told.lenders_lead):  # what the message tells or asks first leads (ans20)
        top = "\n".join([*told.lines, *([told.lenders] if told.lenders_lead else []), *([top] if top else [])])
        lead = top.split("\n", 1)[0]
    calm = calm_line(frame, chosen, context) if sections else ""
    if calm:  # one calm line opens the loan answer of a frightened message; the lead stays the answer
        sections = under_calm(sections, chosen, calm)  # (it stands for the worry reply's own opening)
    text = "\n\n".join(part for part in [top, *sections, guessed, after] if part)
    return Composed(text, lead, sources, shown)



def _topic_text(knowledge: kb.Knowledge, topic: kb.Topic, mode: str, context: dict[str, Any],
                topics: int) -> str:
    lang = context["lang"]
    if mode == "why" and topic.why is not None:
        return render(topic.why[lang], context)
    if mode == "again" and topic.again is not None:
        return render(topic.again[lang], context)
    if mode == "product" and topic.kind == "domain":
        return render(knowledge.frame.product_switch[lang],
                      dict(context, topic_label=_label_text(topic, lang)))
    text = render(topic.answer[lang], context)
    if mode == "more" and topic.more is not None:
        return text + "\n" + render(topic.more[lang], context)
    # The abuse reply keeps every point, whatever else the message asks: its last one (a fake
    # court paper or "立案" text: do not call its number) is what a doubted police threat needs.
    whole = topic.kind != "domain" or topic.id == ABUSE
    shown = 99 if whole else POINTS_FOR.get(topics, 1)
    if context["figure_line"]:  # the line above says it: no point saying it again (review19)
        text = "\n".join(line for line in text.split("\n") if not line_silence(line, context["figure"]))
    if mode == "rest":
        # A follow-up on the same matter ("他们不同意怎么办"): the lead again, then the points the
        # short answer left out and the further ones, not the same points a second time (review10/11).
        # A follow-up that asks for a figure ("要多久会起诉") keeps the point that says the article
        # gives none (no days, no amounts, no duration), though the short answer showed it (probe16),
        # unless the line above says so.
        left = ((silence_points(text, shown) if context["figure"] else []) + _points_after(text, shown)
                + ([render(topic.more[lang], context)] if topic.more is not None else []))
        return "\n".join([text.split("\n", 1)[0], *left]) if left else text
    return _trim_points(text, shown)


def _points_after(text: str, points: int) -> list[str]:
    """The points ("- " lines) after the first ``points``."""
    return [line for line in text.split("\n") if line.startswith("- ")][points:]


def _trim_points(text: str, points: int) -> str:
    """Keep the lead and the first ``points`` points ("- " lines)."""
    kept: list[str] = []
    for line in text.split("\n"):
        if line.startswith("- "):
            if points <= 0:
                continue
            points -= 1
        kept.append(line)
    return "\n".join(kept)


def _concern_line(frame: kb.Frame, topic: kb.Topic, mode: str, context: dict[str, Any]) -> str:
    """The line naming the borrower's fear when another topic answers the message (or ""): the
    article is silent on it, so the answer says so before what the article does say."""
    if not context["concern"] or topic.id == UNCOVERED or topic.id in _ANSWER_THREATS or mode == "why":
        return ""
    return render(frame.concern[context["lang"]], context)


def _label_text(topic: kb.Topic, lang: str, ask: str | None = None) -> str:
    return asked_as(topic.id, ask, "label", lang) or (topic.label or topic.title)[lang]


def _label(topic: kb.Topic, lang: str, ask: str | None = None) -> str:
    text = _label_text(topic, lang, ask)
    return f"【{text}】" if lang == "zh" else f"[{text}] "


__all__ = ["Composed", "MODES", "UNCOVERED", "answer_context", "citations", "compose_text", "contact_for",
           "current_slots", "named_concerns"]

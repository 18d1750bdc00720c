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
from .answer_asks import asked_as
from .answer_calm import calm_line, under_calm
from .answer_claims import take_claims
from .answer_figures import figures_placed, with_figure
from .safety.kin_violence import LABEL as KIN_LABEL
from .answer_sources import COPING_ALREADY, COPING_GUESS, COPING_LEADS, answer_sources, citations, source_titles
from .figures import line_silence, silence_points
from .records import dataclass, replace
from .safety import ABUSE
from .templates import render
from .patterns import regex

# Re-exported: callers import them from here (the variables of an answer: bot.answer_variables).
from .answer_variables import OUTSIDE as OUTSIDE, answer_context as answer_context, contact_for as contact_for
from .answer_variables import current_slots as current_slots, named_concerns as named_concerns

UNCOVERED = kb.UNCOVERED  # the topic for fears the article is silent on
# Topics whose answer is itself about threats made by collectors: a fear named in the message
# ("说要去我单位闹") is what they answer, so no separate line names it.
_ANSWER_THREATS = frozenset({"abusive_collection"})
_LAWSUIT = "lawsuit"
_ABOUT = "about_jiebei"
_FAMILY = "contact_family"
_WAGES = regex(r"工资|\bwages?\b")  # (the fear named with wages: one the contact answer does not name)
_HOME_VISIT = "home_visit"
MODES = ("answer", "more", "why", "product", "rest", "again")
# Points kept per topic: three for one topic, fewer when one reply answers several.
POINTS_FOR = {1: 3, 2: 2}


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
            body = _label(topic, lang, context.get("repaid_ask"), bool(context.get("kin_violence"))) + "\n".join(part for part in (figure, concern, body) if part)
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
    top = beside = ""
    if context.get("number_beside"):  # 95188 unreachable beside a question: the answer leads, the line follows (fix164)
        beside = render(frame.number[lang], dict(context, numbers_many=False, numbers_more=False))
    elif context.get("numbers"):  # "95188还是12378": what each is for, one line each (bot.number_pairs; fix164)
        numbers = context["numbers"]
        top = "\n".join(render(frame.number[lang], dict(context, number=number, numbers_many=True, numbers_more=index < len(numbers) - 1))
                        for index, number in enumerate(numbers))
        if any(topic.kind == "domain" for topic in chosen):  # a loan question beside them leads (bot.number_beside)
            top, beside = "", top
        else:
            lead = top.split("\n", 1)[0]
    elif context.get("number"):  # what an outside number is, asked alone (frame "number")
        top = render(frame.number[lang], dict(context, numbers_many=False, numbers_more=False))
        lead = top.split("\n", 1)[0]
    if told.rate_only and chosen[0].id == _ABOUT:
        # "借呗是正规的吗？会不会是高利贷": what Jiebei is answers the question; the rate's lawfulness, a side
        # question the article is silent on, follows it (newuser161 #6; answer171)
        beside, told = "\n\n".join(part for part in (beside, *told.lines) if part), replace(told, lines=())
    if told.lines or (told.lenders and told.lenders_lead):  # what the message tells or asks first leads (ans20)
        top = "\n".join([*told.lines, *([told.lenders] if told.lenders_lead else []), *([top] if top else [])])
        lead = top.split("\n", 1)[0]
    calm = calm_line(frame, chosen, context) if sections else ""
    if calm:  # one calm line opens the loan answer of a frightened message; the lead stays the answer
        sections = under_calm(sections, chosen, calm)  # (it stands for the worry reply's own opening)
    text = "\n\n".join(part for part in [top, *sections, beside, guessed, after] if part)
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
    if topic.id == _FAMILY and context["concern"] == "wages_employer" and not _WAGES.search(str(context.get("concern_name") or "")):
        # "会打电话给我老板吗": the contact answer's own lead already says the article is silent on the workplace;
        # a second silence, sending the borrower to a lawyer about a call, says it twice (newuser161 #7; answer171)
        return ""
    return render(frame.concern[context["lang"]], context)


def _label_text(topic: kb.Topic, lang: str, ask: str | None = None, kin: bool = False) -> str:
    if kin and topic.id == ABUSE:
        return KIN_LABEL[lang]  # violence at home: not the collectors' title (fig72)
    return asked_as(topic.id, ask, "label", lang) or (topic.label or topic.title)[lang]


def _label(topic: kb.Topic, lang: str, ask: str | None = None, kin: bool = False) -> str:
    text = _label_text(topic, lang, ask, kin)
    return f"【{text}】" if lang == "zh" else f"[{text}] "


__all__ = ["Composed", "MODES", "UNCOVERED", "answer_context", "citations", "compose_text", "contact_for",
           "current_slots", "named_concerns"]

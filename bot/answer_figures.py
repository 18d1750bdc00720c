"""Where the line on a figure the article never gives goes in a reply to several topics: which
section says it, and the context of that section (moved out of bot.answer, which had grown past
the house limit; ans24)."""

from __future__ import annotations

from typing import Any

from . import knowledge as kb
from .figures import FIGURE_HOMES, figure_name, shows_figure
from .safety import ABUSE


def figures_placed(context: dict[str, Any], loan: list[kb.Topic]) -> dict[str, tuple[str, str]]:
    """Which section says which figure the message asks for (topic id -> (kind, words)): the
    topic the figure belongs to (FIGURE_HOMES: a score's drop to the credit section) when it is
    answered; else, when each loan topic answers one question in order ("会被起诉吗？要多久"), the
    section of the question that asks it; else the first loan topic other than the abuse reply."""
    if not loan:
        return {}
    parts = context["figure_parts"] if len(loan) > 1 else ()
    asked = [(index, part) for index, part in enumerate(parts) if part]
    if not asked and context["figure"]:
        asked = [(0, (context["figure"], context["figure_text"]))]
    placed: dict[str, tuple[str, str]] = {}
    # (never the abuse reply's, when another section can say it: 110 and 12378 open that reply, and a
    # line on who collects above them had opened it; review42)
    first = next((t for t in loan if t.id != ABUSE), loan[0])
    for index, figure in asked:
        home = next((t for t in loan if t.id in FIGURE_HOMES.get(figure[0], ())), None)
        if home is None:
            home = loan[index] if len(parts) == len(loan) and loan[index].id != ABUSE else first
        placed.setdefault(home.id, figure)
    return placed


def with_figure(context: dict[str, Any], topic: kb.Topic, placed: dict[str, tuple[str, str]],
                 mode: str) -> dict[str, Any]:
    """The context for one topic's section, with the figure placed there (``figures_placed``).
    ``figure_line``: whether the section says first that the article gives no such figure."""
    figure = placed.get(topic.id) if topic.kind == "domain" else None
    shown = mode != "product" and figure is not None and shows_figure(figure[0], topic.id)
    return dict(context, figure=figure[0] if figure else None, figure_text=figure[1] if figure else None,
                figure_name=figure_name(figure[0], context["lang"]) if figure else None, figure_line=shown)


__all__ = ["figures_placed", "with_figure"]

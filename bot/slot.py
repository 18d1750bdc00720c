"""A detail read from a message (``Slot``), and what the readers of days (bot.slots_days) and of
amounts (bot.slots_amount) both ask of the words before a number."""

from __future__ import annotations

from typing import Any

from .patterns import regex
from .records import dataclass

# Someone else's case ("我朋友逾期3个月就被起诉了，我会吗", "同事欠了5万"): not the borrower's days
# or debt (review22). (Not money borrowed from them: "借朋友3万" is the borrower's own.)
_OTHERS_CASE = regex(r"(?<![借向跟找问还欠和与及])(?:朋友|同事|别人|他人|有人|网友|亲戚|同学|邻居|室友|(?<!其)他|她)(?:的)?\s*"
                     r"(?:也|都|已经|才|只|之前|以前)?\s*(?:(?:借呗|花呗|网贷)\s*)?(?:逾期|欠(?:款|了)?|拖(?:了)?)?\s*(?:了)?\s*$")


@dataclass(frozen=True)
class Slot:
    """One understood detail: ``value`` is normalised (days as an int, yuan as a number, product id),
    or None when the number was masked; ``text`` is the span of the message it came from."""

    name: str
    value: Any
    text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"name": self.name, "value": self.value, "text": self.text}


def told_of_someone_else(before: str) -> bool:
    """Whether the words just before a number tell someone else's case (朋友逾期3个月, 同事欠了5万)."""
    return _OTHERS_CASE.search(before[-12:]) is not None


def inside(position: int, spans: list[tuple[int, int, str]]) -> bool:
    """Whether ``position`` falls in one of ``spans`` (rumoured lines: bot.figures.rumoured_lines)."""
    return any(start <= position < end for start, end, _ in spans)

"""What the safety rules found in a message (``Signal``) and the two safety topics' names: a module of its own so that
the readers that weigh a signal (doubting.py) need not import the package that makes it."""

from __future__ import annotations

from ..records import dataclass

CRISIS = "crisis"
ABUSE = "abusive_collection"


@dataclass(frozen=True)
class Signal:
    """What the safety rules found in a message: the crisis and abuse cues (by kind, e.g.
    "farewell", "impersonation"), and the message without the clauses that carried them."""

    crisis: tuple[str, ...]
    abuse: tuple[str, ...]
    remainder: str
    # How sure the crisis is (safe9): the clauses that carry it, and whether two stages agree on
    # it (two of rules, despair scale, learned reader; or two rule kinds). See doubt.py.
    crisis_at: frozenset[int] = frozenset()
    agreed: bool = False
    abuse_at: frozenset[int] = frozenset()  # the clauses that carry abuse

    @property
    def topics(self) -> tuple[str, ...]:
        """The safety topics to answer first, crisis before abuse."""
        return tuple(topic for topic, cues in ((CRISIS, self.crisis), (ABUSE, self.abuse)) if cues)


__all__ = ["ABUSE", "CRISIS", "Signal"]

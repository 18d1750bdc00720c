"""The one exception family of jiebei-bot: everything the package raises on purpose is a BotError."""

from __future__ import annotations

from .records import dataclass


class BotError(Exception):
    """Root of every error jiebei-bot raises on purpose (bad input, bad knowledge, bad usage)."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a knowledge folder: which file, where in it (JSON pointer), and what."""

    file: str
    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.pointer or '/'}: {self.message}"


class KnowledgeError(BotError):
    """A knowledge folder is broken. ``problems`` lists every problem found, each with file and pointer."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        first = str(self.problems[0]) if self.problems else "knowledge folder is broken"
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more problem(s))" if more > 0 else ""))


class UsageError(BotError):
    """A caller asked for something the engine does not offer (unknown language, unreadable eval file...)."""


class ImmutableError(UsageError, AttributeError):
    """An attempt to set or delete an attribute of an object that is immutable once made (an
    ``Engine``). Also an AttributeError, as for a frozen dataclass, so ``setattr`` callers that
    expect one still work."""


class DependencyError(BotError, ImportError):
    """A runtime dependency jiebei-bot needs is not installed (a broken or partial install). Also an
    ImportError, as the failed import it reports."""


class RenderError(BotError):
    """A knowledge template could not be rendered: it is broken (an undefined variable, a division
    by zero) or went past a bound of the template sandbox (loop count, output size; see bot.sandbox)."""

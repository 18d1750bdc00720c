"""What the REPL and the piped mode share: the conversation and the slash commands.

A ``Chat`` holds one Session (or a fresh one per message, for piped lines that are independent
questions), the last reply (for /why) and the language setting; ``command`` runs a slash command
and returns what to show. Nothing here prints.
"""

from __future__ import annotations

from ..records import dataclass, field
from typing import TYPE_CHECKING

from .. import followups
from ..reply import Reply
from ..script import to_traditional
from . import strings
from .explain import topics_fragments, why_fragments
from .render import Fragments, block, is_traditional

if TYPE_CHECKING:
    from ..engine import Engine

QUIT_COMMANDS = ("/quit", "/exit", "/q")
LANG_VALUES = ("zh", "en", "auto")


class Chat:
    """A conversation as the terminal sees it. With ``keep_session=False`` every message starts
    a new Session (piped lines are separate questions), keeping only the language setting."""

    def __init__(self, engine: "Engine", *, keep_session: bool = True) -> None:
        self.engine = engine
        self.keep_session = keep_session
        self.session = engine.session()
        self.last_reply: Reply | None = None
        self._setting: str | None = None  # /lang zh|en; None is auto

    @property
    def language_setting(self) -> str:
        """"zh", "en" or "auto": the /lang setting, or a language the borrower asked for in words."""
        return (self.session.language if self.keep_session else self._setting) or "auto"

    @property
    def ui_lang(self) -> str:
        """The language to talk in: the chosen one, else that of the last answer, else Chinese."""
        setting = self.language_setting
        if setting != "auto":
            return setting
        return self.last_reply.lang if self.last_reply else "zh"

    def ask(self, text: str) -> Reply:
        """Answer a message (in the conversation, or on its own for independent lines)."""
        if not self.keep_session:
            self.session = self.engine.session()
            # A line with no language of its own ("exit", "ok") answers in the recent one, as a
            # conversation would; every other line follows its own language (or /lang).
            recent = self.last_reply.lang if self.last_reply and _languageless(text) else None
            self.session.set_language(self._setting or recent)
        self.last_reply = self.session.ask(text)
        return self.last_reply

    def set_language(self, value: str) -> None:
        """Apply /lang: "zh", "en" or "auto"."""
        self._setting = None if value == "auto" else value
        self.session.set_language(self._setting)

    def reset(self) -> None:
        """Start a new conversation (the language setting goes back to auto too)."""
        self.session.reset()
        self._setting = None
        self.last_reply = None


def _languageless(text: str) -> bool:
    """A message that says nothing about the borrower's language: no letters at all, or only a
    leaving word such as "exit" or "bye" (typed in English after Chinese questions, too)."""
    return not any(char.isalpha() for char in text) or (text.isascii() and followups.is_leaving(text))


@dataclass(frozen=True)
class Outcome:
    """What a slash command shows, and whether the front end should stop."""

    fragments: Fragments = field(default_factory=list)
    quit: bool = False


def is_command(text: str) -> bool:
    """Slash commands start with "/" ("/help"); a question never does."""
    return text.startswith("/")


def command(chat: Chat, text: str, width: int | None) -> Outcome:
    """Run one slash command. Unknown commands and bad arguments get a one-line hint. What it
    shows is in the script of the conversation (traditional characters after answers in them)."""
    outcome = _command(chat, text, width)
    reply = chat.last_reply
    if reply is None or not outcome.fragments or not is_traditional(reply):
        return outcome
    return Outcome([(style, to_traditional(piece)) for style, piece in outcome.fragments], outcome.quit)


def _command(chat: Chat, text: str, width: int | None) -> Outcome:
    name, _, argument = text.strip().partition(" ")
    name, argument = name.lower(), argument.strip().lower()
    lang = chat.ui_lang
    if name in QUIT_COMMANDS:
        return Outcome(quit=True)
    if name == "/help":
        return Outcome(_help(lang, width))
    if name == "/topics":
        return Outcome(topics_fragments(chat.engine, lang, width))
    if name == "/why":
        if chat.last_reply is None:
            return Outcome(block(strings.NOTHING_TO_EXPLAIN[lang], width))
        return Outcome(why_fragments(chat.last_reply, chat.engine, chat.last_reply.lang, width))
    if name == "/lang":
        return Outcome(_lang(chat, argument, width))
    if name == "/reset":
        chat.reset()
        return Outcome(block(strings.RESET[lang], width))
    return Outcome(block(strings.UNKNOWN_COMMAND[lang].format(name=name), width, "class:error"))


def _help(lang: str, width: int | None) -> Fragments:
    index = 0 if lang == "zh" else 1
    fragments: Fragments = []
    for name, descriptions in strings.COMMANDS.items():
        fragments += block(f"  {name:<8} {descriptions[index]}", width, indent=" " * 11)
    return fragments + block(strings.HELP_KEYS[lang], width)


def _lang(chat: Chat, argument: str, width: int | None) -> Fragments:
    """/lang alone shows the setting and usage; /lang zh|en|auto sets it; anything else lists them."""
    lang = chat.ui_lang
    if not argument:
        name = strings.LANG_NAMES[lang][chat.language_setting]
        return block(strings.LANG_NOW[lang].format(name=name), width)
    if argument not in LANG_VALUES:
        return block(strings.LANG_BAD[lang].format(value=argument), width, "class:error")
    chat.set_language(argument)
    return block(strings.LANG_SET[chat.ui_lang][argument], width)

"""The interactive REPL (prompt_toolkit): a conversation in the terminal, with history, Tab
completion, a bottom toolbar that fits the window, and bracketed paste (a multi-line paste is one
message). Everything it shows comes from ``render``/``explain``/``chat``; only this module and
``pipe`` write to the terminal.
"""

from __future__ import annotations

from typing import Callable, Iterable

from prompt_toolkit import PromptSession, print_formatted_text
from prompt_toolkit.application import get_app_or_none
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.completion import CompleteEvent, Completer, Completion, WordCompleter
from prompt_toolkit.document import Document
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.history import History, InMemoryHistory
from prompt_toolkit.input import Input
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys
from prompt_toolkit.output import ColorDepth, Output
from prompt_toolkit.styles import Style

from .. import followups
from ..engine import Engine
from ..errors import BotError
from . import strings
from .chat import Chat, command, is_command
from .layout import MIN_WIDTH, width_of
from .render import Fragments, block, plain, reply_fragments

STYLE = Style.from_dict({
    "answer": "bold", "point": "", "source": "#888888", "note": "#888888 italic",
    "heading": "#5f87af bold", "number": "#5f87af bold", "suggestion": "#5f87af",
    "info": "#5f875f", "error": "#d75f5f", "prompt": "#5f87af bold",
    "bottom-toolbar": "noreverse bg:#303030 #bcbcbc",
})
PROMPT = FormattedText([("class:prompt", "› ")])
DEFAULT_COLUMNS = 80


def toolbar_text(setting: str, lang: str, columns: int) -> str:
    """The bottom toolbar for a window ``columns`` wide: the answer language, then as many key
    hints as fit (Tab's first: it completes questions, which a new user would not guess)."""
    label = strings.TOOLBAR_LANG[lang][setting]
    keys = list(strings.TOOLBAR_KEYS[lang])
    while keys:
        text = f" {label} │ " + " · ".join(keys) + " "
        if width_of(text) <= columns:
            return text
        keys.pop()
    return f" {label} "


def paste_bindings() -> KeyBindings:
    """Bracketed paste: the pasted lines become one message in the buffer, sent with Enter.
    Line endings are normalised and a trailing newline dropped, so the cursor ends on the text."""
    bindings = KeyBindings()

    @bindings.add(Keys.BracketedPaste)
    def _paste(event: KeyPressEvent) -> None:
        data = event.data.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")
        event.current_buffer.insert_text(data)

    return bindings


class BotCompleter(Completer):
    """Slash commands after "/", the topics' questions otherwise."""

    def __init__(self, questions: Iterable[str]) -> None:
        commands = list(strings.COMMANDS) + ["/lang zh", "/lang en", "/lang auto"]
        self._commands = WordCompleter(commands, sentence=True)
        self._questions = WordCompleter(sorted(set(questions)), sentence=True, match_middle=True)

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
        completer = self._commands if document.text.startswith("/") else self._questions
        yield from completer.get_completions(document, complete_event)


class Repl:
    """A conversation in the terminal. ``echo`` receives every block of formatted output (tests
    capture it; by default it is printed)."""

    def __init__(self, engine: Engine, *, input: Input | None = None, output: Output | None = None,
                 history: History | None = None, color: bool = True,
                 echo: Callable[[Fragments], None] | None = None) -> None:
        self.chat = Chat(engine)
        self._output = output
        self._color = color
        self._echo = echo or self._print
        questions = [t.question[lang] for t in engine.topics for lang in ("zh", "en")]
        self.prompt: PromptSession[str] = PromptSession(
            input=input, output=output, history=history or InMemoryHistory(),
            auto_suggest=AutoSuggestFromHistory(), completer=BotCompleter(questions),
            complete_while_typing=False, bottom_toolbar=self._toolbar, style=STYLE,
            key_bindings=paste_bindings(),
            color_depth=None if color else ColorDepth.DEPTH_1_BIT, enable_history_search=False)

    def _print(self, fragments: Fragments) -> None:
        if not self._color:
            fragments = [("", plain(fragments))]
        print_formatted_text(FormattedText(fragments), end="", style=STYLE, output=self._output)

    def _columns(self) -> int:
        try:
            return self.prompt.output.get_size().columns
        except Exception:  # an output with no size (a pipe) still gets sensible wrapping
            return DEFAULT_COLUMNS

    def _width(self) -> int:
        # One column spare: some terminals wrap early when a line fills the last column.
        return max(MIN_WIDTH, self._columns() - 1)

    def _toolbar(self) -> FormattedText:
        app = get_app_or_none()
        columns = app.output.get_size().columns if app else self._columns()
        text = toolbar_text(self.chat.language_setting, self.chat.ui_lang, columns)
        return FormattedText([("class:bottom-toolbar", text)])

    def run(self) -> int:
        """Read and answer until Ctrl-D, /quit or a leaving word ("exit", "再见"); returns 0."""
        self._echo(block(strings.GREETING, self._width()) + [("", "\n")])
        while True:
            try:
                line = self.prompt.prompt(PROMPT)
            except KeyboardInterrupt:
                continue  # Ctrl-C clears the line, as in a shell
            except EOFError:
                break
            self._history_problem()
            if not self.handle(line):
                return 0
        self._echo([("class:info", strings.FAREWELL + "\n")])
        return 0

    def _history_problem(self) -> None:
        """Say once that the history file failed (bot.terminal.history); the REPL goes on."""
        take = getattr(self.prompt.history, "take_problem", None)
        problem = take() if take else None
        if problem:
            message = strings.HISTORY_OFF[self.chat.ui_lang].format(problem=problem)
            self._echo(block(message, self._width(), "class:info") + [("", "\n")])

    def handle(self, line: str) -> bool:
        """Answer one message; False when the user is leaving. Never raises for bad input."""
        text = line.strip()
        if not text:
            return True
        width = self._width()
        if is_command(text):
            outcome = command(self.chat, text, width)
            if outcome.quit:
                self._echo([("class:info", strings.FAREWELL + "\n")])
                return False
            self._echo([("", "\n")] + outcome.fragments + [("", "\n")])
            return True
        try:
            reply = self.chat.ask(text)
        except BotError as error:
            message = strings.ERROR[self.chat.ui_lang].format(error=error)
            self._echo(block(message, width, "class:error") + [("", "\n")])
            return True
        self._echo([("", "\n")] + reply_fragments(reply, width) + [("", "\n")])
        # "exit", "退出", "再见" alone: the goodbye above was the last word.
        return not followups.is_leaving(text)

"""The interactive terminal front end (prompt_toolkit) and its line-by-line twin for pipes.

Only this module and ``cli`` talk to the terminal. The REPL keeps a Session, so follow-ups,
numbered choices and remembered details work as in the library.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Callable, Iterable, TextIO

from prompt_toolkit import PromptSession, print_formatted_text
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.completion import Completer, Completion, WordCompleter
from prompt_toolkit.document import Document
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.history import FileHistory, History, InMemoryHistory
from prompt_toolkit.input import Input
from prompt_toolkit.output import ColorDepth, Output
from prompt_toolkit.styles import Style

from .engine import Engine
from .errors import BotError
from .reply import Reply
from .render import Fragments, plain, reply_fragments, sanitize, wrap

STYLE = Style.from_dict({
    "answer": "bold", "point": "", "source": "#888888", "note": "#888888 italic",
    "heading": "#5f87af bold", "number": "#5f87af bold", "suggestion": "#5f87af",
    "info": "#5f875f", "error": "#d75f5f", "prompt": "#5f87af bold",
    "bottom-toolbar": "noreverse bg:#303030 #bcbcbc",
})
COMMANDS = {
    "/help": ("显示帮助", "show help"), "/topics": ("我能回答的话题", "what I can answer"),
    "/why": ("解释上一个回答是怎么选出来的", "explain how the last answer was chosen"),
    "/lang": ("/lang zh|en|auto 切换回答语言", "/lang zh|en|auto: answer language"),
    "/reset": ("开始新的对话", "start a new conversation"), "/quit": ("退出", "quit"),
}
GREETING = (
    "你好，我是借呗逾期问答助手。可以问我：逾期后会不会上门、会不会联系家人、征信、起诉、罚息、"
    "还不上怎么协商、遇到暴力催收怎么办等。输入 /help 查看命令，Ctrl-D 或 /quit 退出。\n"
    "Hi, I answer questions about overdue Jiebei loans in Chinese or English. "
    "Type /help for commands, Ctrl-D or /quit to leave."
)
_PHONE_RE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)")
_ID_RE = re.compile(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])")
_CARD_RE = re.compile(r"(?<!\d)(?:\d[ -]?){15,18}\d(?!\d)")


def redact(text: str) -> str:
    """Hide ID-card, bank-card and phone numbers before anything is written to disk."""
    text = _ID_RE.sub("[ID]", text)
    text = _CARD_RE.sub("[CARD]", text)
    return _PHONE_RE.sub("[PHONE]", text)


class RedactingFileHistory(FileHistory):
    """prompt_toolkit's FileHistory, but every line is redacted before it is stored."""

    def store_string(self, string: str) -> None:
        path = Path(str(self.filename))
        path.parent.mkdir(parents=True, exist_ok=True)
        super().store_string(redact(string))


def history_path() -> Path:
    """``$XDG_STATE_HOME/jiebei-bot/history`` (``~/.local/state`` when unset)."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "jiebei-bot" / "history"


class BotCompleter(Completer):
    """Slash commands after "/", topic questions otherwise."""

    def __init__(self, questions: Iterable[str]) -> None:
        self._commands = WordCompleter(list(COMMANDS) + ["/lang zh", "/lang en", "/lang auto"], sentence=True)
        self._questions = WordCompleter(sorted(set(questions)), sentence=True, match_middle=True)

    def get_completions(self, document: Document, complete_event):  # type: ignore[no-untyped-def]
        completer = self._commands if document.text.startswith("/") else self._questions
        yield from completer.get_completions(document, complete_event)


class Repl:
    """A conversation in the terminal. ``echo`` receives every block of formatted output."""

    def __init__(self, engine: Engine, *, input: Input | None = None, output: Output | None = None,
                 history: History | None = None, color: bool = True,
                 echo: Callable[[Fragments], None] | None = None) -> None:
        self.engine = engine
        self.session = engine.session()
        self.lang_setting = "auto"
        self.last_reply: Reply | None = None
        self._output = output
        self._color = color
        self._echo = echo or self._print
        questions = [t.question[lang] for t in engine.topics for lang in ("zh", "en")]
        self.prompt: PromptSession[str] = PromptSession(
            input=input, output=output, history=history or InMemoryHistory(),
            auto_suggest=AutoSuggestFromHistory(), completer=BotCompleter(questions),
            complete_while_typing=False, bottom_toolbar=self._toolbar, style=STYLE,
            color_depth=None if color else ColorDepth.DEPTH_1_BIT, enable_history_search=False)

    def _print(self, fragments: Fragments) -> None:
        if not self._color:
            fragments = [("", plain(fragments))]
        print_formatted_text(FormattedText(fragments), end="", style=STYLE, output=self._output)

    def _toolbar(self) -> FormattedText:
        lang = {"auto": "语言 auto", "zh": "中文", "en": "English"}[self.lang_setting]
        return FormattedText([("class:bottom-toolbar",
                               f" {lang} │ ↑ 历史 history · Ctrl-R 搜索 search · Tab · Ctrl-D 退出 quit ")])

    def _width(self) -> int:
        try:
            # Two columns spare: closing punctuation may overhang a full line by one wide character.
            return max(20, self.prompt.output.get_size().columns - 2)
        except Exception:  # an output with no size (a pipe) still gets sensible wrapping
            return 79

    def run(self) -> int:
        """Read and answer until Ctrl-D or /quit; returns the exit status (0)."""
        width = self._width()
        greeting = "\n".join(piece for line in GREETING.split("\n") for piece in wrap(line, width))
        self._echo([("class:info", greeting + "\n\n")])
        while True:
            try:
                line = self.prompt.prompt([("class:prompt", "› ")])
            except KeyboardInterrupt:
                continue  # Ctrl-C clears the line, as in a shell
            except EOFError:
                break
            if not self.handle(line):
                break
        self._echo([("class:info", "再见，保重。Take care.\n")])
        return 0

    def handle(self, line: str) -> bool:
        """Answer one line; False when the user asked to quit. Never raises for bad input."""
        text = line.strip()
        if not text:
            return True
        if text.startswith("/"):
            return self._command(text)
        try:
            reply = self.session.ask(text)
        except BotError as error:
            self._echo([("class:error", sanitize(f"出错了 / error: {error}") + "\n")])
            return True
        self.last_reply = reply
        self._echo([("", "\n")] + reply_fragments(reply, self._width()) + [("", "\n")])
        return True

    def _command(self, text: str) -> bool:
        name, _, argument = text.partition(" ")
        name = name.lower()
        if name in ("/quit", "/exit", "/q"):
            return False
        if name == "/help":
            self._echo([("class:info", "".join(f"  {cmd:<8} {zh} / {en}\n" for cmd, (zh, en) in COMMANDS.items()) + "\n")])
        elif name == "/topics":
            self._echo([("class:info", "".join(f"  • {t.title.zh} / {t.title.en}\n" for t in self.engine.topics
                                               if t.kind == "domain") + "\n")])
        elif name == "/why":
            self._echo([("class:info", (self.last_reply.explain() if self.last_reply else "还没有回答可以解释。No answer to explain yet.") + "\n\n")])
        elif name == "/lang" and argument.strip().lower() in ("zh", "en", "auto"):
            self.lang_setting = argument.strip().lower()
            self.session.set_language(None if self.lang_setting == "auto" else self.lang_setting)
            self._echo([("class:info", f"回答语言 / answer language: {self.lang_setting}\n\n")])
        elif name == "/reset":
            self.session.reset()
            self.last_reply = None
            self._echo([("class:info", "已开始新的对话。New conversation started.\n\n")])
        else:
            self._echo([("class:error", sanitize(f"未知命令 {name}；输入 /help 查看可用命令。Unknown command {name}: type /help.") + "\n\n")])
        return True


def run_pipe(engine: Engine, lines: Iterable[str], out: TextIO) -> int:
    """Answer each non-empty line of a non-terminal stdin, plainly, separated by a rule."""
    session = engine.session()
    first = True
    for line in lines:
        text = line.strip()
        if not text:
            continue
        if not first:
            out.write("\n" + "-" * 40 + "\n\n")
        first = False
        reply = session.ask(text)
        out.write(f"> {sanitize(text)}\n\n" + plain(reply_fragments(reply, 79)))
        out.flush()
    return 0

"""The ``jiebei-bot`` command line's argument parser (bot.cli reads a plain ``ask`` without it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, NoReturn

from . import __version__

if TYPE_CHECKING:
    import argparse

USAGE = 2  # exit status for a command line or a setting that cannot be right
EPILOG = """With no command: the interactive REPL on a terminal. When stdin is a pipe or a file, each line is
answered on its own (details from one line never carry into the next); --session makes the lines
one conversation, so follow-ups such as "2", "详细点" or "用英文" work. /quit or "exit" ends."""


def _parser_class() -> type[argparse.ArgumentParser]:
    """argparse, with a mistake on the command line told in one line (exit status 2). Built on
    first use: a plain ``ask`` is read without argparse (see ``_plain_ask``)."""
    import argparse

    class Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            self.exit(USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")

        def _get_formatter(self) -> argparse.HelpFormatter:
            # argparse builds a formatter for every add_argument; by default its width comes from
            # shutil, which imports bz2 and lzma (~0.5 MiB in every `serve` process): the same width.
            return self.formatter_class(prog=self.prog, width=_terminal_columns() - 2)  # type: ignore[call-arg]

    return Parser


def _terminal_columns() -> int:
    """shutil.get_terminal_size().columns: $COLUMNS, else the terminal's width, else 80."""
    import os
    import sys

    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


def _whole_number(low: int, high: int, what: str) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``, or a message saying so."""

    def parse(text: str) -> int:
        import argparse

        from .server.settings import SettingError, whole_number

        if text.strip():
            try:
                return whole_number(text, what, low, high, low)
            except SettingError:
                pass
        raise argparse.ArgumentTypeError(f"expected {what} from {low} to {high}, found {text[:20]!r}")

    return parse


def _knowledge_after(command: argparse.ArgumentParser) -> None:
    """``--knowledge PATH`` after the command too (``jiebei-bot ask hi --knowledge k``), as before it
    (front7: "unrecognized arguments"). SUPPRESS: unless given here, the one before the command stands."""
    import argparse

    command.add_argument("--knowledge", metavar="PATH", default=argparse.SUPPRESS,
                         help="knowledge folder (also accepted before the command)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    import argparse

    parser = _parser_class()(
        prog="jiebei-bot", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Calm answers for borrowers late on an Alipay 借呗 (Jiebei) loan.")
    parser.add_argument("--version", action="version", version=f"jiebei-bot {__version__}")
    parser.add_argument("--knowledge", metavar="PATH", help="knowledge folder (default: $JIEBEI_KNOWLEDGE, else the packaged one)")
    parser.add_argument("--no-color", action="store_true", help="no colour in the REPL (NO_COLOR is respected too)")
    parser.add_argument("--no-history", action="store_true", help="the REPL writes no history file")
    parser.add_argument("--session", action="store_true",
                        help="piped mode: treat the lines as one conversation (default: each line on its own)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    ask = commands.add_parser("ask", help="answer one question")
    _knowledge_after(ask)
    ask.add_argument("question", nargs="+", help="the question (quote it, or give it as several words)")
    ask.add_argument("--json", action="store_true", help="print the reply as JSON")
    ask.add_argument("--lang", choices=("zh", "en"), help="answer in this language")
    ask.add_argument("--why", action="store_true", help="also explain how the answer was chosen")
    _knowledge_after(commands.add_parser("topics", help="list the topics the bot can answer"))
    train = commands.add_parser("train", help="train the classifiers and write model.json and safety_model.json into a knowledge folder")
    train.add_argument("path", nargs="?", help="knowledge folder (default: --knowledge, else $JIEBEI_KNOWLEDGE, else the packaged one)")
    serve = commands.add_parser("serve", help="serve the engine to other programs (JSON Lines on stdio, or HTTP)")
    _knowledge_after(serve)
    mode = serve.add_mutually_exclusive_group(required=True)
    mode.add_argument("--stdio", action="store_true", help="JSON Lines on stdin/stdout")
    mode.add_argument("--http", action="store_true", help="HTTP on --host/--port (bot.web:app)")
    serve.add_argument("--host", default="127.0.0.1", help="--http: address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=_whole_number(0, 65535, "a port number"), default=8080,
                       help="--http: port (default 8080; 0 picks a free one)")
    serve.add_argument("--threads", type=_whole_number(1, 256, "a number of threads"), default=4,
                       help="--http: threads that run the app (default 4)")
    check = commands.add_parser("check", help="validate a knowledge folder and list every problem")
    check.add_argument("path", nargs="?", help="knowledge folder (default: --knowledge, else $JIEBEI_KNOWLEDGE, else the packaged one)")
    evaluate = commands.add_parser("eval", help="score the engine on labelled questions")
    _knowledge_after(evaluate)
    evaluate.add_argument("file", nargs="?", help="TSV of topic<TAB>question (default: ../shared/eval/real_questions.tsv)")
    evaluate.add_argument("--pairs", help="TSV of paraphrase pairs (default: paraphrase_pairs.tsv beside FILE, if any)")
    evaluate.add_argument("--quiet", action="store_true", help="print only the summary, not the misses")
    return parser


__all__ = ["EPILOG", "USAGE", "build_parser"]

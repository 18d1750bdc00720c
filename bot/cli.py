"""The ``jiebei-bot`` command line: the REPL or piped mode (no command), ask, topics, check, eval,
train, serve. Only this module and ``bot.terminal`` (and the servers) do I/O.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, BinaryIO, Sequence, TextIO

from .errors import BotError, KnowledgeError, UsageError

if TYPE_CHECKING:
    import argparse

def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None,
         stdin: BinaryIO | None = None) -> int:
    """Run the command line; returns the exit status. ``stdin`` (bytes) replaces a piped stdin."""
    out = stdout or sys.stdout
    words = sys.argv[1:] if argv is None else argv
    args = _plain_ask(words) or _plain_stdio(words) or _parse(argv)
    try:
        if args.command is None:
            return _interactive(args, out, stdin)
        return _COMMANDS[args.command](args, out)
    except KnowledgeError as error:
        if args.command in ("check", "train"):  # these report on the folder itself: every problem
            for problem in error.problems:
                print(f"jiebei-bot: {problem}", file=sys.stderr)
        else:  # a front end that cannot start: one line, as the HTTP servers say it
            print(f"jiebei-bot: cannot start: {error}", file=sys.stderr)
        return 1
    except BotError as error:
        # a server that cannot start says so as every front end does (stdio as HTTP: newuser161 #9, answer171)
        print(f"jiebei-bot: {'cannot start' if args.command == 'serve' else 'error'}: {error}", file=sys.stderr)
        from .cli_parser import USAGE  # a setting that cannot be right: as for a command line argparse refuses

        return USAGE if _is_setting_error(error) else 1
    except KeyboardInterrupt:
        return 130  # Ctrl-C while answering piped lines: stop quietly, as shells expect
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:
        # Output that cannot be written (a full disk, `> /dev/full`, a closed terminal): one
        # line, exit status 1 (README), never a traceback (front5). A file named by path says
        # which; stdout is the one file written without a name.
        where = error.filename or "cannot write the output"
        print(f"jiebei-bot: error: {where}: {error.strerror or type(error).__name__}", file=sys.stderr)
        _quiet_stdout()
        return 1


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush of what could not be
    written does not print "Exception ignored" at exit."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # no stdout file at all (embedded, closed): nothing to quiet
        pass


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    from .cli_parser import build_parser  # argparse and every subcommand's parser: not for a plain ask

    return build_parser().parse_args(argv)


def _plain_ask(argv: Sequence[str]) -> argparse.Namespace | None:
    """``ask`` followed by words only (no option, nothing argparse could read otherwise), as
    argparse would parse it; None for anything else. The common one-shot command then needs
    neither argparse nor the parser of every subcommand (~3 ms of a ~100 ms start)."""
    if len(argv) < 2 or argv[0] != "ask" or any(word.startswith("-") for word in argv):
        return None
    from types import SimpleNamespace

    args = SimpleNamespace(knowledge=None, no_color=False, no_history=False, session=False, command="ask",
                           question=list(argv[1:]), json=False, lang=None, why=False)
    return args  # type: ignore[return-value]  # the same attributes as argparse's Namespace


def _plain_stdio(argv: Sequence[str]) -> argparse.Namespace | None:
    """``serve --stdio`` alone, as argparse would parse it; None for anything else. A stdio server
    then never imports argparse (with gettext and locale): ~0.3 MiB it would hold for good
    (PERF_LOG part 33). tests/test_cli.py compares this with argparse's own reading."""
    if list(argv) != ["serve", "--stdio"]:
        return None
    from types import SimpleNamespace

    args = SimpleNamespace(knowledge=None, no_color=False, no_history=False, session=False, command="serve",
                           stdio=True, http=False, host="127.0.0.1", port=8080, threads=4)
    return args  # type: ignore[return-value]  # the same attributes as argparse's Namespace


def _is_setting_error(error: BotError) -> bool:
    """A SettingError (a server setting or command-line number that cannot be right): exit
    status 2. Its module is imported only by the commands that can raise one."""
    settings = sys.modules.get(f"{__package__}.server.settings")
    return settings is not None and isinstance(error, settings.SettingError)


def _interactive(args: argparse.Namespace, out: TextIO, stdin: BinaryIO | None) -> int:
    """No command: the REPL on a terminal, line-by-line answers when stdin is a pipe or file."""
    engine = _load_engine(args)
    if stdin is not None or not sys.stdin.isatty():
        from .terminal.pipe import run_pipe

        return run_pipe(engine, stdin or sys.stdin.buffer, out, keep_session=args.session, width=_width(out))
    from .terminal.history import RedactingFileHistory, history_path
    from .terminal.repl import Repl

    history = None if args.no_history else RedactingFileHistory(str(history_path()))
    color = not (args.no_color or os.environ.get("NO_COLOR"))
    return Repl(engine, history=history, color=color).run()


def _width(out: TextIO) -> int | None:
    """Wrap to the terminal when writing to one; programs and files get unwrapped lines."""
    if not out.isatty():
        return None
    import shutil

    return max(20, shutil.get_terminal_size().columns - 1)


def knowledge_folder(args: argparse.Namespace) -> str | None:
    """The knowledge folder every command and front end uses: ``--knowledge``, else the
    JIEBEI_KNOWLEDGE environment variable (as the HTTP servers read it), else None (the packaged
    folder). ``check`` and ``train`` take a PATH argument before either."""
    return getattr(args, "knowledge", None) or os.environ.get("JIEBEI_KNOWLEDGE", "").strip() or None


def _load_engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    import gc

    # The engine lives as long as this process: its ~100,000 objects (and what was imported)
    # are moved out of the cyclic collector's way, which would otherwise scan them again and
    # again while answering, and once more at exit. The collector stays off until then, from
    # before the engine's modules are imported (~60,000 objects: `import bot` no longer imports
    # them, PERF_LOG part 34) to the freeze: Engine.load pauses it anyway, and re-enabling it in
    # between would make the next allocation scan every object made so far (~2 ms) just before
    # they are frozen.
    collecting = gc.isenabled()
    gc.disable()
    try:
        from .engine import Engine  # imported late: `check` and `--help` need no classifier

        engine = Engine.load(knowledge_folder(args))
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    return engine


def _cmd_ask(args: argparse.Namespace, out: TextIO) -> int:
    engine = _load_engine(args)  # (first: it imports the engine's modules with the collector off)
    from .followups import farewell

    question = " ".join(args.question)
    reply = farewell(engine, question, engine.ask(question, lang=args.lang))
    if args.json:
        import rapidjson

        data = reply.to_dict()
        if args.why:
            data["explanation"] = reply.explain()
        out.write(rapidjson.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    from .terminal.render import plain, reply_fragments

    width = _width(out)
    out.write(plain(reply_fragments(reply, width, numbers=False)))
    if args.why:
        from .terminal.explain import why_fragments

        out.write("\n" + plain(why_fragments(reply, engine, reply.lang, width)))
    return 0


def _cmd_topics(args: argparse.Namespace, out: TextIO) -> int:
    engine = _load_engine(args)
    for topic in engine.topics:
        out.write(f"{topic.id:<20} {topic.kind:<13} {topic.title.zh} / {topic.title.en}\n")
    return 0


def _cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    from . import knowledge
    from .model import model_status
    from .safety.learned import model_status as safety_status
    from .safety_stack_file import stack_status

    loaded = knowledge.load(args.path or knowledge_folder(args))  # always fully checked
    status = model_status(loaded)  # a broken model.json is a problem too
    safety = safety_status(loaded)  # so are safety.json and safety_model.json
    stack = stack_status(loaded.path)  # and safety_stack.json, against its schema (bot.safety_stack_file)
    examples = sum(len(topic.examples()) for topic in loaded.topics)
    out.write(f"{loaded.path}: ok ({len(loaded.topics)} topics, {examples} examples, "
              f"{len(loaded.article.sections)} article sections); {status}; {safety}; {stack}\n")
    return 0


def _cmd_serve(args: argparse.Namespace, out: TextIO) -> int:
    from .server.settle import builtin_hashes, settle

    builtin_hashes()  # before anything imports hashlib: no OpenSSL libcrypto in a server
    try:
        if args.http:
            from .server.httpd import serve_http

            if args.knowledge:
                os.environ["JIEBEI_KNOWLEDGE"] = args.knowledge
            return serve_http(args.host, args.port, threads=args.threads)
        from .server.settings import read_settings
        from .server.stdio import serve_stdio
        from .server.stores import open_store

        # The settings the stdio server uses, checked before the engine loads.
        settings = read_settings({name: os.environ.get(name, "") for name in ("JIEBEI_SESSION_STORE", "JIEBEI_SESSION_TTL")})
        engine = _load_engine(args)
        settle()
        store = open_store(settings.store, engine, ttl=settings.ttl)
        binary_out = out.buffer if hasattr(out, "buffer") else sys.stdout.buffer
        return serve_stdio(engine, sys.stdin.buffer, binary_out, store, ttl=settings.ttl)  # (front7: it was fixed at 1800 s)
    except KeyboardInterrupt:  # Ctrl-C ends a server quietly
        return 130


def _cmd_train(args: argparse.Namespace, out: TextIO) -> int:
    from . import knowledge
    from .model import write_model
    from .prerender import write_prerendered
    from .safety.learned import write_model as write_safety_model

    folder = knowledge.load(args.path or knowledge_folder(args))
    for path in (write_model(folder), write_safety_model(folder)):
        out.write(f"wrote {path}\n")
    # Answers to detail-free messages, rendered now so that answering them needs no Jinja2.
    out.write(f"wrote {write_prerendered(folder)}\n")
    return 0


def _cmd_eval(args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from .evaluate import default_eval_file, evaluate, paraphrase_consistency, read_labelled, read_pairs

    file = Path(args.file) if args.file else default_eval_file()
    if file is None:
        raise UsageError("eval: no FILE given and ../shared/eval/real_questions.tsv not found")
    rows = read_labelled(file)
    pairs_file = Path(args.pairs) if args.pairs else file.with_name("paraphrase_pairs.tsv")
    engine = _load_engine(args)
    predict = lambda question: engine.ask(question).topic  # noqa: E731
    report = evaluate(predict, rows)
    if not args.quiet:
        _print_misses(report, out)
    out.write(f"\n{file}: {report.total} questions\n")
    out.write(f"accuracy            {report.accuracy:7.1%}\n")
    out.write(f"out_of_scope        precision {report.oos_precision:.1%}, recall {report.oos_recall:.1%} "
              f"(n={report.oos_actual})\n")
    out.write(f"in-scope accuracy   {report.in_scope_accuracy:7.1%} (n={report.in_scope_total})\n")
    if pairs_file.is_file():
        pairs = read_pairs(pairs_file)
        consistency = paraphrase_consistency(predict, pairs)
        out.write(f"paraphrase pairs    {consistency:7.1%} same topic ({len(pairs)} pairs, {pairs_file.name})\n")
    return 0


def _print_misses(report, out: TextIO) -> None:  # type: ignore[no-untyped-def]
    out.write("confusion (expected -> predicted: count)\n")
    for expected, predicted, count in report.confusion:
        out.write(f"  {expected} -> {predicted}: {count}\n")
    out.write("misses (expected / predicted / question)\n")
    for expected, predicted, question in report.misses:
        out.write(f"  {expected} / {predicted} / {question}\n")


_COMMANDS = {"ask": _cmd_ask, "topics": _cmd_topics, "train": _cmd_train, "serve": _cmd_serve, "check": _cmd_check, "eval": _cmd_eval}

"""The REPL's history file: private (0600 in a 0700 folder, since lines hold debt details) and
redacted (identifiers never reach the disk)."""

from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import Iterable

from prompt_toolkit.history import FileHistory

from .redact import redact

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def history_path() -> Path:
    """``$XDG_STATE_HOME/jiebei-bot/history`` (``~/.local/state`` when unset)."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "jiebei-bot" / "history"


class RedactingFileHistory(FileHistory):
    """prompt_toolkit's FileHistory, but every line is redacted before it is stored, and the file
    and its folder are readable by their owner only, whatever the umask."""

    def __init__(self, filename: str) -> None:
        super().__init__(filename)
        self.failed = False  # once the file could not be written, the REPL goes on without it
        self._problem: str | None = None

    def take_problem(self) -> str | None:
        """Why the history could not be read or written, once (then None): the REPL says it
        one time and goes on without a history file (front5: a traceback at every message)."""
        problem, self._problem = self._problem, None
        return problem

    def load_history_strings(self) -> Iterable[str]:
        """The stored lines, newest first; none when the file cannot be read."""
        try:
            yield from super().load_history_strings()
        except OSError as error:
            self._fail(error)

    def store_string(self, string: str) -> None:
        """Append a line, redacted, unless the file has failed once already."""
        if self.failed:
            return
        try:
            self._store(string)
        except OSError as error:
            self._fail(error)

    def _fail(self, error: OSError) -> None:
        self.failed = True
        where = error.filename or os.fsdecode(self.filename)
        self._problem = f"{where}: {error.strerror or type(error).__name__}"

    def _store(self, string: str) -> None:
        path = Path(str(self.filename))
        _private_folder(path)
        lines = "".join(f"+{line}\n" for line in redact(string).split("\n"))
        entry = f"\n# {datetime.datetime.now()}\n{lines}"
        # os.open with a mode creates the file private from its first byte; an older file made
        # with looser permissions is tightened before anything more is written to it.
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        try:
            os.fchmod(descriptor, FILE_MODE)
            os.write(descriptor, entry.encode("utf-8"))
        finally:
            os.close(descriptor)


def _private_folder(path: Path) -> None:
    """Create the history file's folder 0700 (its parents as usual). A folder that exists already
    is tightened only when it is the history's own (nothing else in it), never a shared one."""
    folder = path.parent
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=FOLDER_MODE)
        ours = True
    except FileExistsError:
        ours = {child.name for child in folder.iterdir()} <= {path.name}
    if ours and folder.stat().st_mode & 0o777 != FOLDER_MODE:
        folder.chmod(FOLDER_MODE)  # mkdir's mode is filtered by the umask; chmod is not

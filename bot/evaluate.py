"""Score the engine on labelled questions and on paraphrase pairs. Pure: returns numbers, prints nothing."""

from __future__ import annotations

from collections import Counter
from .records import dataclass
from pathlib import Path
from typing import Callable, Sequence

from .errors import UsageError
from .knowledge import OUT_OF_SCOPE


@dataclass(frozen=True)
class EvalReport:
    """Accuracy figures on a labelled set, with the confusion between topics and every miss."""

    total: int
    correct: int
    oos_true_positive: int
    oos_predicted: int
    oos_actual: int
    in_scope_correct: int
    in_scope_total: int
    confusion: tuple[tuple[str, str, int], ...]  # (expected, predicted, count), misses only
    misses: tuple[tuple[str, str, str], ...]  # (expected, predicted, question)

    @property
    def accuracy(self) -> float:
        return _ratio(self.correct, self.total)

    @property
    def oos_precision(self) -> float:
        return _ratio(self.oos_true_positive, self.oos_predicted)

    @property
    def oos_recall(self) -> float:
        return _ratio(self.oos_true_positive, self.oos_actual)

    @property
    def in_scope_accuracy(self) -> float:
        return _ratio(self.in_scope_correct, self.in_scope_total)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def read_labelled(path: Path) -> list[tuple[str, str]]:
    """Read ``topic \\t question`` lines (``#`` comments skipped). Raises UsageError on a bad line."""
    return [(row[0], row[1]) for row in _read_tsv(path, 2)]


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """Read ``question_a \\t question_b`` lines (``#`` comments skipped)."""
    return [(row[0], row[1]) for row in _read_tsv(path, 2)]


def _read_tsv(path: Path, columns: int) -> list[list[str]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"{path}: cannot read: {error}") from None
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("\t")
        if len(row) != columns or not all(cell.strip() for cell in row):
            raise UsageError(f"{path}:{number}: expected {columns} tab-separated columns, found {len(row)}")
        rows.append([cell.strip() for cell in row])
    return rows


def evaluate(predict: Callable[[str], str], rows: Sequence[tuple[str, str]]) -> EvalReport:
    """Score a topic predictor on (expected topic, question) rows."""
    predicted = [(expected, predict(question), question) for expected, question in rows]
    misses = tuple((e, p, q) for e, p, q in predicted if e != p)
    confusion = Counter((e, p) for e, p, _ in misses)
    in_scope = [(e, p) for e, p, _ in predicted if e != OUT_OF_SCOPE]
    return EvalReport(
        total=len(predicted),
        correct=len(predicted) - len(misses),
        oos_true_positive=sum(1 for e, p, _ in predicted if e == p == OUT_OF_SCOPE),
        oos_predicted=sum(1 for _, p, _ in predicted if p == OUT_OF_SCOPE),
        oos_actual=sum(1 for e, _, _ in predicted if e == OUT_OF_SCOPE),
        in_scope_correct=sum(1 for e, p in in_scope if e == p),
        in_scope_total=len(in_scope),
        confusion=tuple((e, p, n) for (e, p), n in sorted(confusion.items(), key=lambda i: (-i[1], i[0]))),
        misses=misses,
    )


def paraphrase_consistency(predict: Callable[[str], str], pairs: Sequence[tuple[str, str]]) -> float:
    """Share of pairs whose two sides get the same topic."""
    same = sum(1 for left, right in pairs if predict(left) == predict(right))
    return _ratio(same, len(pairs))


def default_eval_file(name: str = "real_questions.tsv") -> Path | None:
    """``../shared/eval/<name>`` seen from the working directory or from the repository, if present."""
    here = Path(__file__).resolve().parent.parent
    for base in (Path.cwd(), here):
        candidate = base.parent / "shared" / "eval" / name
        if candidate.is_file():
            return candidate
    return None

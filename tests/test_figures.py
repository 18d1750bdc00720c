"""bot.figures and its homes (figure_kinds: what each figure is and where its line shows;
figure_patterns: the words that ask for each): the names imported from bot.figures are theirs,
every kind read has a name, and the homes never import bot.figures (no cycle)."""

from __future__ import annotations

import ast
from pathlib import Path

import bot.figures as figures
from bot import figure_kinds, figure_patterns

BOT = Path(figures.__file__).parent


def package_imports(module: str) -> set[str]:
    """The bot modules a module's source imports (``from .x import ...``)."""
    tree = ast.parse((BOT / f"{module}.py").read_text(encoding="utf-8"))
    return {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}


def test_the_homes_import_neither_figures_nor_each_other() -> None:
    assert not package_imports("figure_kinds") & {"figures", "figure_patterns"}
    assert not package_imports("figure_patterns") & {"figures", "figure_kinds"}


def test_names_imported_from_figures_are_their_homes_own() -> None:
    for home in (figure_kinds, figure_patterns):
        for name in set(home.__all__) & set(figures.__all__):
            assert getattr(figures, name) is getattr(home, name), name


def test_every_kind_a_message_may_ask_has_a_name_and_a_speed_check() -> None:
    kinds = [kind for kind, _ in figure_patterns.PATTERNS]
    assert len(kinds) == len(set(kinds)) and set(kinds) == set(figure_patterns.ZH_NEEDS)
    # (the read-only kinds: a rumoured line, a return asked beside being abroad)
    assert set(kinds) | {"threshold", "abroad_return"} == set(figure_kinds.FIGURE_NAMES)
    assert figure_kinds.CONDITIONS <= set(figure_kinds.FIGURE_NAMES)

"""bot.products and the modules it joins (product_names, product_mentions, product_owed,
product_asked): every name imported from bot.products is the one its home module defines, and
the modules import one another in layers, never in a cycle."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import bot.products as products

BOT = Path(products.__file__).parent
# Each module's home modules among the product ones: only those listed may be imported (lower layers).
LAYERS = {"product_names": set(), "product_mentions": {"product_names"},
          "product_owed": {"product_mentions"}, "product_asked": {"product_names", "product_mentions", "product_owed"},
          "products": {"product_names", "product_mentions", "product_owed", "product_asked"}}


def package_imports(module: str) -> set[str]:
    """The bot modules a module's source imports (``from .x import ...``)."""
    tree = ast.parse((BOT / f"{module}.py").read_text(encoding="utf-8"))
    return {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}


@pytest.mark.parametrize("module", sorted(LAYERS))
def test_the_product_modules_import_only_lower_layers(module: str) -> None:
    assert package_imports(module) & set(LAYERS) == LAYERS[module]


def test_every_public_name_of_products_is_its_home_modules_own() -> None:
    homes = [importlib.import_module(f"bot.{name}") for name in LAYERS if name != "products"]
    for name in products.__all__:
        home = [module for module in homes if name in getattr(module, "__all__", ())]
        assert len(home) <= 1, (name, home)
        assert not home or getattr(products, name) is getattr(home[0], name), name
    assert {"lenders_told", "also_named", "product_in_question", "find_product", "PRODUCT_NAMES"} <= set(products.__all__)


def test_the_readings_agree_across_the_modules() -> None:
    # ("花呗已经还清了，借呗逾期了…": the one still owed is asked about, and the paid one is not told)
    from bot.text import normalize
    message = "花呗已经还清了，借呗逾期了会上征信吗"
    asked = products.product_in_question(normalize(message))
    assert asked is not None and asked[0] == "jiebei"
    assert products.lenders_told(message) == ["jiebei"]
    assert products.products_named(normalize(message)) == ["huabei", "jiebei"]

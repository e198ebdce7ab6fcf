"""``python -m benchmarks <name> [options]``: run the benchmark module ``benchmarks.<name>``.

Each benchmark module has a ``main(argv) -> int``; ``--help`` after the name lists its
options. Benchmarks print their figures (JSON where noted) and are never run by pytest.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def available() -> list[str]:
    """Benchmark modules (sub-packages hold their helpers)."""
    here = Path(__file__).parent
    return sorted(
        m.name for m in pkgutil.iter_modules([str(here)]) if not m.ispkg and m.name[0] != "_"
    )


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        print("benchmarks:", ", ".join(available()))
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    if not name.isidentifier() or name.startswith("_"):
        print(f"no benchmark named {name!r}", file=sys.stderr)
        return 2
    try:
        module = importlib.import_module(f"benchmarks.{name}")
    except ModuleNotFoundError:
        print(f"no benchmark named {name!r}; try: {', '.join(available())}", file=sys.stderr)
        return 2
    result: int = module.main(rest)
    return result


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

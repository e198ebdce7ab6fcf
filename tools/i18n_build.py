"""Update the translation sources and compile them: ``python -m tools.i18n_build``.

Runs ``pyside6-lupdate`` over ``desktop/ui`` into ``locale/avrop_<lang>.ts`` (keeping
the translations already there) and ``pyside6-lrelease`` into ``avrop_<lang>.qm``.
English is the source language: its file ``avrop_en.ts`` holds only the plural forms
(``%n`` strings: "1 order" / "2 orders"). ``--release-only`` only compiles;
``--prune`` drops the translations of strings the sources no longer have.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.ui.shell.paths import locale_dir, project_root

LANGUAGES = ("sv", "da", "nb")
PLURALS_ONLY = "en"  # the source language: a catalogue of its plural forms only


def _tool(name: str) -> str:
    """The PySide6 tool beside this Python (the venv), else on ``PATH``."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def ui_sources(root: Path) -> list[Path]:
    """The Python files whose strings are translated, relative to ``root``."""
    return sorted(p.relative_to(root) for p in (root / "desktop" / "ui").rglob("*.py"))


def ts_file(language: str) -> Path:
    return locale_dir() / f"avrop_{language}.ts"


def update(languages: Sequence[str] = LANGUAGES, *, prune: bool = False) -> None:
    """Extract the strings of ``desktop/ui`` into the ``.ts`` files.

    Strings no longer in the sources are kept as "vanished" (so a file that briefly
    fails to parse loses no translations) unless ``prune`` drops them.
    """
    root = project_root()
    locale_dir().mkdir(exist_ok=True)
    for language in (*languages, PLURALS_ONLY):
        ts = ts_file(language).relative_to(root)
        command = [
            _tool("pyside6-lupdate"),
            *map(str, ui_sources(root)),
            "-source-language",
            "en",
            "-target-language",
            language,
            *(["-no-obsolete"] if prune else []),
            *(["-pluralonly"] if language == PLURALS_ONLY else []),
            "-locations",
            "relative",
            "-ts",
            str(ts),
        ]
        subprocess.run(command, cwd=root, check=True)


def release(languages: Sequence[str] = LANGUAGES) -> None:
    """Compile each ``.ts`` to the ``.qm`` the app loads."""
    for language in (*languages, PLURALS_ONLY):
        ts = ts_file(language)
        command = [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))]
        subprocess.run(command, check=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--release-only", action="store_true", help="only compile the .ts files to .qm"
    )
    parser.add_argument(
        "--prune", action="store_true", help="drop translations of strings no longer used"
    )
    args = parser.parse_args(argv)
    if not args.release_only:
        update(prune=args.prune)
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())

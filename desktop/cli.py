"""The ``avrop`` command: open the app, or check a PEPPOL document.

avrop [--data-dir D] [--demo [se|dk|no]] [--server URL] [--language L]
avrop --self-test [--demo se|dk|no]
avrop peppol check FILE
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__
from desktop.app_options import AppOptions, build_services_when_called
from desktop.domain.demo_variants import DEFAULT_DEMO_VARIANT, DEMO_VARIANTS, demo_folder
from desktop.domain.errors import AvropError
from desktop.settings import LANGUAGES, load_settings, resolve_data_dir

# Errors that stop the app before its windows open: shown in a message box as well.
STARTUP_ERROR_CODES = frozenset(
    {"store_too_new", "store_unreadable", "store_migration_failed", "demo_server_failed"}
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="avrop", description="Avrop: order from your municipality's framework agreements."
    )
    parser.add_argument("--version", action="version", version=f"avrop {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="where Avrop keeps its data")
    parser.add_argument(
        "--demo",
        nargs="?",
        const=DEFAULT_DEMO_VARIANT,
        default=None,
        choices=sorted(DEMO_VARIANTS),
        metavar="se|dk|no",
        help="open a demo municipality (starts a local server): Swedish (default), Danish "
        "or Norwegian",
    )
    parser.add_argument("--server", metavar="URL", help="the central API to sign in to")
    parser.add_argument("--language", choices=LANGUAGES, help="language of the app for this run")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen (demo data in a temporary folder), then exit",
    )
    parser.add_argument("--self-test-query", default=None, help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="store_true", help="log more to stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    peppol = commands.add_parser("peppol", help="PEPPOL document tools")
    peppol_commands = peppol.add_subparsers(dest="peppol_command", metavar="TOOL", required=True)
    check = peppol_commands.add_parser("check", help="validate a PEPPOL BIS 3 document")
    check.add_argument("file", metavar="FILE")
    return parser


def _run_app(args: argparse.Namespace) -> int:
    options = AppOptions(
        data_dir=Path(args.data_dir) if args.data_dir else None,
        demo=args.demo is not None,
        demo_variant=args.demo or DEFAULT_DEMO_VARIANT,
        server_url=args.server,
        language=args.language,
    )
    from desktop.ui.shell.startup import start

    # The first paint, then the services (``desktop.app`` imported on the worker).
    return int(start(options, build_services_when_called))


def _run_self_test(args: argparse.Namespace) -> int:
    from desktop.ui.shell.self_test import DEFAULT_QUERY, run_self_test

    return run_self_test(
        query=args.self_test_query or DEFAULT_QUERY, variant=args.demo or DEFAULT_DEMO_VARIANT
    )


def _language_setting(args: argparse.Namespace) -> str:
    """``--language``, else the language saved in the data folder (``"system"``)."""
    if args.language:
        return str(args.language)
    try:
        data_dir = resolve_data_dir(args.data_dir)
        if args.demo is not None:
            data_dir = data_dir / demo_folder(args.demo)
        return load_settings(data_dir).language
    except OSError:
        return "system"


def _show_startup_error(error: AvropError, args: argparse.Namespace) -> None:
    from desktop.ui.shell.fatal_error import show_fatal_error

    show_fatal_error(error, _language_setting(args))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        if args.command == "peppol":
            from desktop.peppol.check import main as peppol_check

            return int(peppol_check([args.file]))
        if args.self_test:
            return _run_self_test(args)
        return _run_app(args)
    except AvropError as exc:
        print(f"avrop: {exc.message}", file=sys.stderr, flush=True)
        if args.command is None and exc.code in STARTUP_ERROR_CODES:
            _show_startup_error(exc, args)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

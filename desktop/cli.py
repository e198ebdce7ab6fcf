"""The ``avrop`` command: open the app, or check a PEPPOL document.

avrop [--data-dir D] [--demo [se|dk|no]] [--server URL] [--language L]
avrop --self-test [--demo se|dk|no]
avrop peppol check FILE
avrop catalogue snapshot --server URL --user U   (procurement: publish the snapshot)
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__
from desktop.app_options import AppOptions, build_services_when_called
from desktop.domain.demo_variants import DEFAULT_DEMO_VARIANT, DEMO_VARIANTS, demo_folder
from desktop.domain.errors import AvropError
from desktop.settings import LANGUAGES, load_settings, resolve_data_dir

# Errors that stop the app before its windows open: shown in a message box as well.
# ``avrop catalogue snapshot``: the password is never an argument (env, keyring, prompt).
SNAPSHOT_KEYRING_SERVICE = "avrop-snapshot"
PASSWORD_ENV = "AVROP_PASSWORD"
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
    _add_snapshot_parser(commands)
    return parser


def _add_snapshot_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    catalogue = commands.add_parser("catalogue", help="catalogue tools (procurement)")
    tools = catalogue.add_subparsers(dest="catalogue_command", metavar="TOOL", required=True)
    snapshot = tools.add_parser(
        "snapshot",
        help="build the municipality's catalogue snapshot and publish it to the server",
        description="Sync every published catalogue into a new store and upload it: new "
        "installations download it on their first sync. Password: $AVROP_PASSWORD, the "
        f"keyring ({SNAPSHOT_KEYRING_SERVICE}, '<server>|<user>'), else a prompt.",
    )
    snapshot.add_argument("--server", required=True, metavar="URL", help="the central API")
    snapshot.add_argument("--user", required=True, help="a procurement user")
    snapshot.add_argument("--work-dir", metavar="DIR", help="where to build it (default: temp)")


def _password(server: str, user: str) -> str:
    if from_env := os.environ.get(PASSWORD_ENV):
        return from_env
    try:
        import keyring

        from desktop.remote.credentials import account_name
        from desktop.remote.http import normalise_base_url

        stored = keyring.get_password(
            SNAPSHOT_KEYRING_SERVICE, account_name(normalise_base_url(server), user)
        )
    except Exception:  # no usable keyring: ask instead
        stored = None
    return stored or getpass.getpass(f"Password of {user} at {server}: ")


def _run_snapshot(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.services.catalogue_snapshot_builder import build_and_publish

    published = build_and_publish(
        args.server,
        args.user,
        _password(args.server, args.user),
        Path(args.work_dir) if args.work_dir else None,
    )
    contents = published.contents
    print(
        f"Published a catalogue snapshot: {contents.lines} lines of "
        f"{len(contents.catalogues)} catalogues, {published.byte_count} bytes "
        f"(store schema {contents.schema_revision})."
    )
    if published.failed_catalogues:
        print("Left out (refused): " + ", ".join(published.failed_catalogues), file=sys.stderr)
    return 0


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
        if args.command == "catalogue":
            return _run_snapshot(args)
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

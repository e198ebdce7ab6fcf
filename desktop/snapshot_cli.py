"""``avrop catalogue snapshot``: build and publish the municipality's catalogue snapshot.

The password is never a command-line argument: it comes from ``AVROP_PASSWORD``, else
the system keyring (service ``avrop-snapshot``, account ``<server url>|<user>``), else
a prompt on the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

KEYRING_SERVICE = "avrop-snapshot"
PASSWORD_ENV = "AVROP_PASSWORD"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    catalogue = commands.add_parser("catalogue", help="catalogue tools (procurement)")
    tools = catalogue.add_subparsers(dest="catalogue_command", metavar="TOOL", required=True)
    snapshot = tools.add_parser(
        "snapshot",
        help="build the municipality's catalogue snapshot and publish it to the server",
        description="Sync every published catalogue into a new store and upload it: new "
        "installations download it on their first sync. Password: $AVROP_PASSWORD, the "
        f"keyring ({KEYRING_SERVICE}, '<server>|<user>'), else a prompt.",
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
            KEYRING_SERVICE, account_name(normalise_base_url(server), user)
        )
    except Exception:  # no usable keyring: ask instead
        stored = None
    return stored or getpass.getpass(f"Password of {user} at {server}: ")


def run(args: argparse.Namespace) -> int:
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

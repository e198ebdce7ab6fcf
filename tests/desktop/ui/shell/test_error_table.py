"""One table from error code to message: every code the server can answer with, and
every code of the domain the server passes on, has a translated message of its own."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from desktop.domain.errors import AvropError
from desktop.ui.shell.errors import known_codes, message_for, message_for_code

ROOT = Path(__file__).resolve().parents[4]

# Calls of the server that carry an error code, and the position of the code.
CODE_ARGUMENT = {"ApiError": 1, "error_response": 1, "unauthorized": 0, "_invalid": 1}


def _literal_codes(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            position = CODE_ARGUMENT.get(name)
            if position is not None and len(node.args) > position:
                code = node.args[position]
                if isinstance(code, ast.Constant) and isinstance(code.value, str):
                    found.add(code.value)
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if (
                    isinstance(key, ast.Constant)
                    and key.value == "code"
                    and isinstance(value, ast.Constant)
                ):
                    found.add(str(value.value))
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            names = {t.id for t in node.targets if isinstance(t, ast.Name)}
            if "_CODE_BY_STATUS" in names:
                found.update(str(v.value) for v in node.value.values if isinstance(v, ast.Constant))
    return found


def server_codes() -> set[str]:
    """Every error code written in ``central_api`` (grepped from its source)."""
    codes: set[str] = set()
    for path in sorted((ROOT / "central_api").rglob("*.py")):
        codes |= _literal_codes(ast.parse(path.read_text(encoding="utf-8")))
    return codes


def domain_codes() -> set[str]:
    """Codes the domain and PEPPOL layers raise (the server passes them on)."""
    pattern = re.compile(r'(?:AvropError|Problem)\(\s*"([a-z_]+)"')
    codes: set[str] = set()
    for layer in ("domain", "peppol"):
        for path in sorted((ROOT / "desktop" / layer).rglob("*.py")):
            codes |= set(pattern.findall(path.read_text(encoding="utf-8")))
    return codes


def test_the_grep_finds_the_server_codes() -> None:
    codes = server_codes()
    assert {"order_duplicate", "idempotency_key_reused", "bad_credentials"} <= codes
    assert {"not_found", "internal_error", "validation_error"} <= codes
    assert len(codes) > 25


@pytest.mark.parametrize("code", sorted(server_codes() | domain_codes()))
def test_every_code_has_its_own_message(code: str) -> None:
    assert code in known_codes()
    assert message_for_code(code) != message_for(RuntimeError("not an Avrop error"))


def test_placeholders_are_filled_after_translation() -> None:
    text = message_for_code("not_orderer_for_unit", {"unit": "Förskolan Solrosen"})
    assert "Förskolan Solrosen" in text and "{unit}" not in text


def test_server_words_only_when_asked() -> None:
    error = AvropError("no_such_code", "The server's own words")
    assert message_for(error, server_words=True) == "The server's own words"
    assert message_for(error) != "The server's own words"

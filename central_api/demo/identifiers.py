"""Check-digit-valid identifiers for demo data: GLN, Swedish, Danish, Norwegian org. no."""

from __future__ import annotations

import random


def gs1_check_digit(digits: str) -> str:
    """GS1 mod-10 check digit for the digits before it (GLN, GTIN)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str((10 - total % 10) % 10)


def gln(prefix: str, number: int) -> str:
    """A 13-digit GLN: company prefix, location number, check digit."""
    body = f"{prefix}{number:0{12 - len(prefix)}d}"
    return body + gs1_check_digit(body)


def luhn_check_digit(digits: str) -> str:
    total = 0
    for i, d in enumerate(digits):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def swedish_org_number(rng: random.Random, first: str = "556") -> str:
    """A Swedish organisation number ``NNNNNN-NNNN`` with a valid Luhn digit."""
    body = first + "".join(str(rng.randrange(10)) for _ in range(9 - len(first)))
    full = body + luhn_check_digit(body)
    return f"{full[:6]}-{full[6:]}"


def _mod11(digits: str, weights: tuple[int, ...]) -> int | None:
    remainder = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    check = 0 if remainder == 0 else 11 - remainder
    return None if check == 10 else check


def danish_cvr(rng: random.Random) -> str:
    """An 8-digit Danish CVR number whose weighted sum is divisible by 11."""
    while True:
        body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(6))
        check = _mod11(body, (2, 7, 6, 5, 4, 3, 2))
        if check is not None:
            return body + str(check)


def norwegian_org_number(rng: random.Random) -> str:
    """A 9-digit Norwegian organisation number (starts with 9) with its mod-11 digit."""
    while True:
        body = "9" + "".join(str(rng.randrange(10)) for _ in range(7))
        check = _mod11(body, (3, 2, 7, 6, 5, 4, 3, 2))
        if check is not None:
            return body + str(check)


def peppol_endpoint(country: str, org_number: str) -> tuple[str, str]:
    """(endpoint id, scheme) for a company's org. number: 0007, 0184 or 0192."""
    scheme = {"SE": "0007", "DK": "0184", "NO": "0192"}[country]
    return org_number.replace("-", ""), scheme

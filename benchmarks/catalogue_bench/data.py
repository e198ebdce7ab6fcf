"""The benchmark's catalogues: a deterministic plan of suppliers and their PEPPOL files.

``ensure_data`` writes one PEPPOL BIS 3 Catalogue per supplier with the app's own writer
(``desktop.peppol.catalogue_writer``) from ``central_api.demo.products`` lines, plus the
partial catalogues of the delta test, into ``benchmarks/data/<lines>-<suppliers>/``. A
``manifest.json`` records what was written; a complete, matching folder is reused.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from central_api.demo.categories import CATEGORIES
from central_api.demo.products import generate_catalogue, generate_webshop_catalogue
from desktop.domain.catalogue import CatalogueLine, LineAction
from desktop.peppol.catalogue_writer import CatalogueHeader, write_catalogue
from desktop.peppol.parties import Party

FORMAT = 3  # bump when the plan or the files change
SEED = 20240501
DATA_DIR = Path(__file__).resolve().parents[1] / "data"
ECOMMERCE = [c.key for c in CATEGORIES if c.in_ecommerce]
BUYER = Party("2120000001", "0007", "Ekby kommun")
DELTA_CHANGED = 5000
DELTA_DELETED = 1000

_FIRST = (
    "Nordisk",
    "Svenska",
    "Norrlands",
    "Skånska",
    "Dansk",
    "Norsk",
    "Väst",
    "Öst",
    "Mälardalens",
    "Bergslagens",
    "Fjällets",
    "Kust",
    "Stads",
    "Ekby",
    "Gotlands",
)
_SECOND = {
    "coffee": "Kaffe",
    "bakery": "Bageri",
    "groceries": "Livs",
    "fruit": "Frukt",
    "dairy": "Mejeri",
    "office": "Kontor",
    "copy_paper": "Papper",
    "hygiene": "Hygien",
    "nappies": "Omsorg",
    "gloves": "Skydd",
    "sanitiser": "Hygien",
    "cleaning": "Städ",
    "toys": "Lek",
    "art": "Hobby",
    "medical": "Medicin",
    "workwear": "Arbetskläder",
    "computers": "Data",
    "mixed": "Handel",
}
_FORMS = {"sv": "AB", "da": "A/S", "nb": "AS"}


@dataclass(frozen=True)
class PlannedSupplier:
    supplier_id: str
    name: str
    category: str  # "mixed" for a web shop
    agreement_id: str | None
    language: str
    lines: int

    @property
    def file_name(self) -> str:
        return f"{self.supplier_id}.xml"


def plan(total_lines: int, suppliers: int) -> list[PlannedSupplier]:
    """Who sells what: every 5th supplier on an agreement, every 10th a mixed web shop,
    the rest single-category shops; sizes log-normal (a few large, many small)."""
    rng = random.Random(f"plan:{SEED}:{total_lines}:{suppliers}")
    weights = [rng.lognormvariate(0, 1.1) for _ in range(suppliers)]
    scale = total_lines / sum(weights)
    sizes = [max(10, int(w * scale)) for w in weights]
    sizes[0] += total_lines - sum(sizes)  # exact total
    result = []
    for i in range(suppliers):
        category = ECOMMERCE[(i // 5 if i % 5 == 0 else i) % len(ECOMMERCE)]
        webshop = i % 10 == 9
        agreement = f"a-{category}" if i % 5 == 0 else None
        language = rng.choices(("sv", "da", "nb"), (70, 15, 15))[0]
        key = "mixed" if webshop else category
        name = (
            f"{rng.choice(_FIRST)} {_SECOND[key]}{'grossisten' if i % 3 else 'huset'} "
            f"{_FORMS[language]}"
        )
        result.append(PlannedSupplier(f"b-{i:04d}", name, key, agreement, language, sizes[i]))
    return result


def lines_of(s: PlannedSupplier) -> Iterator[CatalogueLine]:
    if s.category == "mixed":
        return generate_webshop_catalogue(s.supplier_id, s.lines, SEED, language=s.language)
    return generate_catalogue(
        s.supplier_id, s.category, s.agreement_id, s.lines, SEED, language=s.language
    )


def header(s: PlannedSupplier, *, partial: bool = False) -> CatalogueHeader:
    number = int(s.supplier_id[2:])
    return CatalogueHeader(
        catalogue_id=f"{s.supplier_id}-{'delta' if partial else 'full'}",
        issue_date=date(2024, 5, 1),
        valid_from=date(2024, 5, 1),
        valid_to=None,
        provider=Party(f"55600{number:05d}", "0007", s.name),
        receiver=BUYER,
        partial=partial,
        agreement_id=s.agreement_id,
        name=f"{s.name} sortiment",
    )


def delta_suppliers(suppliers: list[PlannedSupplier]) -> list[PlannedSupplier]:
    """The largest suppliers, enough of them to hold the delta's lines."""
    chosen: list[PlannedSupplier] = []
    enough = 3 * (DELTA_CHANGED + DELTA_DELETED)
    for s in sorted(suppliers, key=lambda s: -s.lines):
        chosen.append(s)
        if sum(c.lines for c in chosen) >= enough or len(chosen) >= 10:
            break
    return chosen


def delta_lines(s: PlannedSupplier, changed: int, deleted: int) -> Iterator[CatalogueLine]:
    """Price (and so content) changes of ``changed`` lines, then ``deleted`` Delete lines."""
    for i, line in enumerate(lines_of(s)):
        if i < changed:
            price = (line.price or Decimal("1")) * Decimal("1.04")
            yield _replace(line, LineAction.UPDATE, price.quantize(Decimal("0.01")))
        elif i < changed + deleted:
            yield _replace(line, LineAction.DELETE, line.price)
        else:
            return


def _replace(line: CatalogueLine, action: LineAction, price: Decimal | None) -> CatalogueLine:
    fields = {k: getattr(line, k) for k in line.__dataclass_fields__}
    fields.update(action=action, price=price)
    return CatalogueLine(**fields)


def delta_plan(suppliers: list[PlannedSupplier]) -> list[tuple[PlannedSupplier, int, int]]:
    """(supplier, lines changed, lines deleted): 5,000 and 1,000 in all (a tenth and a
    fiftieth of the catalogue when it is too small for that)."""
    chosen = delta_suppliers(suppliers)
    total = sum(s.lines for s in chosen)
    everything = sum(s.lines for s in suppliers)
    changed = min(DELTA_CHANGED, max(1, everything // 10))
    deleted = min(DELTA_DELETED, max(1, everything // 50))
    result = []
    left_c, left_d = changed, deleted
    for n, s in enumerate(chosen):
        last = n == len(chosen) - 1
        c = left_c if last else min(left_c, changed * s.lines // total)
        d = left_d if last else min(left_d, deleted * s.lines // total)
        c, d = min(c, s.lines), min(d, max(0, s.lines - c))
        result.append((s, c, d))
        left_c, left_d = left_c - c, left_d - d
    return result


def ensure_data(total_lines: int, suppliers: int, root: Path = DATA_DIR) -> Path:
    """The folder of the plan's files, written if missing or stale."""
    folder = root / f"{total_lines}-{suppliers}"
    manifest_path = folder / "manifest.json"
    suppliers_plan = plan(total_lines, suppliers)
    wanted = {
        "format": FORMAT,
        "lines": total_lines,
        "suppliers": suppliers,
        "plan": [asdict(s) for s in suppliers_plan],
    }
    if manifest_path.exists() and json.loads(manifest_path.read_text("utf-8")) == wanted:
        return folder
    (folder / "delta").mkdir(parents=True, exist_ok=True)
    for n, s in enumerate(suppliers_plan):
        with (folder / s.file_name).open("wb") as out:
            write_catalogue(out, header(s), lines_of(s))
        if n % 100 == 99:
            print(f"  wrote {n + 1}/{len(suppliers_plan)} catalogues", file=sys.stderr, flush=True)
    for s, changed, deleted in delta_plan(suppliers_plan):
        with (folder / "delta" / s.file_name).open("wb") as out:
            write_catalogue(out, header(s, partial=True), delta_lines(s, changed, deleted))
    manifest_path.write_text(json.dumps(wanted), "utf-8")
    return folder


def load_plan(folder: Path) -> list[PlannedSupplier]:
    data = json.loads((folder / "manifest.json").read_text("utf-8"))
    return [PlannedSupplier(**s) for s in data["plan"]]

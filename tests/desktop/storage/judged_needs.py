"""A judged set of needs as users type them (sv, da, nb, en; a quarter with a slip).

Each need: what is typed, the user's language, the agreement the guidance must name
first. Whether an item shown for it is related is decided by the item's agreement and
category (``test_judged_needs``), never by a list of items. ``slip`` marks a typo.
``KNOWN_MISSES`` are needs the search still ranks unrelated items for (reported, and
expected to fail until mended: remove one from the list once it passes).
"""

from __future__ import annotations

from typing import NamedTuple


class JudgedNeed(NamedTuple):
    typed: str
    language: str
    agreement: str
    slip: bool = False


JUDGED_NEEDS: tuple[JudgedNeed, ...] = (
    # Coffee and tea
    JudgedNeed("kaffe", "sv", "a-coffee"),
    JudgedNeed("bryggkaffe", "sv", "a-coffee"),
    JudgedNeed("kaffebønner", "da", "a-coffee"),
    JudgedNeed("coffee", "en", "a-coffee"),
    JudgedNeed("ikaffe", "sv", "a-coffee", slip=True),
    JudgedNeed("kafe", "sv", "a-coffee", slip=True),
    JudgedNeed("cofee", "en", "a-coffee", slip=True),
    JudgedNeed("kaffebønnr", "da", "a-coffee", slip=True),
    # Bread
    JudgedNeed("bröd", "sv", "a-bakery"),
    JudgedNeed("rugbrød", "da", "a-bakery"),
    JudgedNeed("bread", "en", "a-bakery"),
    JudgedNeed("rugbrd", "da", "a-bakery", slip=True),
    # Groceries, fruit, dairy
    JudgedNeed("pasta", "sv", "a-groceries"),
    JudgedNeed("ris", "da", "a-groceries"),
    JudgedNeed("frukt", "nb", "a-fruit"),
    JudgedNeed("vegetables", "en", "a-fruit"),
    JudgedNeed("mjölk", "sv", "a-dairy"),
    JudgedNeed("mælk", "da", "a-dairy"),
    JudgedNeed("yoghurt", "en", "a-dairy"),
    JudgedNeed("yoghurtt", "sv", "a-dairy", slip=True),
    JudgedNeed("mjölkk", "sv", "a-dairy", slip=True),
    # Office, copy paper
    JudgedNeed("kuglepen", "da", "a-office"),
    JudgedNeed("häftapparat", "sv", "a-office"),
    JudgedNeed("stapler", "en", "a-office"),
    JudgedNeed("kopieringspapper", "sv", "a-copy_paper"),
    JudgedNeed("kopipapir", "nb", "a-copy_paper"),
    JudgedNeed("printer paper", "en", "a-copy_paper"),
    JudgedNeed("kopipappir", "nb", "a-copy_paper", slip=True),
    JudgedNeed("kopieringspaper", "sv", "a-copy_paper", slip=True),
    # Hygiene paper, nappies
    JudgedNeed("toalettpapper", "sv", "a-hygiene"),
    JudgedNeed("toiletpapir", "da", "a-hygiene"),
    JudgedNeed("tørkepapir", "nb", "a-hygiene"),
    JudgedNeed("toalettpapr", "nb", "a-hygiene", slip=True),
    JudgedNeed("blöjor", "sv", "a-nappies"),
    JudgedNeed("bleer", "da", "a-nappies"),
    JudgedNeed("bleier", "nb", "a-nappies"),
    JudgedNeed("nappies", "en", "a-nappies"),
    JudgedNeed("blöjjor", "sv", "a-nappies", slip=True),
    JudgedNeed("napies", "en", "a-nappies", slip=True),
    # Gloves, sanitiser, cleaning
    JudgedNeed("handskar", "sv", "a-gloves"),
    JudgedNeed("engangshandsker", "da", "a-gloves"),
    JudgedNeed("hansker", "nb", "a-gloves"),
    JudgedNeed("glovse", "en", "a-gloves", slip=True),
    JudgedNeed("handskra", "sv", "a-gloves", slip=True),
    JudgedNeed("handsprit", "sv", "a-sanitiser"),
    JudgedNeed("håndsprit", "nb", "a-sanitiser"),
    JudgedNeed("handsprt", "sv", "a-sanitiser", slip=True),
    JudgedNeed("diskmedel", "sv", "a-cleaning"),
    JudgedNeed("opvaskemiddel", "da", "a-cleaning"),
    JudgedNeed("diskmedl", "sv", "a-cleaning", slip=True),
    # Toys, art, medical, workwear
    JudgedNeed("pussel", "sv", "a-toys"),
    JudgedNeed("puslespil", "da", "a-toys"),
    JudgedNeed("pusel", "sv", "a-toys", slip=True),
    JudgedNeed("färgpennor", "sv", "a-art"),
    JudgedNeed("fargeblyanter", "nb", "a-art"),
    JudgedNeed("crayons", "en", "a-art"),
    JudgedNeed("plåster", "sv", "a-medical"),
    JudgedNeed("bandasje", "nb", "a-medical"),
    JudgedNeed("plåsster", "sv", "a-medical", slip=True),
    JudgedNeed("förkläde", "sv", "a-workwear"),
    JudgedNeed("apron", "en", "a-workwear"),
    # Agreements whose items are not in Avrop's shop, or only through the office
    JudgedNeed("möbler", "sv", "a-furniture"),
    JudgedNeed("møbler", "da", "a-furniture"),
    JudgedNeed("bord", "nb", "a-furniture"),
    JudgedNeed("furniture", "en", "a-furniture"),
    JudgedNeed("möbbler", "sv", "a-furniture", slip=True),
    JudgedNeed("böcker", "sv", "a-books"),
    JudgedNeed("books", "en", "a-books"),
    JudgedNeed("bøger", "da", "a-books"),
    JudgedNeed("taxi", "sv", "a-taxi"),
    JudgedNeed("cab", "en", "a-taxi"),
    JudgedNeed("taxirsa", "sv", "a-taxi", slip=True),
    JudgedNeed("snickare", "sv", "a-craftsmen"),
    JudgedNeed("rørlegger", "nb", "a-craftsmen"),
    JudgedNeed("elektrikr", "da", "a-craftsmen", slip=True),
    JudgedNeed("dator", "sv", "a-computers"),
    JudgedNeed("laptop", "en", "a-computers"),
    # Short or shared words: other categories' items name them too ("Osterila",
    # "Penne", the Apple brand); the guided agreement's items come first.
    JudgedNeed("ost", "sv", "a-dairy"),
    JudgedNeed("penn", "nb", "a-office"),
    JudgedNeed("apple", "en", "a-fruit"),
    JudgedNeed("rengjøringsmidler", "nb", "a-cleaning"),
    JudgedNeed("mat", "sv", "a-groceries"),
    # Known misses: fewer than ten of the agreement's items match, and the next ones
    # found are other categories' ("Disktrasa" for "mad", staplers for "art supplies").
    JudgedNeed("mad", "da", "a-groceries"),
    JudgedNeed("art supplies", "en", "a-art"),
)

KNOWN_MISSES = frozenset({"mad", "art supplies"})

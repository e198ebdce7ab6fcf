"""What each kind of unit buys in a month, on which account, and how well it follows.

The numbers are invented but plausible for a Swedish municipality (SEK excluding VAT):
a kindergarten of 60 children spends some 40 000 a month on goods, a school more on
books, paper and computers, a care home most on food and care consumables.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.reference import UnitKind

# (account, name) of the municipal chart of accounts each category is coded to.
ACCOUNTS: dict[str, tuple[str, str]] = {
    "food": ("6110", "Livsmedel"),
    "consumables": ("6420", "Förbrukningsmaterial"),
    "learning": ("6430", "Läromedel och lekmaterial"),
    "office": ("6510", "Kontorsmaterial"),
    "equipment": ("5420", "Inventarier och datorer"),
    "services": ("7010", "Köpta tjänster"),
}

ACCOUNT_OF_CATEGORY: dict[str, str] = {
    **dict.fromkeys(("groceries", "fruit", "dairy", "bakery", "coffee"), "food"),
    **dict.fromkeys(
        ("nappies", "hygiene", "gloves", "sanitiser", "cleaning", "medical", "workwear"),
        "consumables",
    ),
    **dict.fromkeys(("toys", "art", "books"), "learning"),
    **dict.fromkeys(("office", "copy_paper"), "office"),
    **dict.fromkeys(("furniture", "computers"), "equipment"),
    **dict.fromkeys(("taxi", "craftsmen"), "services"),
}

# Agreement price ÷ list price per category (the bakery agreement is 36 % cheaper).
PRICE_LEVELS: dict[str, str] = {
    "coffee": "0.78", "bakery": "0.64", "groceries": "0.88", "fruit": "0.85",
    "dairy": "0.90", "office": "0.72", "copy_paper": "0.80", "hygiene": "0.75",
    "nappies": "0.82", "gloves": "0.70", "sanitiser": "0.74", "cleaning": "0.79",
    "toys": "0.83", "art": "0.81", "furniture": "0.77", "computers": "0.86",
    "books": "0.92", "taxi": "0.90", "craftsmen": "0.87", "medical": "0.80",
    "workwear": "0.84",
}  # fmt: skip
DEFAULT_PRICE_LEVEL = "0.85"

# Where staff buy beside the agreements, per category (names of the s-off-* suppliers).
OFF_SUPPLIERS: dict[str, tuple[str, ...]] = {
    "groceries": ("Ekby Livs AB", "Matbutiken Söder", "Hemleverans Mat Direkt AB"),
    "dairy": ("Ekby Livs AB", "Matbutiken Söder"),
    "coffee": ("Ekby Livs AB", "Matbutiken Söder"),
    "fruit": ("Torgets Frukt & Blommor", "Ekby Livs AB"),
    "bakery": ("Konditori Kanelbullen", "Bageri Solstrålen"),
    "office": ("Kontorsgiganten.se", "Kontorsdirekt24 AB"),
    "copy_paper": ("Kontorsgiganten.se", "Billigbläck Sverige AB"),
    "toys": ("Lekakuten.se", "Lek & Hobby i Ekby"),
    "art": ("Pysselbutiken Online AB", "Lek & Hobby i Ekby"),
    "nappies": ("Babyshoppen Danmark A/S", "Apoteksbutiken Ekby"),
    "hygiene": ("Ekby Livs AB", "Ekby Järn & Färg AB"),
    "cleaning": ("Ekby Järn & Färg AB", "Ekby Livs AB"),
    "gloves": ("Apoteksbutiken Ekby",),
    "sanitiser": ("Apoteksbutiken Ekby",),
    "medical": ("Apoteksbutiken Ekby",),
    "books": ("Centrumbokhandeln i Ekby AB",),
    "computers": ("Elbutiken Ekby AB",),
    "furniture": ("Nordisk Netthandel AS", "Ekby Järn & Färg AB"),
    "workwear": ("Ekby Sport & Fritid AB",),
    "craftsmen": ("Ekby Järn & Färg AB",),
    "taxi": (),  # no taxi beside the agreement
}

# Monthly spend per category (whole SEK) and the chance a month has any.
# An occasional category (furniture, computers, craftsmen) is bought some months only.
Monthly = dict[str, tuple[int, float]]

KINDERGARTEN: Monthly = {
    "groceries": (14000, 1.0), "fruit": (4200, 1.0), "dairy": (3800, 1.0),
    "bakery": (2600, 1.0), "coffee": (700, 1.0), "nappies": (2400, 1.0),
    "hygiene": (1500, 1.0), "gloves": (600, 1.0), "sanitiser": (350, 0.8),
    "cleaning": (900, 1.0), "toys": (2200, 0.7), "art": (1600, 0.9), "office": (450, 0.7),
    "copy_paper": (300, 0.5), "furniture": (9000, 0.15), "books": (900, 0.3),
    "craftsmen": (4500, 0.15), "taxi": (600, 0.1),
}  # fmt: skip
SCHOOL: Monthly = {
    "groceries": (38000, 1.0), "fruit": (7000, 1.0), "dairy": (9000, 1.0),
    "bakery": (4500, 1.0), "coffee": (1300, 1.0), "hygiene": (3500, 1.0),
    "gloves": (500, 0.8), "sanitiser": (600, 0.8), "cleaning": (2400, 1.0),
    "office": (3800, 1.0), "copy_paper": (2600, 1.0), "art": (2800, 0.9),
    "books": (9000, 0.6), "computers": (28000, 0.25), "furniture": (16000, 0.2),
    "craftsmen": (7000, 0.25), "taxi": (2200, 0.5),
}  # fmt: skip
CARE_HOME: Monthly = {
    "groceries": (42000, 1.0), "fruit": (6500, 1.0), "dairy": (8000, 1.0),
    "bakery": (4000, 1.0), "coffee": (2600, 1.0), "nappies": (16000, 1.0),
    "hygiene": (5200, 1.0), "gloves": (4800, 1.0), "sanitiser": (1900, 1.0),
    "cleaning": (2800, 1.0), "medical": (6500, 1.0), "workwear": (2500, 0.4),
    "office": (600, 0.6), "furniture": (12000, 0.15), "taxi": (3000, 0.6),
    "craftsmen": (6000, 0.2),
}  # fmt: skip

PROFILES: dict[UnitKind, Monthly] = {
    UnitKind.KINDERGARTEN: KINDERGARTEN,
    UnitKind.SCHOOL: SCHOOL,
    UnitKind.CARE_HOME: CARE_HOME,
}

# Schools and kindergartens buy little in July and more when the autumn term starts.
SEASON: dict[UnitKind, tuple[float, ...]] = {
    UnitKind.KINDERGARTEN: (1.0, 1.0, 1.05, 0.95, 1.0, 0.9, 0.35, 1.1, 1.1, 1.0, 1.0, 0.85),
    UnitKind.SCHOOL: (1.0, 1.0, 1.0, 0.9, 1.0, 0.7, 0.1, 1.3, 1.15, 1.0, 1.0, 0.8),
    UnitKind.CARE_HOME: (1.0,) * 12,
}


@dataclass(frozen=True)
class Habits:
    """How a unit buys: the share bought beside the agreements (first → last month) and
    the share of on-agreement e-commerce buying done by phone or e-mail instead of Avrop."""

    off_share_start: float
    off_share_end: float
    outside_avrop: float
    size: float = 1.0  # scales the profile (a larger unit buys more)


# Förskolan Solrosen is improving since the figures were first sent out; Blåbäret lags.
HABITS: dict[str, Habits] = {
    "u-forskola-solrosen": Habits(0.38, 0.16, 0.10),
    "u-forskola-eken": Habits(0.18, 0.15, 0.06, size=1.2),
    "u-forskola-blabaret": Habits(0.46, 0.40, 0.15, size=0.8),
    "u-skola-norr": Habits(0.24, 0.20, 0.08, size=1.1),
    "u-skola-soder": Habits(0.33, 0.22, 0.12),
    "u-vard-ekbacken": Habits(0.14, 0.10, 0.05),
}
DEFAULT_HABITS = Habits(0.25, 0.22, 0.10)

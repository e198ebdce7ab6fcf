"""Made-up but real-looking Nordic supplier names: (name, country) per agreement category.

The first ``Category.suppliers`` names of a category are its agreement suppliers, in
rank order. Categories without enough names here get generated ones.
"""

from __future__ import annotations

AGREEMENT_SUPPLIERS: dict[str, tuple[tuple[str, str], ...]] = {
    "coffee": (
        ("Bergstrands Kafferosteri AB", "SE"),
        ("Nordisk Kaffeservice AB", "SE"),
        ("Kaffehuset Fjällrost AB", "SE"),
    ),
    "bakery": (
        ("Ekby Hembageri AB", "SE"),
        ("Brödboden i Värmland AB", "SE"),
        ("Lantbageriet Solgård AB", "SE"),
    ),
    "groceries": (
        ("Storköksgrossisten Norden AB", "SE"),
        ("Matpartner Väst AB", "SE"),
        ("Livsmedelsgrossen i Mälardalen AB", "SE"),
        ("Skafferiet Storkök AB", "SE"),
        ("Nordfood Engros A/S", "DK"),
        ("Gröna Dalens Livs AB", "SE"),
    ),
    "fruit": (
        ("Frukt & Grönt Direkt AB", "SE"),
        ("Odlarnas Grönsakshall AB", "SE"),
        ("Fjordfrukt AS", "NO"),
    ),
    "dairy": (
        ("Mejerigården Norr AB", "SE"),
        ("Ostkällaren Engros AB", "SE"),
        ("Fjällmejeriet AB", "SE"),
    ),
    "office": (
        ("Kontorsmästarna AB", "SE"),
        ("Pennan & Pärmen Kontorsvaror AB", "SE"),
        ("Nordic Office Supply A/S", "DK"),
        ("Skrivbordet Kontor AB", "SE"),
    ),
    "copy_paper": (("Pappersgruppen Sverige AB", "SE"), ("Norsk Papirhandel AS", "NO")),
    "hygiene": (
        ("Hygienpartner Norden AB", "SE"),
        ("Renhetens Papper AB", "SE"),
        ("Vestjysk Hygiejne A/S", "DK"),
    ),
    "nappies": (("Omsorgsprodukter i Sverige AB", "SE"), ("Tryggvård Inkontinens AB", "SE")),
    "gloves": (("Skyddsgrossisten AB", "SE"), ("Handskeboden Nordic AB", "SE")),
    "sanitiser": (("Desinfektionsbolaget AB", "SE"), ("Klinikhygien Skandinavien AB", "SE")),
    "cleaning": (
        ("Städbolagets Grossist AB", "SE"),
        ("Rena Rum Kemtekniska AB", "SE"),
        ("Rengøringsgrossisten A/S", "DK"),
    ),
    "toys": (
        ("Lekoteket Pedagogik AB", "SE"),
        ("Barnens Verkstad AB", "SE"),
        ("Nordisk Legetøj A/S", "DK"),
    ),
    "art": (
        ("Pysselhuset Skolmaterial AB", "SE"),
        ("Färg & Form Pedagogik AB", "SE"),
        ("Formingshuset AS", "NO"),
    ),
    "furniture": (
        ("Skolmöbelfabriken i Tibro AB", "SE"),
        ("Lärmiljö Inredning AB", "SE"),
        ("Nordiske Skolemøbler AS", "NO"),
    ),
    "computers": (("IT-Partner Offentlig Sektor AB", "SE"), ("Datorcentralen Norden AB", "SE")),
    "books": (("Läromedelsbolaget Norden AB", "SE"), ("Bokcentralen Skola AB", "SE")),
    "taxi": (("Ekby Taxi AB", "SE"),),
    "craftsmen": (
        ("Ekby Bygg & Snickeri AB", "SE"),
        ("Elektrikerna i Ekby AB", "SE"),
        ("Rörmästarna Värmland AB", "SE"),
    ),
    "medical": (
        ("Vårdförråd Sverige AB", "SE"),
        ("Sjukvårdsmateriel Norden AB", "SE"),
        ("Medisinsk Forbruk AS", "NO"),
    ),
    "workwear": (
        ("Arbetskläder i Norden AB", "SE"),
        ("Yrkesklädseln AB", "SE"),
        ("Vernebutikken AS", "NO"),
    ),
    # The extra agreements (not categories): the expired predecessor and a future one.
    "coffee_old": (("Kaffekompaniet Ekby AB", "SE"),),
    "playground": (("Lekplatsbyggarna AB", "SE"), ("Utemiljö Norden AB", "SE")),
}

# Off-agreement suppliers: web shops and local stores staff buy from beside the agreements.
OFF_AGREEMENT: tuple[tuple[str, str, str], ...] = (
    ("Kontorsgiganten.se", "SE", "webshop"),
    ("Billigbläck Sverige AB", "SE", "webshop"),
    ("Lekakuten.se", "SE", "webshop"),
    ("Pysselbutiken Online AB", "SE", "webshop"),
    ("Hemleverans Mat Direkt AB", "SE", "webshop"),
    ("Nordisk Netthandel AS", "NO", "webshop"),
    ("Kontorsdirekt24 AB", "SE", "webshop"),
    ("Babyshoppen Danmark A/S", "DK", "webshop"),
    ("Ekby Livs AB", "SE", "store"),
    ("Torgets Frukt & Blommor", "SE", "store"),
    ("Ekby Järn & Färg AB", "SE", "store"),
    ("Centrumbokhandeln i Ekby AB", "SE", "store"),
    ("Konditori Kanelbullen", "SE", "store"),
    ("Apoteksbutiken Ekby", "SE", "store"),
    ("Lek & Hobby i Ekby", "SE", "store"),
    ("Elbutiken Ekby AB", "SE", "store"),
    ("Ekby Sport & Fritid AB", "SE", "store"),
    ("Bageri Solstrålen", "SE", "store"),
    ("Ekby Kemtvätt", "SE", "store"),
    ("Matbutiken Söder", "SE", "store"),
)

# Parts for the filler suppliers of the register (local trades and service firms).
SURNAMES = (
    "Andersson",
    "Berg",
    "Lindberg",
    "Nordgren",
    "Hedlund",
    "Sandberg",
    "Ekström",
    "Forsberg",
    "Holm",
    "Lundqvist",
    "Wikström",
    "Sjöberg",
    "Engström",
    "Dahl",
    "Nyberg",
    "Håkansson",
    "Björk",
    "Lindgren",
    "Strand",
    "Axelsson",
    "Backman",
    "Fransson",
)
PLACES = (
    "Ekby",
    "Värmland",
    "Norrby",
    "Sjövik",
    "Bergslagen",
    "Älvdalen",
    "Klarälven",
    "Mälardalen",
    "Fryksdalen",
    "Vänern",
    "Skogsby",
    "Björkfors",
)
DK_NAMES = ("Jensen", "Nielsen", "Hansen", "Pedersen", "Møller", "Kristensen", "Sørensen")
NO_NAMES = ("Hansen", "Johansen", "Olsen", "Larsen", "Haugen", "Bakken", "Solberg")
TRADES_SV = (
    "Bygg",
    "Måleri",
    "El",
    "VVS",
    "Transport",
    "Trädgård",
    "Städ",
    "Konsult",
    "Catering",
    "Tryckeri",
    "Data",
    "Reklam",
    "Bilservice",
    "Verktyg",
    "Fastighetsservice",
    "Låsservice",
    "Glasmästeri",
    "Blommor",
    "Musik",
    "Sport",
    "Kyl & Frys",
    "Ventilation",
    "Mark & Anläggning",
    "Event",
    "Flytt",
    "Tvätteri",
    "Skylt",
    "Ljud & Ljus",
    "Utbildning",
    "Förpackning",
)
TRADES_DK = ("Maskinudlejning", "Tømrer", "VVS", "Rengøring", "Transport", "Emballage")
TRADES_NO = ("Bygg", "Elektro", "Transport", "Renhold", "Maskin", "Emballasje")

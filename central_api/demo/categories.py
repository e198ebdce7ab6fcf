"""What the demo municipality buys: one row per agreement category.

Shared by the demo generator (agreements, suppliers, catalogues, history), the
procurement office's synonyms and guidance, the benchmark catalogue generator and the
search relevance tests, so that all of them speak of the same needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.reference import CallOffMethod


@dataclass(frozen=True)
class Category:
    key: str
    cpv: str  # 8-digit CPV code of the agreement's scope
    names: dict[str, str]  # agreement title per language: sv, da, nb, en
    needs: dict[str, tuple[str, ...]]  # words a user types for this need, per language
    call_off: CallOffMethod
    in_ecommerce: bool  # its items are in the synced catalogue
    suppliers: int  # how many suppliers the demo has on the agreement


def _c(
    key: str,
    cpv: str,
    names: tuple[str, str, str, str],
    needs: dict[str, tuple[str, ...]],
    call_off: CallOffMethod = CallOffMethod.DIRECT,
    in_ecommerce: bool = True,
    suppliers: int = 3,
) -> Category:
    return Category(
        key,
        cpv,
        dict(zip(("sv", "da", "nb", "en"), names, strict=True)),
        needs,
        call_off,
        in_ecommerce,
        suppliers,
    )


D, R, M = CallOffMethod.DIRECT, CallOffMethod.RANKED, CallOffMethod.MINI_COMPETITION

CATEGORIES: tuple[Category, ...] = (
    _c(
        "coffee",
        "15860000",
        ("Kaffe och te", "Kaffe og te", "Kaffe og te", "Coffee and tea"),
        {
            "sv": ("kaffe", "te", "kaffebönor", "bryggkaffe"),
            "da": ("kaffe", "te", "kaffebønner"),
            "nb": ("kaffe", "te", "kaffebønner"),
            "en": ("coffee", "tea", "coffee beans"),
        },
    ),
    _c(
        "bakery",
        "15810000",
        ("Bröd och bageri", "Brød og bagværk", "Brød og bakevarer", "Bread and bakery"),
        {
            "sv": ("bröd", "limpa", "kaka", "bulle", "fralla"),
            "da": ("brød", "rugbrød", "boller"),
            "nb": ("brød", "boller", "kake"),
            "en": ("bread", "buns", "cake", "pastry"),
        },
        R,
    ),
    _c(
        "groceries",
        "15000000",
        ("Livsmedel", "Fødevarer", "Dagligvarer", "Groceries"),
        {
            "sv": ("livsmedel", "mat", "pasta", "ris", "mjöl"),
            "da": ("fødevarer", "mad", "ris"),
            "nb": ("dagligvarer", "mat", "ris"),
            "en": ("groceries", "food", "rice", "pasta"),
        },
        suppliers=6,
    ),
    _c(
        "fruit",
        "03220000",
        ("Frukt och grönt", "Frugt og grønt", "Frukt og grønt", "Fruit and vegetables"),
        {
            "sv": ("frukt", "grönsaker", "äpple", "banan"),
            "da": ("frugt", "grøntsager", "æble"),
            "nb": ("frukt", "grønnsaker", "eple"),
            "en": ("fruit", "vegetables", "apple"),
        },
    ),
    _c(
        "dairy",
        "15500000",
        ("Mejeri", "Mejeri", "Meieri", "Dairy"),
        {
            "sv": ("mjölk", "ost", "yoghurt", "smör"),
            "da": ("mælk", "ost", "smør"),
            "nb": ("melk", "ost", "smør"),
            "en": ("milk", "cheese", "yoghurt", "butter"),
        },
    ),
    _c(
        "office",
        "30192700",
        ("Kontorsmaterial", "Kontorartikler", "Kontorrekvisita", "Office supplies"),
        {
            "sv": ("kontorsmaterial", "penna", "pärm", "häftapparat"),
            "da": ("kontorartikler", "kuglepen", "ringbind"),
            "nb": ("kontorrekvisita", "penn"),
            "en": ("office supplies", "pen", "binder", "stapler"),
        },
        suppliers=4,
    ),
    _c(
        "copy_paper",
        "30197643",
        ("Kopieringspapper", "Kopipapir", "Kopipapir", "Copy paper"),
        {
            "sv": ("kopieringspapper", "kopiepapper", "skrivarpapper", "papper a4"),
            "da": ("kopipapir", "printerpapir"),
            "nb": ("kopipapir", "skriverpapir"),
            "en": ("copy paper", "printer paper", "a4 paper"),
        },
        suppliers=2,
    ),
    _c(
        "hygiene",
        "33760000",
        ("Hygienpapper", "Hygiejnepapir", "Hygienepapir", "Hygiene paper"),
        {
            "sv": ("toalettpapper", "toapapper", "hushållspapper", "servetter", "pappershanddukar"),
            "da": ("toiletpapir", "køkkenrulle", "servietter"),
            "nb": ("toalettpapir", "tørkepapir", "servietter"),
            "en": ("toilet paper", "paper towels", "napkins"),
        },
    ),
    _c(
        "nappies",
        "33751000",
        (
            "Blöjor och inkontinens",
            "Bleer og inkontinens",
            "Bleier og inkontinens",
            "Nappies and incontinence",
        ),
        {
            "sv": ("blöjor", "blöja", "inkontinensskydd"),
            "da": ("bleer", "ble"),
            "nb": ("bleier", "bleie"),
            "en": ("nappies", "diapers", "incontinence pads"),
        },
        suppliers=2,
    ),
    _c(
        "gloves",
        "18424300",
        ("Skyddshandskar", "Beskyttelseshandsker", "Vernehansker", "Protective gloves"),
        {
            "sv": ("skyddshandskar", "handskar", "engångshandskar", "nitrilhandskar"),
            "da": ("handsker", "engangshandsker"),
            "nb": ("hansker", "engangshansker"),
            "en": ("gloves", "disposable gloves", "nitrile gloves"),
        },
        suppliers=2,
    ),
    _c(
        "sanitiser",
        "33741300",
        ("Handdesinfektion", "Hånddesinfektion", "Hånddesinfeksjon", "Hand sanitiser"),
        {
            "sv": ("handsprit", "handdesinfektion", "desinfektion"),
            "da": ("håndsprit", "hånddesinfektion"),
            "nb": ("antibac", "håndsprit"),
            "en": ("hand sanitiser", "hand sanitizer", "disinfectant"),
        },
        suppliers=2,
    ),
    _c(
        "cleaning",
        "39830000",
        ("Städ- och rengöringsmedel", "Rengøringsmidler", "Rengjøringsmidler", "Cleaning products"),
        {
            "sv": ("rengöringsmedel", "diskmedel", "tvättmedel", "städ"),
            "da": ("rengøringsmidler", "opvaskemiddel"),
            "nb": ("rengjøringsmidler", "oppvaskmiddel"),
            "en": ("cleaning products", "detergent", "dish soap"),
        },
    ),
    _c(
        "toys",
        "37520000",
        (
            "Lek- och pedagogiskt material",
            "Legetøj og pædagogisk materiale",
            "Leker og pedagogisk materiell",
            "Toys and learning materials",
        ),
        {
            "sv": ("leksaker", "lego", "pussel", "klossar"),
            "da": ("legetøj", "puslespil"),
            "nb": ("leker", "puslespill"),
            "en": ("toys", "puzzle", "building blocks"),
        },
    ),
    _c(
        "art",
        "37820000",
        ("Skapande material", "Kreative materialer", "Formingsmateriell", "Art supplies"),
        {
            "sv": ("pysselmaterial", "färgpennor", "målarfärg", "lim"),
            "da": ("hobbymaterialer", "farveblyanter", "maling"),
            "nb": ("formingsmateriell", "fargeblyanter", "maling"),
            "en": ("art supplies", "crayons", "paint", "glue"),
        },
    ),
    _c(
        "furniture",
        "39160000",
        ("Skolmöbler", "Skolemøbler", "Skolemøbler", "School furniture"),
        {
            "sv": ("möbler", "stol", "bord", "skolbänk"),
            "da": ("møbler", "stol", "bord"),
            "nb": ("møbler", "stol", "bord"),
            "en": ("furniture", "chair", "desk"),
        },
        M,
        in_ecommerce=False,
        suppliers=3,
    ),
    _c(
        "computers",
        "30213000",
        ("Datorer", "Computere", "Datamaskiner", "Computers"),
        {
            "sv": ("dator", "datorer", "bärbar dator"),
            "da": ("computer", "bærbar"),
            "nb": ("datamaskin", "pc", "bærbar"),
            "en": ("computer", "laptop"),
        },
        M,
        suppliers=2,
    ),
    _c(
        "books",
        "22110000",
        ("Läromedel och böcker", "Bøger", "Bøker", "Books"),
        {
            "sv": ("böcker", "bok", "läromedel"),
            "da": ("bøger", "bog"),
            "nb": ("bøker", "bok"),
            "en": ("books", "book", "textbooks"),
        },
        in_ecommerce=False,
        suppliers=2,
    ),
    _c(
        "taxi",
        "60120000",
        ("Taxi", "Taxikørsel", "Drosje", "Taxi"),
        {
            "sv": ("taxi", "taxiresa", "färdtjänst"),
            "da": ("taxa", "taxi"),
            "nb": ("taxi", "drosje"),
            "en": ("taxi", "cab"),
        },
        in_ecommerce=False,
        suppliers=1,
    ),
    _c(
        "craftsmen",
        "45000000",
        ("Hantverkstjänster", "Håndværkerydelser", "Håndverkertjenester", "Craftsmen"),
        {
            "sv": ("hantverkare", "snickare", "elektriker", "rörmokare"),
            "da": ("håndværker", "tømrer", "elektriker"),
            "nb": ("håndverker", "snekker", "elektriker", "rørlegger"),
            "en": ("craftsman", "carpenter", "electrician", "plumber"),
        },
        R,
        in_ecommerce=False,
        suppliers=3,
    ),
    _c(
        "medical",
        "33140000",
        (
            "Medicinska förbrukningsartiklar",
            "Medicinske forbrugsvarer",
            "Medisinske forbruksvarer",
            "Medical consumables",
        ),
        {
            "sv": ("förband", "plåster", "kompresser"),
            "da": ("plaster", "forbinding"),
            "nb": ("plaster", "bandasje"),
            "en": ("plasters", "bandage", "dressing"),
        },
    ),
    _c(
        "workwear",
        "18100000",
        ("Arbetskläder", "Arbejdstøj", "Arbeidsklær", "Workwear"),
        {
            "sv": ("arbetskläder", "förkläde", "skor"),
            "da": ("arbejdstøj", "forklæde"),
            "nb": ("arbeidsklær", "forkle"),
            "en": ("workwear", "apron"),
        },
        R,
    ),
)

CATEGORY_BY_KEY: dict[str, Category] = {c.key: c for c in CATEGORIES}

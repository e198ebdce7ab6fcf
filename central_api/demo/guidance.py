"""The demo procurement office's guidance: needs, advice, savings and synonyms.

Built from :mod:`central_api.demo.categories` so that guidance, catalogues and search
tests speak of the same needs. Agreement ids are ``a-<category key>``.
"""

from __future__ import annotations

from decimal import Decimal

from central_api.demo.categories import CATEGORIES, Category
from central_api.demo.municipality import EKBY
from desktop.domain.guidance import AgreementNote, GuidanceRules, NeedRule, OfficeContact

OFFICE = OfficeContact(name="Upphandlingsenheten, Ekby kommun", email=EKBY.email, phone=EKBY.phone)

# Words people also type for a need, beyond the category's own need words.
_EXTRA_PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "copy_paper": {"sv": ("kopipapper", "a4-papper")},
    "nappies": {"sv": ("inkontinens",), "da": ("inkontinens",), "nb": ("inkontinens",)},
    "sanitiser": {"en": ("alcohol gel",), "sv": ("alkogel",)},
    "coffee": {"sv": ("kaffefilter",), "en": ("coffee filters",)},
    "taxi": {"sv": ("taxibil",), "da": ("taxa",), "en": ("taxi ride",)},
}

# The office's free text for the orderer, per agreement (en, sv, da, nb).
_ADVICE: dict[str, tuple[str, str, str, str]] = {
    "bakery": (
        "Order bread by 12:00 for next-day delivery. Use supplier 1 first; the next only "
        "when the one before cannot deliver.",
        "Beställ bröd före kl. 12 för leverans nästa dag. Använd leverantör 1 i första hand; "
        "nästa bara när den före inte kan leverera.",
        "Bestil brød inden kl. 12 til levering næste dag. Brug leverandør 1 først; den næste "
        "kun når den før ikke kan levere.",
        "Bestill brød før kl. 12 for levering neste dag. Bruk leverandør 1 først; den neste "
        "bare når den før ikke kan levere.",
    ),
    "coffee": (
        "Choose the eco-labelled coffee where you can: it costs the same under the agreement.",
        "Välj miljömärkt kaffe när du kan: det kostar lika mycket i avtalet.",
        "Vælg miljømærket kaffe når du kan: den koster det samme i aftalen.",
        "Velg miljømerket kaffe når du kan: den koster det samme i avtalen.",
    ),
    "furniture": (
        "Furniture is bought through a mini-competition. Send the procurement office what "
        "you need, how many and your budget; they ask the suppliers for you.",
        "Möbler köps genom förnyad konkurrensutsättning. Skicka till upphandlingsenheten "
        "vad du behöver, hur många och din budget, så frågar de leverantörerna åt dig.",
        "Møbler købes via miniudbud. Send indkøbsafdelingen hvad du har brug for, hvor mange "
        "og dit budget; de spørger leverandørerne for dig.",
        "Møbler kjøpes gjennom minikonkurranse. Send innkjøpsavdelingen hva du trenger, hvor "
        "mange og budsjettet ditt; de spør leverandørene for deg.",
    ),
    "computers": (
        "Computers are bought through a mini-competition run by the procurement office.",
        "Datorer köps genom förnyad konkurrensutsättning som upphandlingsenheten gör.",
        "Computere købes via miniudbud, som indkøbsafdelingen står for.",
        "Datamaskiner kjøpes gjennom minikonkurranse som innkjøpsavdelingen gjennomfører.",
    ),
    "taxi": (
        "Book by phone and quote the agreement number and your cost centre.",
        "Boka per telefon och uppge avtalsnumret och ditt kostnadsställe.",
        "Bestil på telefon og oplys aftalenummeret og dit omkostningssted.",
        "Bestill på telefon og oppgi avtalenummeret og koststedet ditt.",
    ),
    "craftsmen": (
        "Call supplier 1 first. Use the next one only when the one before cannot come in "
        "time, and record the reason.",
        "Ring leverantör 1 först. Ta nästa bara när den före inte kan komma i tid, och "
        "skriv varför.",
        "Ring til leverandør 1 først. Brug den næste kun når den før ikke kan komme i tide, "
        "og skriv hvorfor.",
        "Ring leverandør 1 først. Bruk den neste bare når den før ikke kan komme i tide, og "
        "skriv hvorfor.",
    ),
    "books": (
        "Order in the supplier's web shop and quote the agreement number.",
        "Beställ i leverantörens webbutik och ange avtalsnumret.",
        "Bestil i leverandørens webshop og oplys aftalenummeret.",
        "Bestill i leverandørens nettbutikk og oppgi avtalenummeret.",
    ),
    "gloves": (
        "Gloves are crisis-critical: the hub keeps a stock. Order as usual.",
        "Handskar är kriskritiska: omlastningscentralen har ett lager. Beställ som vanligt.",
        "Handsker er kritiske i en krise: omlastningscentralen har et lager. Bestil som normalt.",
        "Hansker er kritiske i en krise: omlastingssentralen har et lager. Bestill som vanlig.",
    ),
}

# Agreement prices against what units paid before the agreement, in percent.
SAVINGS_PERCENT: dict[str, Decimal] = {
    "bakery": Decimal("36"),
    "coffee": Decimal("18"),
    "nappies": Decimal("22"),
    "copy_paper": Decimal("15"),
    "sanitiser": Decimal("12"),
}

# Search synonyms: term -> terms it also means, per language (the store expands queries).
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "sv": {
        "kopipapper": ("kopieringspapper",),
        "kopiepapper": ("kopieringspapper",),
        "skrivarpapper": ("kopieringspapper",),
        "toapapper": ("toalettpapper",),
        "handsprit": ("handdesinfektion",),
        "alkogel": ("handdesinfektion",),
        "blöja": ("blöjor",),
        "fralla": ("frallor", "småbröd"),
        "kaffe": ("bryggkaffe", "kaffebönor"),
        "handskar": ("skyddshandskar",),
    },
    "da": {
        "printerpapir": ("kopipapir",),
        "håndsprit": ("hånddesinfektion",),
        "ble": ("bleer",),
        "handsker": ("engangshandsker",),
    },
    "nb": {
        "skriverpapir": ("kopipapir",),
        "antibac": ("hånddesinfeksjon", "håndsprit"),
        "bleie": ("bleier",),
        "hansker": ("engangshansker",),
    },
    "en": {
        "diapers": ("nappies",),
        "hand sanitizer": ("hand sanitiser",),
        "printer paper": ("copy paper",),
        "cab": ("taxi",),
    },
}


def _need(category: Category) -> NeedRule:
    phrases: dict[str, tuple[str, ...]] = {}
    for lang in ("sv", "da", "nb", "en"):
        own = category.needs.get(lang, ())
        extra = _EXTRA_PHRASES.get(category.key, {}).get(lang, ())
        phrases[lang] = tuple(dict.fromkeys((*own, *extra, category.names[lang].lower())))
    return NeedRule(
        id=category.key,
        phrases=phrases,
        cpv_codes=(category.cpv,),
        agreement_ids=(f"a-{category.key}",),
    )


def _note(key: str) -> AgreementNote | None:
    advice = _ADVICE.get(key)
    savings = SAVINGS_PERCENT.get(key)
    if advice is None and savings is None:
        return None
    texts = dict(zip(("en", "sv", "da", "nb"), advice, strict=True)) if advice else {}
    return AgreementNote(agreement_id=f"a-{key}", advice=texts, savings_percent=savings)


CRISIS_NEED = NeedRule(
    id="crisis_stock",
    phrases={
        "sv": ("krislager", "beredskap"),
        "da": ("krisberedskab", "beredskabslager"),
        "nb": ("beredskapslager", "krisevarer"),
        "en": ("crisis stock", "preparedness"),
    },
    cpv_codes=("18424300", "33741300"),
    agreement_ids=("a-gloves", "a-sanitiser"),
)


def demo_guidance() -> GuidanceRules:
    """The guidance ``GET /guidance`` serves for the demo municipality."""
    notes = tuple(n for n in (_note(c.key) for c in CATEGORIES) if n is not None)
    return GuidanceRules(
        needs=(*(_need(c) for c in CATEGORIES), CRISIS_NEED),
        agreement_notes=notes,
        synonyms=SYNONYMS,
        office=OFFICE,
    )

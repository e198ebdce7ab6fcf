"""The superuser's demo situation (``support_seed``) in Danish and Norwegian."""

from __future__ import annotations

# Swedish text → (Danish, Norwegian)
_TEXTS: dict[str, tuple[str, str]] = {
    "Bryggkaffe Mellanrost 450 g": (
        "Filterkaffe Mellemristet 450 g",
        "Filterkaffe Mellombrent 450 g",
    ),
    "Te Kamomill 25 st": ("Te Kamille 25 stk", "Te Kamille 25 stk"),
    "Kaffefilter Storkök BKI 100 st": (
        "Kaffefilter Storkøkken BKI 100 stk",
        "Kaffefilter Storkjøkken BKI 100 stk",
    ),
    "Bryggkaffe Ljusrost 500 g": ("Filterkaffe Lysristet 500 g", "Filterkaffe Lysbrent 500 g"),
    "Veckans kaffe och te": ("Ugens kaffe og te", "Ukens kaffe og te"),
    "Bryggkaffe 500 g": ("Filterkaffe 500 g", "Filterkaffe 500 g"),
    "Artikeln är slut hos leverantören; beställ K-00002 i stället.": (
        "Varen er udsolgt hos leverandøren; bestil K-00002 i stedet.",
        "Varen er utsolgt hos leverandøren; bestill K-00002 i stedet.",
    ),
    "Regnkläder till barnen, storlek 98–110": (
        "Regntøj til børnene, str. 98–110",
        "Regntøy til barna, str. 98–110",
    ),
    "20 set": ("20 sæt", "20 sett"),
    "regnkläder": ("regntøj", "regntøy"),
}  # fmt: skip


def support_text(variant: str, swedish: str) -> str:
    """``swedish`` in the language of demo ``variant`` (itself for ``se``)."""
    texts = _TEXTS.get(swedish)
    if texts is None or variant not in ("dk", "no"):
        return swedish
    return texts[0] if variant == "dk" else texts[1]

"""The Danish variant: Egeby Kommune, CVR numbers (0184), DKK, Danish product names."""

from __future__ import annotations

from decimal import Decimal

from central_api.demo.municipality import DemoMunicipality
from central_api.demo.variants.model import CountryData, UnitText
from desktop.domain.demo_variants import DEMO_VARIANTS

DK = CountryData(
    variant=DEMO_VARIANTS["dk"],
    municipality=DemoMunicipality(
        id="m-ekby",
        name="Egeby Kommune",
        country="DK",
        org_number="29189919",  # 8 digits, weighted sum divisible by 11
        org_scheme="0184",
        language="da",
        email="indkob@egeby.dk",
        phone="+45 72 36 00 00",
    ),
    city="Egeby",
    office_name="Indkøbsafdelingen, Egeby Kommune",
    gln_prefix="5790049",
    price_rate=Decimal("0.65"),
    units={
        "u-skola-norr": UnitText("Nordskolen", "Skolevej 12", "4200"),
        "u-skola-soder": UnitText("Sønderskolen", "Søndre Allé 4", "4200"),
        "u-forskola-solrosen": UnitText("Børnehaven Solsikken", "Solsikkevej 3", "4200"),
        "u-forskola-eken": UnitText("Børnehaven Egen", "Egebakken 7", "4200"),
        "u-forskola-blabaret": UnitText("Børnehaven Blåbærret", "Blåbærstien 2", "4200"),
        "u-vard-ekbacken": UnitText("Plejecenter Egebakken", "Egebakken 15", "4200"),
        "u-hub": UnitText("Egeby Omlastecentral", "Industrivej 20", "4200"),
        "u-inkop": UnitText("Indkøbsafdelingen", "Rådhustorvet 1", "4200"),
    },
    parents={
        "Utbildningsförvaltningen": "Børne- og Skoleforvaltningen",
        "Förskoleförvaltningen": "Dagtilbudsforvaltningen",
        "Vård- och omsorgsförvaltningen": "Social- og Sundhedsforvaltningen",
        "Kommunledningsförvaltningen": "Borgmesterens Forvaltning",
    },
    people={
        "orderer": "Ida Madsen",
        "manager": "Mette Lund",
        "superuser": "Søren Holm",
        "procurement": "Pernille Eg",
        "eken-orderer": "Emma Skov",
        "blabaret-orderer": "Bo Nygaard",
    },
    company_suffix=" A/S",
    name_words=(
        ("Kafferosteri", "Kafferisteri"),
        ("Fjällrost", "Fjeldristeriet"),
        ("Hembageri", "Hjemmebageri"),
        ("Brödboden", "Brødboden"),
        ("Lantbageriet", "Landbageriet"),
        ("Storköksgrossisten", "Storkøkkengrossisten"),
        ("Livsmedelsgrossen", "Fødevaregrossisten"),
        ("Skafferiet", "Spisekammeret"),
        ("Gröna", "Grønne"),
        ("Frukt & Grönt", "Frugt & Grønt"),
        ("Grönsakshall", "Grøntsagshal"),
        ("Odlarnas", "Avlernes"),
        ("Mejerigården", "Mejerigården"),
        ("Ostkällaren", "Ostekælderen"),
        ("Kontorsmästarna", "Kontormestrene"),
        ("Kontorsvaror", "Kontorartikler"),
        ("Pärmen", "Ringbindet"),
        ("Skrivbordet", "Skrivebordet"),
        ("Pappersgruppen Sverige", "Papirgruppen Danmark"),
        ("Hygienpartner", "Hygiejnepartner"),
        ("Renhetens Papper", "Renhedens Papir"),
        ("Omsorgsprodukter i Sverige", "Omsorgsprodukter i Danmark"),
        ("Tryggvård Inkontinens", "Tryg Pleje Inkontinens"),
        ("Skyddsgrossisten", "Værnemiddelgrossisten"),
        ("Handskeboden", "Handskeboden"),
        ("Desinfektionsbolaget", "Desinfektionsfirmaet"),
        ("Klinikhygien", "Klinikhygiejne"),
        ("Städbolagets", "Rengøringsfirmaets"),
        ("Rena Rum Kemtekniska", "Rene Rum Kemiteknik"),
        ("Sverige", "Danmark"),
        ("Ekby", "Egeby"),
    ),
)

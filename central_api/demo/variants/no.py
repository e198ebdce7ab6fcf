"""The Norwegian variant: Eikby kommune, org. no. (0192), NOK, Norwegian product names."""

from __future__ import annotations

from decimal import Decimal

from central_api.demo.municipality import DemoMunicipality
from central_api.demo.variants.model import CountryData, UnitText
from desktop.domain.demo_variants import DEMO_VARIANTS

NO = CountryData(
    variant=DEMO_VARIANTS["no"],
    municipality=DemoMunicipality(
        id="m-ekby",
        name="Eikby kommune",
        country="NO",
        org_number="964950113",  # 9 digits, mod-11 check digit
        org_scheme="0192",
        language="nb",
        email="innkjop@eikby.kommune.no",
        phone="+47 62 41 00 00",
    ),
    city="Eikby",
    office_name="Innkjøpsavdelingen, Eikby kommune",
    gln_prefix="7080049",
    price_rate=Decimal("1.00"),
    units={
        "u-skola-norr": UnitText("Nordskogen skole", "Skoleveien 12", "2408"),
        "u-skola-soder": UnitText("Sørbyen skole", "Søndre allé 4", "2408"),
        "u-forskola-solrosen": UnitText("Solsikken barnehage", "Solsikkeveien 3", "2408"),
        "u-forskola-eken": UnitText("Eika barnehage", "Eikebakken 7", "2408"),
        "u-forskola-blabaret": UnitText("Blåbæret barnehage", "Blåbærstien 2", "2408"),
        "u-vard-ekbacken": UnitText("Eikebakken sykehjem", "Eikebakken 15", "2408"),
        "u-hub": UnitText("Eikby omlastingssentral", "Industriveien 20", "2408"),
        "u-inkop": UnitText("Innkjøpsavdelingen", "Rådhusplassen 1", "2408"),
    },
    parents={
        "Utbildningsförvaltningen": "Oppvekst og utdanning",
        "Förskoleförvaltningen": "Barnehageetaten",
        "Vård- och omsorgsförvaltningen": "Helse og omsorg",
        "Kommunledningsförvaltningen": "Rådmannens stab",
    },
    people={
        "orderer": "Ingrid Berg",
        "manager": "Marit Lie",
        "superuser": "Sindre Holm",
        "procurement": "Kari Eik",
        "eken-orderer": "Eline Sand",
        "blabaret-orderer": "Bjørn Nygård",
    },
    company_suffix=" AS",
    name_words=(
        ("Kafferosteri", "Kaffebrenneri"),
        ("Fjällrost", "Fjellbrent"),
        ("Hembageri", "Hjemmebakeri"),
        ("Brödboden", "Brødbua"),
        ("Lantbageriet", "Gårdsbakeriet"),
        ("Storköksgrossisten", "Storkjøkkengrossisten"),
        ("Livsmedelsgrossen", "Matvaregrossisten"),
        ("Skafferiet", "Spiskammeret"),
        ("Gröna", "Grønne"),
        ("Frukt & Grönt", "Frukt & Grønt"),
        ("Grönsakshall", "Grønnsakshall"),
        ("Odlarnas", "Dyrkernes"),
        ("Mejerigården", "Meierigården"),
        ("Ostkällaren", "Ostekjelleren"),
        ("Kontorsmästarna", "Kontormesterne"),
        ("Kontorsvaror", "Kontorrekvisita"),
        ("Pärmen", "Permen"),
        ("Skrivbordet", "Skrivebordet"),
        ("Pappersgruppen Sverige", "Papirgruppen Norge"),
        ("Hygienpartner", "Hygienepartner"),
        ("Renhetens Papper", "Renhetens Papir"),
        ("Omsorgsprodukter i Sverige", "Omsorgsprodukter i Norge"),
        ("Tryggvård Inkontinens", "Trygg Pleie Inkontinens"),
        ("Skyddsgrossisten", "Vernegrossisten"),
        ("Handskeboden", "Hanskebua"),
        ("Desinfektionsbolaget", "Desinfeksjonsfirmaet"),
        ("Klinikhygien", "Klinikkhygiene"),
        ("Städbolagets", "Renholdsfirmaets"),
        ("Rena Rum Kemtekniska", "Rene Rom Kjemiteknikk"),
        ("Sverige", "Norge"),
        ("Ekby", "Eikby"),
    ),
)

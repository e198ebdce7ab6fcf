"""CatalogueSearch: folding, prefixes, exact spelling first, agreement first, synonyms,
filters, CPV labels and supplier names, compounds."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.domain.catalogue import CatalogueLine, Certificate
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import Database
from desktop.storage.search import CatalogueSearch, SearchFilters
from tests.fixtures.catalogue import catalogue_line, register_reference

AGREEMENT = "a-test"


def line(seller: str, name: str, **fields: object) -> CatalogueLine:
    return catalogue_line(seller, name, **fields)  # type: ignore[arg-type]


@pytest.fixture
def search(catalogue_db: Database, catalogue_store: CatalogueStore) -> CatalogueSearch:
    on_agreement = [
        line("A1", "Blöjor Maxi storlek 4", cpv_codes=("33751000",)),
        line("A2", "Bröd Fullkorn 750 g", cpv_codes=("15811100",)),
        line(
            "A3",
            "Kaffe Mellanrost 500 g",
            brand="Löfbergs",
            cpv_codes=("15861000",),
            certificates=(Certificate("FAIR_TRADE_MARK", "Fairtrade"),),
        ),
        line("A4", "Kopieringspapper A4 80 g", keywords=("Kopipapir",), cpv_codes=("30197643",)),
        line("A5", "Nitrilhandskar puderfria", cpv_codes=("18424300",), crisis_critical=True),
        line("A6", "Toalettpapper 2-lager 8 rullar", cpv_codes=("33761000",)),
        line("A7", "Limpa", description="Ett mörkt bröd.", cpv_codes=("15811100",)),
        line("A8", "Kaffefilter 1x4", cpv_codes=("15860000",)),
    ]
    other = [
        line("B1", "Brød Rugbrød 1 kg", cpv_codes=("15811100",)),
        line("B2", "Kaffe Mörkrost 1 kg", cpv_codes=("15861000",)),
        line("B3", "Handsprit gel 500 ml", gtin="7310865004703", cpv_codes=("33741300",)),
        line("B4", "Blojor billiga", cpv_codes=("33751000",)),
    ]
    catalogue_store.replace_catalogue(
        "s-agree",
        [
            CatalogueLine(**{**vars(x), "supplier_id": "s-agree", "agreement_id": AGREEMENT})
            for x in on_agreement
        ],
    )
    catalogue_store.replace_catalogue(
        "s-shop", [CatalogueLine(**{**vars(x), "supplier_id": "s-shop"}) for x in other]
    )
    register_reference(
        catalogue_db,
        {"s-agree": "Ekby Grossisten AB", "s-shop": "Webbshoppen Nord"},
        {AGREEMENT: "Testavtal"},
    )
    return CatalogueSearch(catalogue_db)


def found(search: CatalogueSearch, text: str, **options: object) -> list[str]:
    result = search.search(text, **options)  # type: ignore[arg-type]
    return [r.name for r in search.rows(result.fetch_ids(0, 100))]


@pytest.mark.parametrize("typed", ["blöjor", "blojor", "bloejor", "BLÖJOR", "blöj", "bl"])
def test_diacritics_and_their_ascii_spellings_fold(search: CatalogueSearch, typed: str) -> None:
    assert "Blöjor Maxi storlek 4" in found(search, typed)


@pytest.mark.parametrize("typed", ["bröd", "brød", "brod", "broed"])
def test_bread_in_every_spelling(search: CatalogueSearch, typed: str) -> None:
    names = found(search, typed)
    assert {"Bröd Fullkorn 750 g", "Brød Rugbrød 1 kg"} <= set(names)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("kaff", "Kaffe Mellanrost 500 g"),
        ("kopipap", "Kopieringspapper A4 80 g"),
        ("handsp", "Handsprit gel 500 ml"),
        ("toal", "Toalettpapper 2-lager 8 rullar"),
        ("k", "Kaffe Mellanrost 500 g"),
    ],
)
def test_prefixes_match_as_you_type(search: CatalogueSearch, typed: str, expected: str) -> None:
    assert expected in found(search, typed)


def test_exact_spelling_ranks_first_within_a_tier(search: CatalogueSearch) -> None:
    assert found(search, "blöjor")[0] == "Blöjor Maxi storlek 4"
    shop = SearchFilters(supplier_id="s-shop")
    # The web shop holds both "Brød" and (as a word in it) "rugbrød"; none spelled "bröd".
    assert found(search, "brød", filters=shop)[0] == "Brød Rugbrød 1 kg"
    assert found(search, "blojor", filters=shop) == ["Blojor billiga"]


def test_agreement_items_come_before_everything_else(search: CatalogueSearch) -> None:
    names = found(search, "kaffe")
    assert names.index("Kaffe Mellanrost 500 g") < names.index("Kaffe Mörkrost 1 kg")
    assert names.index("Kaffefilter 1x4") < names.index("Kaffe Mörkrost 1 kg")
    names = found(search, "bröd")
    assert names.index("Limpa") < names.index("Brød Rugbrød 1 kg")  # description match


def test_whole_words_in_the_name_rank_above_other_fields(search: CatalogueSearch) -> None:
    names = found(search, "bröd", filters=SearchFilters(agreement_only=True))
    assert names[0] == "Bröd Fullkorn 750 g"
    assert names[-1] == "Limpa"


def test_every_word_must_match(search: CatalogueSearch) -> None:
    assert found(search, "kaffe mörk") == ["Kaffe Mörkrost 1 kg"]
    assert found(search, "kaffe 500") == ["Kaffe Mellanrost 500 g"]
    assert found(search, "kaffe xyzzy") == []


def test_compound_heads_are_found(search: CatalogueSearch) -> None:
    assert found(search, "handskar") == ["Nitrilhandskar puderfria"]
    assert "Toalettpapper 2-lager 8 rullar" in found(search, "papper")


def test_cpv_labels_in_any_language_find_items(search: CatalogueSearch) -> None:
    assert "Bröd Fullkorn 750 g" in found(search, "bread")  # English CPV label
    assert "Blöjor Maxi storlek 4" in found(search, "nappies")
    assert "Blöjor Maxi storlek 4" in found(search, "bleer")  # Danish "Engangsbleer"


def test_a_cpv_label_finds_the_items_of_the_codes_below_it(search: CatalogueSearch) -> None:
    # 15810000 "Bread products, fresh pastry goods and cakes", two levels above Bread
    assert {"Bröd Fullkorn 750 g", "Limpa"} <= set(found(search, "pastry"))
    assert "Bröd Fullkorn 750 g" in found(search, "tobacco")  # 15000000, the division


def test_brand_supplier_name_gtin_and_article_number(search: CatalogueSearch) -> None:
    assert found(search, "löfbergs") == ["Kaffe Mellanrost 500 g"]
    assert set(found(search, "webbshop")) == {
        "Brød Rugbrød 1 kg",
        "Kaffe Mörkrost 1 kg",
        "Handsprit gel 500 ml",
        "Blojor billiga",
    }
    assert found(search, "7310865004703") == ["Handsprit gel 500 ml"]
    assert found(search, "73108650") == ["Handsprit gel 500 ml"]
    assert found(search, "a5") == ["Nitrilhandskar puderfria"]


def test_synonyms_expand_the_query_per_language(
    catalogue_store: CatalogueStore, search: CatalogueSearch
) -> None:
    assert found(search, "toapapper") == []
    catalogue_store.set_synonyms(
        "sv", {"toapapper": ["toalettpapper"], "hand sprit": ["handsprit"]}
    )
    catalogue_store.set_synonyms("da", {"wc papir": ["toalettpapper"]})
    assert found(search, "toapapper", language="sv") == ["Toalettpapper 2-lager 8 rullar"]
    assert found(search, "toapap", language="sv") == ["Toalettpapper 2-lager 8 rullar"]
    assert found(search, "toapapper", language="da") == []
    assert found(search, "wc papir", language="da") == ["Toalettpapper 2-lager 8 rullar"]
    assert found(search, "hand sprit", language="sv") == ["Handsprit gel 500 ml"]
    catalogue_store.set_synonyms("sv", {})
    assert found(search, "toapapper", language="sv") == []


def test_filters(search: CatalogueSearch) -> None:
    assert set(found(search, "kaffe", filters=SearchFilters(supplier_id="s-shop"))) == {
        "Kaffe Mörkrost 1 kg"
    }
    assert len(found(search, "", filters=SearchFilters(agreement_id=AGREEMENT))) == 8
    assert found(search, "", filters=SearchFilters(eco_only=True)) == ["Kaffe Mellanrost 500 g"]
    assert found(search, "", filters=SearchFilters(crisis_only=True)) == [
        "Nitrilhandskar puderfria"
    ]
    bread = found(search, "", filters=SearchFilters(cpv_prefix="1581"))
    assert set(bread) == {"Bröd Fullkorn 750 g", "Limpa", "Brød Rugbrød 1 kg"}
    assert found(search, "", filters=SearchFilters(cpv_prefix="999")) == []
    assert "Brød Rugbrød 1 kg" not in found(
        search, "bröd", filters=SearchFilters(agreement_only=True)
    )
    both = SearchFilters(supplier_id="s-agree", cpv_prefix="158")
    assert set(found(search, "kaffe", filters=both)) == {
        "Kaffe Mellanrost 500 g",
        "Kaffefilter 1x4",
    }


def test_an_empty_query_lists_everything_agreement_first(search: CatalogueSearch) -> None:
    result = search.search("")
    assert result.count() == 12
    rows = search.rows(result.fetch_ids(0, 12))
    assert [r.agreement_id for r in rows] == [AGREEMENT] * 8 + [None] * 4


def test_rows_keep_the_order_asked_for_and_skip_unknown_ids(search: CatalogueSearch) -> None:
    ids = search.search("").fetch_ids(0, 3)
    rows = search.rows([ids[2], 999_999, ids[0]])
    assert [r.item_id for r in rows] == [ids[2], ids[0]]
    assert rows[0].supplier_name == "Ekby Grossisten AB"
    assert rows[0].agreement_name == "Testavtal"
    assert rows[0].price == Decimal("10.00")

"""Finding our body in KATO by name: Russian or Kazakh, with typos, with Kazakh letters typed as Russian ones."""
from __future__ import annotations


import pytest

from kelisim.directory.kato import default_directory
from kelisim.directory.search import UnitIndex, default_index, normalize, query_words, words

KASYK = "314845000"  # Касыкский с.о. / Қасық а.о. (Жамбылский район)
UZYNAGASH = "194230000"  # Узынагашский с.о. / Ұзынағаш а.о.


@pytest.fixture(scope="module")
def index() -> UnitIndex:
    return default_index()


def codes(hits):
    return [h.unit.code for h in hits]


def test_normalize_folds_kazakh_letters_case_and_punctuation():
    assert normalize("Ұзынағаш а.о.") == "узынагаш а о"
    assert normalize("ҚАСЫҚ") == normalize("касык") == "касык"
    assert normalize("Әйтеке би") == "аитеке би"
    assert normalize("Өскемен, Үлбі; Һ-і") == "оскемен улби х и"
    assert normalize("Касыкcкий") == "касыкскии"  # a Latin «c» typed by mistake
    assert words("с.Узынагаш") == ["узынагаш"]  # abbreviations are not words
    assert query_words("Ұзынағаш ауылдық округі") == ["узынагаш"]
    assert query_words("сельский округ") == ["сельскии", "округ"]  # only generic words: kept


@pytest.mark.parametrize("query, expected", [
    ("Узынагаш", UZYNAGASH),
    ("Ұзынағаш", UZYNAGASH),
    ("узынагаш", UZYNAGASH),
    ("Узынагш", UZYNAGASH),  # a letter missing
    ("Узынагащ", UZYNAGASH),  # a wrong letter
    ("Ұзынағаш ауылдық округі", UZYNAGASH),
    ("Касык", KASYK),
    ("Қасық", KASYK),
    ("Касыкский сельский округ", KASYK),
    ("Касыкскии", KASYK),
    (KASYK, KASYK),
])
def test_the_body_is_found_first(index, query, expected):
    hits = index.search(query)
    assert hits and hits[0].unit.code == expected, [(h.unit.name_ru, h.score) for h in hits[:5]]


def test_a_village_is_answered_by_its_akim_and_each_body_once(index):
    hits = index.search("Узынагаш")
    assert len(codes(hits)) == len(set(codes(hits)))
    assert all(h.unit.has_akim for h in hits)
    villages = [h for h in hits if h.matched.code != h.unit.code]
    assert villages and all(not h.matched.has_akim for h in villages)
    assert any(h.matched.name_ru == "с.Узынагаш" for h in villages)


def test_a_generic_word_prefers_its_kind(index):
    assert index.search("Кордайский район")[0].unit.kind == "district"
    assert index.search("Кордайский сельский округ")[0].unit.kind == "rural_district"
    assert index.search("Жамбыл облысы")[0].unit.kind == "oblast"


def test_nothing_sensible_gives_nothing(index):
    assert index.search("") == []
    assert index.search("  .. ") == []
    assert index.search("qwzx") == []


def test_one_index_answers_every_query():
    """Built once, the index answers each query (its speed is a benchmark's business, not a timed assertion)."""
    index = UnitIndex(default_directory())
    assert len(index) > 15000
    queries = ["Узынагаш", "Касык", "Қасық", "Кордайский район", "Алматы", "Ұзынағаш ауылдық округі", "Кзылорда",
               "Сарыагаш", "Жамбылская", "Талдыкорган", "Аксу", "Шымкент"]
    for query in queries:
        assert index.search(query), query

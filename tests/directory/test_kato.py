"""The classifier as the program reads it: counts, parents, kinds and akims, straight from kato.NOTES.md."""
from __future__ import annotations

import collections
import hashlib

import pytest

from kelisim.directory.kato import DirectoryError, KatoDirectory, default_directory
from kelisim.resources import data_file


@pytest.fixture(scope="module")
def kato():
    return default_directory()


def test_the_shipped_file_is_the_documented_edition(kato):
    digest = hashlib.sha256(data_file("kato.csv").read_bytes()).hexdigest()
    assert digest == "6a0300f254c070dabcbb4fb65569f73b0e36879ab3feaaa35286c0d77c0c6c22"
    assert len(kato) == 15594
    assert kato.edition == "НК РК 11-2025, ред. 17.07.2026"
    assert kato.attribution == "КАТО, БНС АСПР РК, НК РК 11-2025, ред. 17.07.2026"
    assert {u.edition for u in kato.units()} == {"NK RK 11-2025"}


def test_kinds_and_akims_over_the_whole_table(kato):
    kinds = collections.Counter(u.kind for u in kato.units())
    assert kinds["oblast"] == 17 and kinds["city_republican"] == 3
    assert kinds["district"] == 170 and kinds["city_oblast"] == 39
    assert kinds["city_district_in_city"] == 25  # Astana 6, Almaty 8, Shymkent 5, Aktobe 2, Taraz 2, Karaganda 2
    assert kinds["rural_district"] == 2108  # every «а.о.» of the Kazakh names
    assert kinds["settlement"] == 73  # 71 «п.а.» and the two doubtful settlements under a city administration
    assert kinds["village"] == 108
    assert kinds["city_district_significance"] == 48  # 32 «г.а.» and 16 cities directly under a district
    assert kinds["city_proper"] == 39  # one per «Г.А.»
    assert all(not u.has_akim for u in kato.units() if u.kind in ("city_proper", "populated_place"))
    assert all(u.has_akim for u in kato.units() if u.kind not in ("city_proper", "populated_place"))


@pytest.mark.parametrize("code,kind,parent", [
    ("310000000", "oblast", None),
    ("710000000", "city_republican", None),
    ("314800000", "district", "310000000"),
    ("311000000", "city_oblast", "310000000"),
    ("311010000", "city_proper", "311000000"),
    ("311011100", "city_district_in_city", "311000000"),  # район Әулиеата of Taraz at the HIJ level
    ("151013100", "city_district_in_city", "151000000"),  # район Алматы of Aktobe
    ("351011000", "city_district_in_city", "351000000"),  # Әлихан Бөкейхан р.а. of Karaganda
    ("351011100", "populated_place", "351011000"),  # its territory, no second akim
    ("711110000", "city_district_in_city", "710000000"),  # Astana's districts hang on the city itself
    ("314845000", "rural_district", "314800000"),
    ("314845100", "populated_place", "314845000"),
    ("434638000", "rural_district", "434600000"),  # «с.о.им.Алдашбай Ахуна»
    ("352231000", "settlement", "352200000"),
    ("315632000", "village", "315600000"),
    ("316621000", "city_district_significance", "316600000"),
    ("113820100", "city_district_significance", "113800000"),  # г.Атбасар directly under its district
    ("351600200", "settlement", "351600000"),  # п.Конырат (doubtful)
])
def test_units(kato, code, kind, parent):
    unit = kato.unit(code)
    assert (unit.kind, unit.parent) == (kind, parent)


def test_parent_rule_prefers_the_nearest_existing_code(kato):
    # ABCDEFH00 when IJ ≠ 00: a populated place under another populated place's code block
    assert [u.code for u in kato.chain("314845100")] == ["314845000", "314800000", "310000000"]
    assert [u.code for u in kato.akim_chain("311010000")] == ["311000000", "310000000"]
    assert [u.code for u in kato.akim_chain("351011100")] == ["351011000", "351000000", "350000000"]


def test_children_and_main_place(kato):
    kids = kato.children("314845000")
    assert kids and all(k.parent == "314845000" for k in kids)
    assert kato.main_place(kato.unit("352231000")).name_ru == "п.Актас"
    assert kato.main_place(kato.unit("314845100")) is None


def test_doubtful_units_say_so_in_both_languages(kato):
    for code in ("351600200", "632400200", "431900000", "191800000", "434645000"):
        unit = kato.unit(code)
        assert unit.note and unit.note_kk and unit.note != unit.note_kk


@pytest.mark.parametrize("code,error,text", [
    ("12ab", "bad-kato", "должен состоять из 9 цифр"),
    ("", "bad-kato", "должен состоять из 9 цифр"),
    ("3148450000", "bad-kato", "должен состоять из 9 цифр"),
    ("999999999", "kato-not-found", "не найден"),
])
def test_bad_codes_explain_themselves(kato, code, error, text):
    with pytest.raises(DirectoryError) as e:
        kato.unit(code)
    assert e.value.code == error and text in e.value.message("ru") and e.value.message("kk") != e.value.message("ru")


def test_codes_are_read_with_spaces_tolerated(kato):
    assert kato.unit(" 314 845 000 ").code == "314845000"


def test_an_unreadable_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "kato.csv"
    bad.write_bytes(b"\xff\xfe garbage")
    with pytest.raises(DirectoryError) as e:
        KatoDirectory.load(bad)
    assert e.value.code == "kato-unreadable" and "kato.csv" in e.value.message("ru")
    wrong = tmp_path / "other.csv"
    wrong.write_text("code,name\n1,x\n", encoding="utf-8")
    with pytest.raises(DirectoryError) as e:
        KatoDirectory.load(wrong)
    assert "столбцы" in e.value.message("ru")
    with pytest.raises(DirectoryError):
        KatoDirectory.load(tmp_path / "missing.csv")

"""Routing on the real classifier: every subparagraph of п. 2 and every exemption with real KATO units, and
the whole table routes without error."""
from __future__ import annotations

import collections
import json
import subprocess
import sys

import pytest

from kelisim.directory.kato import default_directory
from kelisim.directory.routing import route_kato
from kelisim.law import LawError

ABBREVIATIONS = ("с.о.", "а.о.", "п.а.", "к.ә.", "с.а.", "а.ә.", "г.а.", "қ.ә.", "Г.А.", "Қ.Ә.", "р.а.")

# (KATO, what it is, expected approver KATO or None, rule, by analogy, official ru, official kk, dative ru, dative kk)
CASES = [
    ("314845000", "Касыкский с.о., Кордайский район", "314800000", "p2-8", False,
     "аким Кордайского района", "Қордай ауданының әкімі", "акиму Кордайского района", "Қордай ауданының әкіміне"),
    ("314000000", "Жамбылский район", "310000000", "p2-6", False,
     "аким Жамбылской области", "Жамбыл облысының әкімі", "акиму Жамбылской области", "Жамбыл облысының әкіміне"),
    ("311000000", "Тараз Г.А. (the gap)", "310000000", "p2-6", True,
     "аким Жамбылской области", "Жамбыл облысының әкімі", "акиму Жамбылской области", "Жамбыл облысының әкіміне"),
    ("751110000", "Алмалинский район г. Алматы", "750000000", "p2-7", False,
     "аким города Алматы", "Алматы қаласының әкімі", "акиму города Алматы", "Алматы қаласының әкіміне"),
    ("711110000", "район Алматы г. Астаны", "710000000", "p2-7", False,
     "аким города Астаны", "Астана қаласының әкімі", "акиму города Астаны", "Астана қаласының әкіміне"),
    ("316621000", "Шуская г.а. (city of district significance)", "316600000", "p2-8", False,
     "аким Шуского района", "Шу ауданының әкімі", "акиму Шуского района", "Шу ауданының әкіміне"),
    ("315632000", "Акбакайская с.а. (village with an akim)", "315600000", "p2-8", False,
     "аким Мойынкумского района", "Мойынқұм ауданының әкімі", "акиму Мойынкумского района",
     "Мойынқұм ауданының әкіміне"),
    ("352231000", "Актасская п.а. under Сарань Г.А.", "352200000", "p2-8", True,
     "аким города Сарани", "Саран қаласының әкімі", "акиму города Сарани", "Саран қаласының әкіміне"),
    ("111633000", "с.а.Тайтобе under Косшы Г.А.", "111600000", "p2-8", True,
     "аким города Косшы", "Қосшы қаласының әкімі", "акиму города Косшы", "Қосшы қаласының әкіміне"),
]


@pytest.mark.parametrize("code,what,approver,rule,analogy,nom_ru,nom_kk,dat_ru,dat_kk", CASES,
                         ids=[c[1] for c in CASES])
def test_route_on_real_kato(code, what, approver, rule, analogy, nom_ru, nom_kk, dat_ru, dat_kk):
    r = route_kato(code)
    assert r.route.consent_required and r.approver.code == approver
    assert (r.route.rule, r.route.by_analogy) == (rule, analogy)
    assert (r.official_ru, r.official_kk) == (nom_ru, nom_kk)
    assert (r.titles[("ru", "dat")], r.titles[("kk", "dat")]) == (dat_ru, dat_kk)
    d = r.to_dict()
    assert d["requester"]["kato"] == code and d["approver"]["kato"] == approver
    assert d["basis"] == f"Алгоритм, п. 2 пп. {rule[-1]}" and d["by_analogy"] is analogy
    assert "В письме: «" + dat_ru[0].upper() + dat_ru[1:] + "»" in r.explain("ru")


@pytest.mark.parametrize("code", ["310000000", "100000000", "710000000", "750000000", "790000000"])
def test_oblasts_and_republican_cities_need_no_consent(code):
    r = route_kato(code)
    assert not r.route.consent_required and r.approver is None and r.to_dict()["official_ru"] is None
    assert r.route.basis_ru == "Алгоритм, п. 2 ч. 2"


def test_a_populated_place_routes_as_the_akim_it_belongs_to():
    r = route_kato("314845100")  # с.Альжан ана, in Касыкский с.о.
    assert r.requester.code == "314845000" and r.approver.code == "314800000"
    assert any("нет своего акима" in n for n in r.route.notes_ru)
    assert r.to_dict()["asked"]["kato"] == "314845100"


def test_the_city_proper_is_its_city_akimat():
    r = route_kato("101010000")  # г.Семей inside Семей Г.А.
    assert r.requester.code == "101000000" and r.approver.code == "100000000" and r.route.by_analogy


def test_administrative_cassation_on_kato():
    r = route_kato("314845000", "administrative", "cassation")
    assert r.approver.code == "314800000" and r.route.rule == "p5" and r.route.basis_ru.startswith("Алгоритм, п. 5")


@pytest.mark.parametrize("code,error", [("12ab", "bad-kato"), ("999999999", "kato-not-found"), ("", "bad-kato")])
def test_bad_codes(code, error):
    with pytest.raises(LawError) as e:
        route_kato(code)
    assert e.value.code == error


def test_every_akim_below_oblast_level_routes():
    """The whole classifier: each unit with an akim gets an approver (or an exemption) with a clean title."""
    directory = default_directory()
    rules = collections.Counter()
    problems = []
    for unit in directory.units():
        if not unit.has_akim:
            continue
        try:
            r = route_kato(unit.code, directory=directory)
        except LawError as exc:
            problems.append(f"{unit.code} {unit.name_ru}: {exc}")
            continue
        rules[r.route.rule] += 1
        if unit.kind in ("oblast", "city_republican"):
            if r.route.consent_required:
                problems.append(f"{unit.code} {unit.name_ru}: an oblast-level akim needs no consent")
            continue
        if not r.route.consent_required or r.approver is None or not r.approver.has_akim:
            problems.append(f"{unit.code} {unit.name_ru}: no approver")
            continue
        if r.approver.code[:2] != unit.code[:2]:
            problems.append(f"{unit.code} {unit.name_ru}: approver {r.approver.code} in another oblast")
        for title in r.titles.values():
            if not title or any(a in title for a in ABBREVIATIONS) or "  " in title:
                problems.append(f"{unit.code} {unit.name_ru}: title «{title}»")
    assert not problems, "\n".join(problems[:30])
    assert rules["exempt"] == 20  # 17 oblasts and 3 cities of republican significance
    assert rules["p2-6"] > 150 and rules["p2-7"] >= 20 and rules["p2-8"] > 2000


def test_cli_route_json_contract():
    proc = subprocess.run([sys.executable, "-m", "kelisim", "route", "314845000", "--json"], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    d = json.loads(proc.stdout)
    assert set(d) >= {"requester", "consent_required", "approver", "official_ru", "official_kk", "basis",
                      "by_analogy", "notes"}
    assert set(d["requester"]) >= {"kato", "kind", "name_ru", "name_kk"}
    assert d["requester"]["kind"] == "rural_district" and d["approver"]["kind"] == "district"
    assert d["official_ru"] == "аким Кордайского района" and d["basis"] == "Алгоритм, п. 2 пп. 8"


def test_cli_route_text_in_both_languages():
    ru = subprocess.run([sys.executable, "-m", "kelisim", "route", "751110000"], capture_output=True, text=True,
                        timeout=60)
    kk = subprocess.run([sys.executable, "-m", "kelisim", "route", "751110000", "--lang", "kk"], capture_output=True,
                        text=True, timeout=60)
    assert ru.returncode == kk.returncode == 0
    assert "Согласует: аким города Алматы" in ru.stdout and "Алгоритм, п. 2 пп. 7" in ru.stdout
    assert "Алматы қаласының әкімі" in kk.stdout and "7) тармақша" in kk.stdout

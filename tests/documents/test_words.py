"""Dates written out and people's names in the forms letters use — table-driven."""
from datetime import date

import pytest

from kelisim.documents.words import (addressee_kk, addressee_ru, dative_kk, gender, initials_surname, long_date,
                                     pages_ru)


@pytest.mark.parametrize("day, ru, kk", [
    (date(2025, 3, 31), "31 марта 2025 года", "2025 жылғы 31 наурыз"),
    (date(2026, 1, 1), "1 января 2026 года", "2026 жылғы 1 қаңтар"),
    (date(2026, 12, 9), "9 декабря 2026 года", "2026 жылғы 9 желтоқсан"),
    (date(2024, 2, 29), "29 февраля 2024 года", "2024 жылғы 29 ақпан"),
])
def test_long_dates(day, ru, kk):
    assert long_date(day, "ru") == ru and long_date(day, "kk") == kk
    assert long_date(None) == ""


@pytest.mark.parametrize("name, sex, signature, to_ru, to_kk", [
    ("Ахметов Талгат Болатович", "m", "Т.Б. Ахметов", "г-ну Ахметову Т.Б.", "Т.Б. Ахметовқа"),
    ("Ахметова Айгуль Сериковна", "f", "А.С. Ахметова", "г-же Ахметовой А.С.", "А.С. Ахметоваға"),
    ("Жумабаев Ерлан Кайратович", "m", "Е.К. Жумабаев", "г-ну Жумабаеву Е.К.", "Е.К. Жумабаевқа"),
    ("Әлиев Бек Серікұлы", "m", "Б.С. Әлиев", "г-ну Әлиеву Б.С.", "Б.С. Әлиевке"),
    ("Сейтқали Нұрлан Ержанұлы", "m", "Н.Е. Сейтқали", "Сейтқали Н.Е.", "Н.Е. Сейтқалиға"),
    ("Сейтқали Нұрлан Ержан ұлы", "m", "Н.Е. Сейтқали", "Сейтқали Н.Е.", "Н.Е. Сейтқалиға"),
    ("Қасымова Дана Маратқызы", "f", "Д.М. Қасымова", "г-же Қасымовой Д.М.", "Д.М. Қасымоваға"),
    ("Вишневский Олег Петрович", "m", "О.П. Вишневский", "г-ну Вишневскому О.П.", "О.П. Вишневскийге"),
    ("Ким Сергей Петрович", "m", "С.П. Ким", "Ким С.П.", "С.П. Кимге"),
    ("Тұрсынбек Мұхтар", None, "М. Тұрсынбек", "Тұрсынбек М.", "М. Тұрсынбекке"),
])
def test_people(name, sex, signature, to_ru, to_kk):
    assert gender(name) == sex
    assert initials_surname(name) == signature
    assert addressee_ru(name) == to_ru
    assert addressee_kk(name) == to_kk


@pytest.mark.parametrize("word, dative", [
    ("шешім", "шешімге"), ("ұйғарым", "ұйғарымға"), ("қаулы", "қаулыға"), ("Тоқаев", "Тоқаевқа"),
    ("Мұхтар", "Мұхтарға"), ("Серік", "Серікке"),
])
def test_kazakh_dative_by_vowel_harmony(word, dative):
    assert dative_kk(word) == dative


@pytest.mark.parametrize("n, text", [(1, "1 лист"), (2, "2 листа"), (5, "5 листов"), (11, "11 листов"),
                                     (21, "21 лист"), (112, "112 листов"), (104, "104 листа")])
def test_pages(n, text):
    assert pages_ru(n) == text

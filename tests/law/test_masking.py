"""Masking personal data for analysis outside the legal service (issue 8): «Иванов И.И.», ИИН «********1234»."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from kelisim.law.masking import looks_like_person, mask_id, mask_name, mask_text, name_masker


@pytest.mark.parametrize("name, masked", [
    ("Иванов Иван Иванович", "Иванов И.И."),
    ("  Иванов   Иван  Иванович ", "Иванов И.И."),
    ("Петрова Анна Сергеевна", "Петрова А.С."),
    ("Сәрсенбаев Нұрлан Асқарұлы", "Сәрсенбаев Н.А."),
    ("Сәрсенбаев Нұрлан Асқар ұлы", "Сәрсенбаев Н.А."),  # a Kazakh patronymic in two words
    ("Қуанышбекова Әйгерім Талғатқызы", "Қуанышбекова Ә.Т."),
    ("Өтебаев Ұлан", "Өтебаев Ұ."),  # no patronymic
    ("Мухамед-Али Ибрагимов Ибрагимович", "Мухамед-Али И.И."),
    ("Иванов И.И.", "Иванов И.И."),  # already initials
    ("Иванов", "Иванов"),  # a surname alone says no more than the masked form
    # organisations are left alone
    ("ТОО «Береке»", "ТОО «Береке»"),
    ("АО «Казахтелеком»", "АО «Казахтелеком»"),
    ("Аппарат акима Касыкского сельского округа", "Аппарат акима Касыкского сельского округа"),
    ("ГУ «Отдел земельных отношений Кордайского района»", "ГУ «Отдел земельных отношений Кордайского района»"),
    ("Министерство финансов Республики Казахстан", "Министерство финансов Республики Казахстан"),
    # ... except for a person's name or number inside
    ("ИП Иванов Иван Иванович", "ИП Иванов И.И."),
    ("КХ «Сәрсенбаев Нұрлан Асқарұлы»", "КХ «Сәрсенбаев Н.А.»"),
    ("", ""),
])
def test_names(name, masked):
    assert mask_name(name) == masked


@pytest.mark.parametrize("number, masked", [
    ("900101300017", "********0017"),
    ("9001 0130 0017", "********0017"),
    ("040840000020", "********0020"),
    ("90010130001", "*******0001"),  # a wrong number is masked as well
    ("1234", "****"),
    ("", ""),
    (None, ""),
    (900101300017, "********0017"),
])
def test_identifiers(number, masked):
    assert mask_id(number) == masked


@pytest.mark.parametrize("text, masked", [
    ("о взыскании с Иванова Ивана Ивановича ущерба", "о взыскании с Иванова И.И. ущерба"),
    ("о признании права Петровой Анны Сергеевны", "о признании права Петровой А.С."),
    ("жалоба Петровой Анне Сергеевне", "жалоба Петровой А.С."),
    ("передать Ивану Ивановичу Иванову", "передать И.И. Иванову"),  # given name first
    ("иск Сәрсенбаев Нұрлан Асқарұлы к акимату", "иск Сәрсенбаев Н.А. к акимату"),
    ("ИИН 900101300017, БИН 040840000020", "ИИН ********0017, БИН ********0020"),
    ("ИИН 9001 0130 0017", "ИИН ********0017"),
    ("дело 2-1234/2026 от 21.02.2026, тел. 8 701 123 45 67", "дело 2-1234/2026 от 21.02.2026, тел. 8 701 123 45 67"),
    ("1234567890123", "1234567890123"),  # 13 digits: not a ИИН
    ("о сносе самовольной постройки", "о сносе самовольной постройки"),
    ("Кордайский районный суд Жамбылской области", "Кордайский районный суд Жамбылской области"),
])
def test_free_text(text, masked):
    assert mask_text(text) == masked


@pytest.mark.parametrize("text, masked", [
    ("в пользу Қуанышбекова Әйгерім", "в пользу Қуанышбекова Ә."),  # a known person without the patronymic
    ("Представитель — Қуанышбекова Әйгерім Талғатқызы", "Представитель — Қуанышбекова Ә.Т."),
    ("Қуанышбекова Әйгерімнің өтініші", "Қуанышбекова Әйгерімнің өтініші"),  # not the same word
])
def test_known_people_in_free_text(text, masked):
    mask = name_masker(["Қуанышбекова Әйгерім Талғатқызы", "ТОО «Береке»", "", None])
    assert mask(text) == masked


@pytest.mark.parametrize("name, person", [
    ("Иванов Иван Иванович", True), ("Сәрсенбаев Нұрлан Асқар ұлы", True), ("Иванов", False),
    ("ТОО «Береке»", False), ("Иванов И.И.", False), ("Аппарат акима", False), ("Иванов Иван 2", False),
])
def test_person_or_organisation(name, person):
    assert looks_like_person(name) is person


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_masking_never_fails_and_leaves_no_twelve_digit_number(text):
    import re

    for masked in (mask_text(text), mask_name(text)):
        assert isinstance(masked, str)
        assert not re.search(r"(?<!\d)\d{12}(?!\d)", masked)  # digits are only ever hidden, never joined
    assert mask_id(text).endswith("".join(text.split())[-4:]) or len("".join(text.split())) <= 4

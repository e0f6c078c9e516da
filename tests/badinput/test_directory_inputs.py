"""Typed fields of the directory and the settings: the KATO finder's search text (``directory.search``), the register's
body search, a body's names (a body KATO does not hold, and corrections of a KATO body), officials' names and terms of
office, the user's own calendar days (``store.calendar_days``)."""
from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from conftest import any_dates, examples, json_values, texts, texts_or_wrong
from kelisim.law.calendar import CalendarOverride
from kelisim.law.routing import BODY_KINDS
from kelisim.store.bodies import Body, Official, OFFICIAL_ROLES

KATO_WORDS = ["Кордай", "кордайский", "Қордай", "Касык", "Қасық", "район", "ауылдық округі", "сельский округ", "Алматы",
              "314845000", "3148", "31", "0", "000000000", "область", "г.", "аким", "акимат", "ауыл", "село", "Шу"]
kato_queries = st.one_of(st.lists(st.sampled_from(KATO_WORDS), min_size=1, max_size=4).map(" ".join), texts,
                         st.from_regex(r"\A[0-9 ]{1,12}\Z"),
                         st.text(alphabet="кордайКОРДАЙқасыкҚАСЫК 0123-.,", max_size=30))


@examples(500)
@given(kato_queries, st.integers(1, 30))
def test_kato_search_answers_any_text(query, limit):
    from kelisim.directory.search import default_index

    hits = default_index().search(query[:500], limit)  # the finder's field holds a line
    assert isinstance(hits, list) and len(hits) <= limit
    for hit in hits:
        assert 0 < hit.score <= 1 and hit.unit.code.isdigit()


def test_kato_search_of_a_very_long_text_is_an_answer():
    from kelisim.directory.search import default_index

    assert isinstance(default_index().search("Кордай " * 2000), list)
    assert isinstance(default_index().search("я" * 100_000), list)


@examples(200)
@given(texts)
def test_body_search_answers_any_text(kato_store, text):
    bodies = kato_store.attempt(lambda: kato_store.store.bodies.search(text))
    assert isinstance(bodies, list)


body_fields = st.fixed_dictionaries(
    {"kind": st.one_of(st.sampled_from(sorted(BODY_KINDS)), texts_or_wrong), "name_ru": texts_or_wrong},
    optional={k: texts_or_wrong for k in ("name_kk", "name_ru_gen", "head_ru", "head_kk", "address_ru", "phone",
                                           "email")} | {"parent_id": st.one_of(st.integers(-2, 5), json_values)})


@examples(250)
@given(body_fields)
def test_a_body_with_any_names(kato_store, fields):
    def add():
        return kato_store.store.bodies.add(Body(None, **fields))

    body = kato_store.attempt(add)
    if body is not None:
        again = kato_store.store.bodies.get(body.id)
        assert again.kind in BODY_KINDS and (again.name_ru.strip() or again.name_kk.strip())


@examples(150)
@given(st.dictionaries(st.sampled_from(["name_ru", "name_kk", "head_ru", "head_kk_dat", "address_kk", "phone", "email",
                                        "kind", "parent_id", "kato", "id"]), texts_or_wrong, min_size=1, max_size=3))
def test_correcting_a_body_with_anything(kato_store, changes):
    store = kato_store.store
    rural = store.bodies.by_kato("314845000")
    body = kato_store.attempt(lambda: store.bodies.correct(rural.id, **changes))
    if body is not None:
        assert store.bodies.get(rural.id).kind in BODY_KINDS
        kato_store.attempt(lambda: store.bodies.correct(rural.id, **{k: getattr(rural, k) for k in changes}))


official_fields = st.fixed_dictionaries(
    {"role": st.one_of(st.sampled_from(OFFICIAL_ROLES), texts_or_wrong), "full_name": texts_or_wrong},
    optional={"full_name_kk": texts_or_wrong, "position_ru": texts_or_wrong, "phone": texts_or_wrong,
              "since": st.one_of(st.none(), any_dates, json_values), "until": st.one_of(st.none(), any_dates),
              "supervises_legal": st.one_of(st.booleans(), json_values), "body_id": st.one_of(st.integers(-1, 9),
                                                                                                json_values)})


@examples(300)
@given(official_fields)
def test_an_official_with_any_name(kato_store, fields):
    store = kato_store.store
    own = store.bodies.own()

    def add():
        return store.officials.add(Official(None, **{"body_id": own.id, **fields}))

    official = kato_store.attempt(add)
    if official is not None:
        again = store.officials.get(official.id)
        assert again.full_name.strip() and again.role in OFFICIAL_ROLES
        again.initials_surname()
        store.officials.of_body(again.body_id, date(2026, 11, 27))


@examples(300)
@given(st.one_of(any_dates, json_values), st.one_of(st.booleans(), json_values), texts_or_wrong, texts_or_wrong,
       texts_or_wrong)
def test_a_calendar_day_with_anything(kato_store, day, working, name_ru, name_kk, source):
    store = kato_store.store

    def declare():
        store.calendar_days.set(CalendarOverride(day, working, name_ru, name_kk, source))
        return True

    if kato_store.attempt(declare):
        listed = {o.date: o for o in store.calendar_days.list()}
        assert day in listed and listed[day].source.strip()
        calendar = store.calendar_days.calendar()
        assert calendar.is_working_day(day) == bool(working)
        store.calendar_days.remove(day)

"""Typed fields of a case after it exists (``kelisim case new`` and its JSON file are covered by
tests/store/test_case_new_fuzz.py): every field changed through ``store.cases.update`` (any text, huge text, control
characters, RTL marks, zero-width characters, surrogates, wrong types as a JSON file gives them), the parties with
their ИИН/БИН, the register's search (``cases.list(search=...)``: full-text syntax — quotes, NEAR, *, ^, parentheses,
column filters), status changes with their reasons, deadlines set by hand."""
from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import any_dates, date_texts, examples, json_values, new_case, texts, texts_or_wrong
from kelisim.law.terms import RULES
from kelisim.store.cases import DATE_FIELDS, OVERRIDABLE, PARTY_ROLES, STATUS_NAMES, TEXT_FIELDS

TODAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def case_id(kato_store):
    return new_case(kato_store.store, case_number="2-77/2026").id


def readable(store, case_id: int) -> None:
    case = store.cases.get(case_id)
    json.dumps(case.to_dict(), ensure_ascii=False)
    assert case.rule in RULES and case.status in STATUS_NAMES
    for text in (case.court_ru, case.subject, case.notes, *(p.name for p in case.parties)):
        assert "\x00" not in text and not any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)


FIELDS = {
    "rule": st.one_of(st.sampled_from(sorted(RULES)), texts_or_wrong),
    "procedure": st.one_of(st.sampled_from(["civil", "administrative", "criminal"]), texts_or_wrong),
    "language": st.one_of(st.sampled_from(["ru", "kk", "en"]), texts_or_wrong),
    "requester_id": st.one_of(st.integers(-3, 5), st.sampled_from([2 ** 63 - 1, 2 ** 63, True, 1.0, "1"]), json_values),
    "approver_id": st.one_of(st.integers(-3, 5), json_values),
    "signatory_id": st.one_of(st.integers(-3, 5), json_values),
    "request_signatory_role": st.one_of(st.sampled_from(["first_head", "deputy", "boss"]), texts_or_wrong),
    "proposal": st.one_of(st.sampled_from(["consent", "refuse", None, "maybe"]), texts_or_wrong),
    "decision_signatory_id": st.one_of(st.integers(-3, 5), json_values),
    **{name: st.one_of(date_texts, any_dates, json_values) for name in DATE_FIELDS},
    **{name: texts_or_wrong for name in TEXT_FIELDS},
    "status": st.sampled_from(["closed", "draft"]), "uid": st.text(max_size=10),
    "unknown": json_values,
}


@examples(500)
@given(st.dictionaries(st.sampled_from(sorted(FIELDS)), st.none(), min_size=1, max_size=4).flatmap(
    lambda keys: st.fixed_dictionaries({k: FIELDS[k] for k in keys})), texts_or_wrong)
def test_update_any_field_with_anything(kato_store, case_id, changes, reason):
    result = kato_store.attempt(lambda: kato_store.store.cases.update(case_id, changes, reason=reason, today=TODAY))
    readable(kato_store.store, case_id)
    if result is not None:
        assert result.id == case_id


id_numbers = st.one_of(st.sampled_from(["", "900101300017", "040840000020", " 9001 0130 0017 ", "860124400019",
                                        "900101300018", "000000000000", "9001013000170"]),
                       st.from_regex(r"\A[0-9]{12}\Z"), st.text(max_size=14), st.integers(), json_values)
parties = st.one_of(
    st.lists(st.fixed_dictionaries({"role": st.sampled_from(PARTY_ROLES), "name": texts},
                                   optional={"id_number": id_numbers}), max_size=4),
    st.lists(st.dictionaries(st.sampled_from(["role", "name", "id_number", "extra"]), json_values), max_size=3),
    json_values, texts)


@examples(400)
@given(parties)
def test_parties_with_any_names_and_numbers(kato_store, case_id, given_parties):
    result = kato_store.attempt(lambda: kato_store.store.cases.update(case_id, {"parties": given_parties},
                                                                      today=TODAY))
    readable(kato_store.store, case_id)
    if result is not None:
        from kelisim.law.identifiers import validate_iin_or_bin

        for party in result.parties:
            assert party.name.strip() and party.role in PARTY_ROLES
            if party.id_number:
                validate_iin_or_bin(party.id_number, strict=False)


FTS_SYNTAX = ['"', '""', "'", "*", "^", "(", ")", "()", "NEAR", "NEAR(", "NEAR(a b, 3)", "AND", "OR", "NOT", "-",
              "+", ":", "court_ru:", "subject:x", "{court_ru subject}:x", "a*b", "^a", "\"unterminated", "a OR",
              "OR a", "NOT NOT", "(((", ")))", "a AND (b OR", "x\x00y", "%", "_", "\\", "/", "2-77/2026", "2-77",
              "Иванов", "иванов", "ИВАНОВ", "Ива", "Kordai", "ё", "Ә", "\u200bИванов", "Иванов\u202e", "* * *"]
searches = st.one_of(st.lists(st.sampled_from(FTS_SYNTAX), min_size=1, max_size=6).map(" ".join), texts,
                     st.text(alphabet="\"'*^()-+:NEARORNOTAND ab2/", max_size=20))


@examples(650)
@given(searches, st.integers(0, 60), st.integers(0, 5))
def test_search_with_any_text(kato_store, case_id, text, limit, offset):
    store = kato_store.store
    rows = kato_store.attempt(lambda: store.cases.list(search=text, limit=limit, offset=offset))
    count = kato_store.attempt(lambda: store.cases.count(search=text))
    assert isinstance(rows, list) and len(rows) <= limit
    assert isinstance(count, int) and count >= 0


@pytest.fixture(scope="module")
def searchable(kato_store):
    """A case no other test changes, found by its number and its party's surname."""
    return new_case(kato_store.store, case_number="7-555/2026",
                    parties=[{"role": "plaintiff", "name": "Досмағамбетов Ербол"}]).id


NOISE = ['"', "'", "*", "^", "(", ")", ":", "+", "\u200b", "\u200f", "\u202e", "\ufeff", " ", "\t", "\x00", "«", "»",
         "-", "/"]


@examples(150)
@given(st.sampled_from(["7-555/2026", "Досмағамбетов", "досмағамбетов", "ДОСМАҒАМБЕТОВ", "Досмағ", "7-555"]),
       st.lists(st.sampled_from(NOISE), max_size=4), st.lists(st.sampled_from(NOISE), max_size=4))
def test_search_syntax_around_a_word_never_hides_the_case(kato_store, searchable, word, before, after):
    """Quotes, full-text operators' characters, invisible marks pasted around what the lawyer typed: the case is still
    found (every word typed must match: «NEAR» or «OR» typed as words are words to find, not operators)."""
    text = "".join(before) + word + "".join(after)
    ids = [row["id"] for row in kato_store.store.cases.list(search=text, limit=200)]
    assert searchable in ids, repr(text)


@examples(250)
@given(st.one_of(st.sampled_from(sorted(STATUS_NAMES)), texts_or_wrong), st.one_of(st.none(), any_dates),
       texts_or_wrong, st.one_of(st.none(), texts_or_wrong))
def test_status_change_with_any_reason(kato_store, status, on, reason, decision_reasons):
    store = kato_store.store
    case = kato_store.attempt(lambda: new_case(store, case_number="2-88/2026"))
    result = kato_store.attempt(lambda: store.cases.set_status(case.id, status, on=on, reason=reason,
                                                               decision_reasons=decision_reasons))
    readable(store, case.id)
    if result is not None:
        assert result.status == status


@examples(250)
@given(st.one_of(st.sampled_from(OVERRIDABLE), texts_or_wrong), st.one_of(st.none(), any_dates, json_values),
       texts_or_wrong)
def test_deadline_set_by_hand_with_anything(kato_store, case_id, name, day, reason):
    store = kato_store.store
    result = kato_store.attempt(lambda: store.cases.override_deadline(case_id, name, day, reason))
    readable(store, case_id)
    if result is not None and day is not None:
        assert result.due(name) == day

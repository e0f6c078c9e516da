"""Bad input to case creation, generated: every field of a case (rule, dates, texts, parties, ids, language,
direction, unknown keys, input that is not an object at all), through ``store.cases.create``, through
``register_case`` and through ``kelisim case new --json-file F``.

Whatever comes in, the answer is a created case or a ``LawError`` (``StoreError`` is one) with a Russian and a
Kazakh message — never another exception, never a traceback — and a refused input leaves the database as it was.
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kelisim.law import LawError
from kelisim.law.terms import RULES
from kelisim.store import Store
from kelisim.store.cases import DATE_FIELDS, INCOMING_STATUSES, OUTGOING_STATUSES, PARTY_ROLES, TEXT_FIELDS
from kelisim.store.register import register_case

TODAY = date(2026, 3, 1)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FUZZ_CLI = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def valid_case() -> dict:
    return {
        "rule": "civil-appeal", "court_ru": "Кордайский районный суд", "case_number": "2-1234/2026",
        "subject": "о взыскании ущерба", "act_announced": "2026-02-16", "act_final": "2026-02-21",
        "act_received": "2026-02-24",
        "parties": [{"role": "plaintiff", "name": "Иванов Иван Иванович"},
                    {"role": "defendant", "name": "Аппарат акима Касыкского сельского округа"}],
    }


# ------------------------------------------------------------------------------------------ strategies
scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2 ** 70), 2 ** 70),
                    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=20))
anything = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                        | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=6)
json_anything = st.recursive(  # what a JSON file can hold
    st.one_of(st.none(), st.booleans(), st.integers(-(2 ** 70), 2 ** 70), st.floats(allow_nan=False,
              allow_infinity=False), st.text(max_size=20)),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6)

NASTY_TEXTS = [
    "", " ", "\x00", "a\x00b", "\x00" * 10, "\x1b[31mкрасный\x1b[0m", "\r\n\t\x0b\x0c", "\u202eтекст справа\u202c",
    "\u200f\u200e\u2066", "עברית ועוד", "العربية", "🙂👨‍👩‍👧‍👦🇰🇿", "\ufeffBOM", "\ud800", "a\udfffb",
    "ә ғ қ ң ө ұ ү һ і", "Ә" * 4000, "Ә" * 4001, "я" * 100_000, " " * 5000 + "x", "'; DROP TABLE cases; --",
    '" OR 1=1 --', "%s %d {0} {}", "\\", "NULL", "None",
]
texts = st.one_of(st.sampled_from(NASTY_TEXTS), st.text(max_size=60),
                  st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()),
                          max_size=40),
                  st.text(min_size=3990, max_size=4010, alphabet="аәбвгғ "), anything)

NASTY_DATES = [
    "2026-02-30", "2026-02-29", "2025-02-29", "0000-01-01", "0001-01-01", "9999-12-31", "2026-13-01",
    "2026-00-10", "2026-1-5", "1990-12-31", "1991-01-01", "2100-12-31", "2101-01-01", "20260221", "2026-W08-1",
    " 2026-02-21 ", "2026-02-21T10:00", "2026-02-21\x00", "21.02.2026", "２０２６-０２-２１", "-2026-02-21",
    "+2026-02-21", "2026–02–21", "", " ", "today", "9" * 400,
]
dates = st.one_of(st.sampled_from(NASTY_DATES), st.dates().map(date.isoformat), st.dates(),
                  st.datetimes(min_value=datetime(1, 1, 2)), st.text(max_size=12), anything)

valid_id_numbers = st.sampled_from(["", "900101300017", "040840000020", " 9001 0130 0017 ", "860124400019"])
id_numbers = st.one_of(valid_id_numbers, st.from_regex(r"\A[0-9]{12}\Z"), st.from_regex(r"\A[0-9OО ]{10,14}\Z"),
                       st.text(max_size=14), st.integers(), anything)
party = st.one_of(
    st.fixed_dictionaries({"role": st.sampled_from(PARTY_ROLES), "name": st.sampled_from(["Иванов И.И.", "ТОО «Б»"])},
                          optional={"id_number": id_numbers}),
    st.fixed_dictionaries({"role": st.one_of(st.sampled_from([*PARTY_ROLES, "истец", "Plaintiff", "", "judge"]),
                                             anything),
                           "name": texts},
                          optional={"id_number": id_numbers, "extra": anything, "position": anything}),
    st.dictionaries(st.text(max_size=8), anything, max_size=3),
    anything,
)
parties = st.one_of(st.lists(party, max_size=4), anything, texts)
ids = st.one_of(st.none(), st.integers(-(2 ** 70), 2 ** 70), st.booleans(), st.floats(), st.text(max_size=10),
                st.sampled_from([0, -1, 1, 2 ** 63 - 1, 2 ** 63, "1", 1.0, True, False]), anything)


def choice_of(valid, invalid):
    return st.one_of(st.sampled_from(list(valid)), st.sampled_from(invalid), anything)


FIELD_STRATEGIES = {
    "rule": choice_of(RULES, ["", "CIVIL-APPEAL", "civil-appeal ", "civil_appeal", "cassation"]),
    "procedure": choice_of(["civil", "administrative"], ["criminal", ""]),
    "direction": choice_of(["outgoing", "incoming"], ["in", "", "OUTGOING"]),
    "status": choice_of([*OUTGOING_STATUSES, *INCOMING_STATUSES], ["deleted", ""]),
    "language": choice_of(["ru", "kk"], ["en", "kz", "RU", ""]),
    "decision": choice_of([None, "consented", "refused"], ["yes", ""]),
    "uid": st.one_of(st.text(max_size=40), st.sampled_from(["", "x" * 10_000, "\ud800"]), anything),
    "reason": texts,
    "parties": parties,
    "requester_id": ids, "approver_id": ids, "signatory_id": ids,
    **{name: dates for name in DATE_FIELDS},
    **{name: texts for name in TEXT_FIELDS},
}
unknown_keys = st.dictionaries(st.text(max_size=12).filter(lambda k: k not in FIELD_STRATEGIES), anything,
                               min_size=1, max_size=3)


@st.composite
def case_inputs(draw, json_only: bool = False):
    """A case's fields: a valid case with some fields replaced or removed, sometimes unknown keys; or no object."""
    kind = draw(st.sampled_from(["fields"] * 8 + ["unknown", "not-a-dict"]))
    if kind == "not-a-dict":
        return draw(st.one_of(st.lists(json_anything if json_only else anything, max_size=3), scalars)
                    .filter(lambda v: not isinstance(v, dict)))
    fields = valid_case()
    for name in draw(st.lists(st.sampled_from(sorted(FIELD_STRATEGIES)), min_size=1, max_size=4, unique=True)):
        if draw(st.integers(0, 9)) == 0:
            fields.pop(name, None)
        else:
            fields[name] = draw(FIELD_STRATEGIES[name])
    if kind == "unknown":
        fields.update(draw(unknown_keys))
    if json_only:  # what json.dumps can write (tuples, dates and surrogates stay; NaN becomes a bare NaN)
        fields = json.loads(json.dumps(fields, default=str))
    return fields


# ------------------------------------------------------------------------------------------ checks
def fingerprint(store: Store) -> dict:
    """Rows and the highest row id of every table (including the full-text index's own tables)."""
    conn = store.database.conn
    out = {}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall():
        try:
            out[name] = conn.execute(f'SELECT count(*), max(rowid) FROM "{name}"').fetchone()
        except sqlite3.OperationalError:  # a WITHOUT ROWID table (the full-text index's own)
            out[name] = conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()
    return out


def refused_properly(exc: BaseException) -> None:
    assert isinstance(exc, LawError), f"not a LawError: {type(exc).__name__}: {exc!r}"
    for message in (exc.message_ru, exc.message_kk):
        assert isinstance(message, str) and message.strip(), f"empty message: {exc!r}"
        assert "Traceback" not in message


def attempt(store: Store, create) -> None:
    before = fingerprint(store)
    try:
        case = create()
    except LawError as exc:
        refused_properly(exc)
        assert fingerprint(store) == before, "a refused input changed the database"
        return
    # Created: it reads back whole and is in the register.
    again = store.cases.get(case.id)
    json.dumps(again.to_dict(), ensure_ascii=False)
    assert again.uid == case.uid and again.rule in RULES
    assert store.cases.count() == before["cases"][0] + 1


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("fuzz") / "home", today=TODAY)
    store.bodies.from_kato("314845000")  # some bodies exist, so ids 1–3 may refer to them
    yield store
    store.close()


# ------------------------------------------------------------------------------------------ the store
@FUZZ
@given(fields=case_inputs())
def test_cases_create_answers_every_input_with_a_case_or_a_refusal(fuzz_store, fields):
    attempt(fuzz_store, lambda: fuzz_store.cases.create(fields, today=TODAY))


@FUZZ
@given(fields=case_inputs())
def test_register_case_answers_every_input_with_a_case_or_a_refusal(fuzz_store, fields):
    attempt(fuzz_store, lambda: register_case(fuzz_store, fields, today=TODAY))


@pytest.mark.parametrize("fields", [
    valid_case(),
    {**valid_case(), "parties": [{"role": "plaintiff", "name": "Иванов", "id_number": "900101300017"}]},
    {**valid_case(), "rule": "civil-cassation"},
    {**valid_case(), "direction": "incoming", "received_on": "2026-02-26"},
    {**valid_case(), "court_ru": " \u202eمحكمة 🙂 \x00 "},
])
def test_valid_inputs_are_created(fuzz_store, fields):
    before = fuzz_store.cases.count()
    case = fuzz_store.cases.create(fields, today=TODAY)
    assert fuzz_store.cases.count() == before + 1 and "\x00" not in case.court_ru


@pytest.mark.parametrize("fields", [
    {**valid_case(), "act_final": "2026-02-30"},                       # no such day
    {**valid_case(), "act_final": "0000-01-01"},                       # year 0
    {**valid_case(), "act_final": "9999-12-31"},                       # year 9999
    {**valid_case(), "act_final": "2026-02-10"},                       # before the announcement
    {**valid_case(), "subject": "я" * 4001},                           # too long
    {**valid_case(), "parties": [{"role": "judge", "name": "Х"}]},     # no such role
    {**valid_case(), "parties": [{"role": "plaintiff", "name": "Х", "id_number": "900101300018"}]},  # check digit
    {**valid_case(), "requester_id": -1},
    {**valid_case(), "requester_id": True},
    {**valid_case(), "requester_id": "1"},
    {**valid_case(), "language": "en"},
    {**valid_case(), "direction": "sideways"},
    {**valid_case(), "colour": "red"},
    {k: v for k, v in valid_case().items() if k != "rule"},
])
def test_known_bad_inputs_are_refused_and_change_nothing(fuzz_store, fields):
    before = fingerprint(fuzz_store)
    with pytest.raises(LawError) as caught:
        fuzz_store.cases.create(fields, today=TODAY)
    refused_properly(caught.value)
    assert fingerprint(fuzz_store) == before


@pytest.mark.parametrize("not_a_dict", [None, [], ["rule", "civil-appeal"], "civil-appeal", 42, 4.2, True])
def test_input_that_is_not_an_object_is_refused(fuzz_store, not_a_dict):
    for create in (lambda: fuzz_store.cases.create(not_a_dict, today=TODAY),
                   lambda: register_case(fuzz_store, not_a_dict, today=TODAY)):
        with pytest.raises(LawError) as caught:
            create()
        refused_properly(caught.value)


# ------------------------------------------------------------------------------------------ the command line
def run_cli_in_process(home: Path, argv: list[str]) -> tuple[int, str, str]:
    from kelisim.cli import main

    out, err = io.StringIO(), io.StringIO()
    with mock.patch.dict(os.environ, {"KELISIM_HOME": str(home)}), contextlib.redirect_stdout(out), \
            contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def cli_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("fuzz-cli") / "home"
    Store(home, today=TODAY).close()
    return home


def write_json(path: Path, fields) -> None:
    # A lone surrogate cannot be written as UTF-8 text, but JSON carries it as an escape: ensure_ascii does that.
    path.write_text(json.dumps(fields, ensure_ascii=not _encodable(fields)), encoding="utf-8")


def _encodable(value) -> bool:
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def cli_attempt(home: Path, fields, lang: str) -> None:
    path = home.parent / "case.json"
    write_json(path, fields)
    with Store(home, auto_backup=False) as store:
        before = fingerprint(store)
    code, out, err = run_cli_in_process(home, ["case", "new", "--json-file", str(path), "--json", "--lang", lang])
    with Store(home, auto_backup=False) as store:
        after = fingerprint(store)
        if code == 0:
            created = json.loads(out)
            assert store.cases.get(created["id"]).uid == created["uid"]
            assert after["cases"][0] == before["cases"][0] + 1
            return
    assert code == 2, f"exit {code}: {err}"
    assert err.startswith("kelisim: ") and err.endswith("\n") and len(err) > len("kelisim: \n"), err
    assert "\n" not in err[:-1] and "\r" not in err, f"not one line: {err!r}"
    assert "Traceback" not in err and out == ""
    assert after == before, "a refused input changed the database"


@FUZZ_CLI
@given(fields=case_inputs(json_only=True), lang=st.sampled_from(["ru", "kk"]))
def test_case_new_json_file_answers_every_input_with_a_case_or_a_refusal(cli_home, fields, lang):
    cli_attempt(cli_home, fields, lang)


@pytest.mark.parametrize("content, codes", [
    (b"", {2}), (b"{", {2}), (b"[1, 2]", {2}), (b"null", {2}), (b"\xff\xfe{}", {2}), (b'{"rule": NaN}', {2}),
    (b'{"rule": "civil-appeal", "act_final": "2026-02-30"}', {2}),
    (b'{"rule": "civil-appeal", "act_final": "2026-02-21", "parties": 5}', {2}),
    (b'{"rule": "civil-appeal", "act_final": "2026-02-21\\nx"}', {2}),
    (b'{"rule": "civil-appeal", "act_final": "2026-02-21", "court_ru": "\\ud800"}', {0, 2}),
])
def test_case_new_as_a_process_answers_in_one_line(tmp_path, content, codes):
    """The real command, as a lawyer's script runs it: a case, or exit code 2 and one line on stderr."""
    home = tmp_path / "home"
    path = tmp_path / "case.json"
    path.write_bytes(content)
    env = {**os.environ, "KELISIM_HOME": str(home)}
    proc = subprocess.run([sys.executable, "-m", "kelisim", "case", "new", "--json-file", str(path), "--json"],
                          capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode in codes, proc.stderr
    if proc.returncode == 0:
        assert json.loads(proc.stdout)["id"] == 1
        return
    assert proc.stdout == "" and proc.stderr.count("\n") == 1 and proc.stderr.endswith("\n"), proc.stderr
    assert "Traceback" not in proc.stderr
    if (home / "kelisim.db").exists():
        with Store(home, auto_backup=False) as store:
            assert store.cases.count() == 0

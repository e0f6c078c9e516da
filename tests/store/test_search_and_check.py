"""The register's search (the count straight from the full-text index, the walk along the register's order for a text
that matches many cases, the prefix indexes of schema 3) gives the same answers as the plain query; and the deferred
integrity check (``verify_on_open=False``, the program's window) never lets anything be written into a damaged file."""
from __future__ import annotations

import random
import sqlite3
from datetime import date

import pytest

from kelisim.store import Store, StoreDamaged
from kelisim.store import cases as cases_module
from kelisim.store.db import DB_NAME

TODAY = date(2026, 3, 2)
SELECT = ("SELECT c.id, c.uid, c.direction, c.status, c.rule, c.case_number, c.court_ru, c.court_kk, c.subject, "
          "c.parties_text, c.next_due, c.next_due_kind, c.trigger_date, c.requester_id, c.approver_id, c.decision, "
          "c.updated_at FROM cases c ")
NAMES = ("Ахметов Аскар", "Ахметова Айгуль", "Иванов Иван", "ТОО «Береке»", "Сейтов Болат", "Ким Ольга")
TEXTS = ("2-1", "2-12", "2-1/2", "3а-2", "ахмет", "Ахмет 2", "Ахмет 2-1", "иван 3а", "береке", "20", "2025", "2-",
         "суд", "zz", '"; DROP TABLE cases; --', "Ахметов Аскар 2-15/2025")
FILTERS = ({}, {"status": ("draft", "request_sent")}, {"direction": "incoming"}, {"year": 2025},
           {"overdue_on": TODAY}, {"status": "closed", "year": 2024})


def fill(home, n: int = 400, seed: int = 7) -> None:
    """``n`` cases written straight into the file (fast), as the store would hold them."""
    Store(home, auto_backup=False, today=TODAY).close()
    rnd = random.Random(seed)
    conn = sqlite3.connect(home / DB_NAME, isolation_level=None)
    conn.execute("BEGIN")
    for i in range(n):
        year = rnd.choice((2024, 2025, 2026))
        status = rnd.choice(("draft", "request_sent", "closed", "received"))
        due = None if status == "closed" else f"2026-{rnd.randrange(1, 7):02d}-{rnd.randrange(1, 28):02d}"
        conn.execute("INSERT INTO cases (uid, direction, procedure, rule, case_number, parties_text, court_ru, subject,"
                     " trigger_date, status, next_due, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     (f"case-{i:06d}", "incoming" if status == "received" else "outgoing", "civil", "civil-appeal",
                      f"{rnd.choice(('2', '3а'))}-{rnd.randrange(1, 300)}/{year}", rnd.choice(NAMES),
                      "Кордайский районный суд", rnd.choice(("о взыскании", "о признании права")),
                      f"{year}-02-01", status, due, "now", "now"))
    conn.execute("COMMIT")
    conn.close()


def plain_list(store, filters, limit, offset):
    where, params = store.cases._filters(filters.get("status"), filters.get("direction"), None, filters.get("year"),
                                         filters.get("overdue_on"), None, filters.get("search"))
    return list(store.database.query(f"{SELECT}{where} ORDER BY c.next_due IS NULL, c.next_due, c.id LIMIT ? OFFSET ?",
                                     (*params, limit, offset)))


def plain_count(store, filters):
    where, params = store.cases._filters(filters.get("status"), filters.get("direction"), None, filters.get("year"),
                                         filters.get("overdue_on"), None, filters.get("search"))
    return store.database.one(f"SELECT count(*) AS n FROM cases c {where}", params)["n"]


@pytest.mark.parametrize("walk_factor", [0.0, 0.2, 1e12])  # always walk, as shipped, never walk
def test_search_gives_the_same_cases_whichever_plan(tmp_path, monkeypatch, walk_factor):
    monkeypatch.setattr(cases_module, "WALK_FACTOR", walk_factor)
    home = tmp_path / "home"
    fill(home)
    with Store(home, auto_backup=False, today=TODAY) as store:
        for text in TEXTS:
            for filters in FILTERS:
                filters = {**filters, "search": text}
                assert store.cases.count(**filters) == plain_count(store, filters), filters
                for limit, offset in ((100, 0), (7, 0), (20, 40), (100, 300)):
                    assert store.cases.list(**filters, limit=limit, offset=offset) == \
                        plain_list(store, filters, limit, offset), (filters, limit, offset)


def test_a_case_number_fragment_finds_its_cases(tmp_path):
    home = tmp_path / "home"
    fill(home)
    with Store(home, auto_backup=False, today=TODAY) as store:
        every = store.cases.list(limit=1000)
        found = {r["id"] for r in store.cases.list(search="2-1", limit=1000)}
        assert found and found == {r["id"] for r in every
                                   if any(w.startswith("1") for w in r["case_number"].split("-")[1:2])
                                   and r["case_number"].startswith("2-")}
        assert store.cases.count(search="2-1") == len(found)


def test_a_search_matching_many_cases_walks_the_register_index(tmp_path):
    with Store(tmp_path / "home", auto_backup=False, today=TODAY) as store:
        where, params = store.cases._filters(None, None, None, None, None, None, "2-1", walk=True)
        plan = " ".join(r["detail"] for r in store.database.query(
            f"EXPLAIN QUERY PLAN {SELECT}{where} ORDER BY c.next_due IS NULL, c.next_due, c.id LIMIT 100", params))
    assert "cases_register" in plan and "TEMP B-TREE" not in plan, plan


def test_the_full_text_index_keeps_short_prefixes(tmp_path):
    with Store(tmp_path / "home", auto_backup=False, today=TODAY) as store:
        sql = store.database.one("SELECT sql FROM sqlite_master WHERE name = 'cases_fts'")["sql"]
    assert "prefix='1 2 3'" in sql


# ---------------------------------------------------------------------------------------------------------------
# The deferred integrity check

def damage_pages(home) -> None:
    """Spoil pages in the middle of the file, keeping its header and schema readable."""
    path = home / DB_NAME
    for side in ("-wal", "-shm"):
        (home / (DB_NAME + side)).unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    for page in range(pages // 2, pages // 2 + 3):
        data[page * 4096:page * 4096 + 100] = b"\xff" * 100
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged_home(tmp_path):
    home = tmp_path / "home"
    fill(home)
    with Store(home, today=date(2026, 3, 1)):  # a good backup of 01.03
        pass
    damage_pages(home)
    return home


def test_a_damaged_file_still_fails_at_opening_by_default(damaged_home):
    with pytest.raises(StoreDamaged) as e:
        Store(damaged_home, today=TODAY)
    assert e.value.backup.name == "kelisim-2026-03-01.db"


def test_a_deferred_check_refuses_every_write_and_takes_no_backup(damaged_home):
    before = (damaged_home / DB_NAME).read_bytes()
    store = Store(damaged_home, today=TODAY, verify_on_open=False)  # the header and the schema are readable
    assert not store.verified
    with pytest.raises(StoreDamaged):
        with store.transaction():
            pass
    with pytest.raises(StoreDamaged):  # and again: the failure is remembered
        with store.transaction():
            pass
    with pytest.raises(StoreDamaged) as e:
        store.verify()
    assert e.value.backup.name == "kelisim-2026-03-01.db"
    store.close()
    assert not (damaged_home / "backups" / "kelisim-2026-03-02.db").exists()  # no copy of a damaged file
    assert (damaged_home / DB_NAME).read_bytes() == before


def test_a_check_run_elsewhere_is_accepted_or_refused(damaged_home, tmp_path):
    store = Store(damaged_home, today=TODAY, verify_on_open=False)
    problem = store.run_check()  # what the window runs in a background thread
    assert problem
    with pytest.raises(StoreDamaged):
        store.accept_check(problem)
    with pytest.raises(StoreDamaged):
        store.verify()
    store.close()

    home = tmp_path / "good"
    fill(home, 20)
    store = Store(home, today=TODAY, verify_on_open=False)
    assert not (home / "backups" / "kelisim-2026-03-02.db").exists()  # the day's backup waits for the check
    assert store.run_check() is None
    store.accept_check(None)
    assert store.verified and (home / "backups" / "kelisim-2026-03-02.db").exists()
    store.close()


def test_the_first_write_runs_the_check_when_it_has_not_run(tmp_path):
    home = tmp_path / "home"
    fill(home, 20)
    with Store(home, today=TODAY, verify_on_open=False) as store:
        assert not store.verified
        with store.transaction():
            pass
        assert store.verified and (home / "backups" / "kelisim-2026-03-02.db").exists()


def test_finding_a_loaded_request_by_its_uid_uses_the_index_once_the_file_has_statistics(tmp_path):
    """store.exchange asks whether a request was loaded before (Cases.by_peer_uid) on every package import. The index
    on peer_uid is partial (only non-empty uids): a query that does not say the uid is not empty cannot use it, and
    once ANALYZE had run the lookup scanned the table (100 ms at 100,000 cases, measured)."""
    home = tmp_path / "home"
    home.mkdir()
    fill(home, n=2000)
    conn = sqlite3.connect(home / DB_NAME, isolation_level=None)
    conn.execute("UPDATE cases SET peer_uid = 'peer-' || id WHERE direction = 'incoming' AND id % 7 = 0")
    conn.execute("ANALYZE")
    conn.close()
    store = Store(home, auto_backup=False, today=TODAY)
    try:
        asked = []
        store.database.conn.set_trace_callback(asked.append)
        wanted = store.database.one("SELECT id FROM cases WHERE peer_uid <> '' ORDER BY id LIMIT 1")["id"]
        asked.clear()
        assert store.cases.by_peer_uid(f"peer-{wanted}").id == wanted
        assert store.cases.by_peer_uid("peer-none") is None and store.cases.by_peer_uid("") is None
        store.database.conn.set_trace_callback(None)
        lookups = [sql for sql in asked if "peer_uid" in sql]
        assert lookups
        for sql in lookups:
            plan = " ".join(str(row[-1]) for row in store.database.conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
            assert "cases_peer" in plan and "SCAN" not in plan, (sql, plan)
    finally:
        store.close()

"""A data folder written by an earlier version is upgraded in place, its cases kept, to the current schema."""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from kelisim.store import Store
from kelisim.store.db import DB_NAME, _statements
from kelisim.store.schema import MIGRATIONS, SCHEMA_VERSION

TODAY = date(2026, 3, 1)
REGISTER_ORDER = "ORDER BY c.next_due IS NULL, c.next_due, c.id"  # Cases.list


def old_file(home, version: int) -> None:
    """A database as a program that knew only the first ``version`` migrations left it, with two cases."""
    home.mkdir(parents=True)
    conn = sqlite3.connect(home / DB_NAME, isolation_level=None)
    for script in MIGRATIONS[:version]:
        for statement in _statements(script):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    for n, due in ((1, "2026-03-20"), (2, None)):
        conn.execute("INSERT INTO cases (uid, procedure, rule, case_number, parties_text, trigger_date, status, "
                     "next_due, created_at, updated_at) VALUES (?, 'civil', 'civil-appeal', ?, 'Ахметов А.А.', "
                     "'2026-02-21', ?, ?, 'now', 'now')",
                     (f"old-case-{n:04d}", f"2-{n}/2026", "draft" if due else "closed", due))
    conn.close()


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_an_older_file_is_upgraded_and_keeps_its_cases(tmp_path, version):
    home = tmp_path / "home"
    old_file(home, version)
    with Store(home, auto_backup=False, today=TODAY) as store:
        assert store.database.version == SCHEMA_VERSION
        assert [r["case_number"] for r in store.cases.list()] == ["2-1/2026", "2-2/2026"]
        assert store.cases.count(search="Ахмет") == 2 and store.cases.count(status="closed") == 1
        assert store.cases.count(direction="outgoing") == 2 and store.cases.count(year=2026) == 2
        indexes = {r["name"] for r in store.database.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"cases_register", "cases_status", "cases_year", "cases_direction"} <= indexes
    with Store(home, auto_backup=False, today=TODAY) as store:  # opening again runs nothing twice
        assert store.database.version == SCHEMA_VERSION


@pytest.mark.parametrize("filters", ["", "WHERE c.status = 'closed'", "WHERE c.direction = 'incoming'",
                                     "WHERE substr(c.trigger_date, 1, 4) = '2026'"])
def test_the_register_order_is_read_from_an_index_not_sorted(tmp_path, filters):
    with Store(tmp_path / "home", auto_backup=False, today=TODAY) as store:
        plan = " ".join(r["detail"] for r in store.database.query(
            f"EXPLAIN QUERY PLAN SELECT c.id, c.case_number FROM cases c {filters} {REGISTER_ORDER} LIMIT 100"))
    assert "TEMP B-TREE" not in plan, plan

"""The precomputed `holidays` table (resources/data/holidays-kz.json, ``law.holiday_table``) says exactly what the
package says, and the calendar built from it answers exactly as the calendar built from the package, every day of
every year covered."""
from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from kelisim.law import holiday_table
from kelisim.law.calendar import MAX_YEAR, MIN_YEAR, WorkCalendar, kz_holidays
from kelisim.resources import data_file

ROOT = Path(__file__).resolve().parents[2]
REGENERATE = "the table is out of date with the installed `holidays`: run `make holidays-table` and review the diff"


@pytest.fixture(scope="module")
def built():
    return holiday_table.build()


def test_the_table_covers_every_year_of_the_calendar():
    table = holiday_table.load()
    assert (table.first_year, table.last_year) == (MIN_YEAR, MAX_YEAR)
    assert all(table.year(y) is not None for y in range(MIN_YEAR, MAX_YEAR + 1))
    assert table.year(MIN_YEAR - 1) is None and table.year(MAX_YEAR + 1) is None


def test_regenerating_the_table_gives_the_shipped_file(built):
    text = data_file(holiday_table.TABLE_NAME).read_text(encoding="utf-8")
    shipped = json.loads(text)
    assert shipped["years"] == built["years"], REGENERATE
    assert (shipped["first_year"], shipped["last_year"]) == (built["first_year"], built["last_year"])
    assert holiday_table.dumps(shipped) == text  # the file is exactly what the generator writes


def test_every_year_of_the_table_equals_the_package():
    table = holiday_table.load()
    for year in range(MIN_YEAR, MAX_YEAR + 1):
        assert table.year(year) == holiday_table.from_package(year), (year, REGENERATE)


def test_the_calendar_from_the_table_equals_the_calendar_from_the_package_every_day():
    ours, package = WorkCalendar(), WorkCalendar(holidays_from_package=True)
    day, end, days = date(MIN_YEAR, 1, 1), date(MAX_YEAR, 12, 31), 0
    while day <= end:
        assert ours.day_info(day) == package.day_info(day), day
        day += timedelta(days=1)
        days += 1
    assert days == (end - date(MIN_YEAR, 1, 1)).days + 1
    for year in range(MIN_YEAR, MAX_YEAR + 1):
        a, b = ours._year(year), package._year(year)
        assert (list(a.special.items()), a.working, a.estimated) == (list(b.special.items()), b.working, b.estimated)
        assert dataclasses.astuple(ours.year_summary(year)) == dataclasses.astuple(package.year_summary(year))
    assert ours.working_days_between(date(MIN_YEAR, 1, 1), end) == package.working_days_between(date(MIN_YEAR, 1, 1),
                                                                                                 end)


def test_a_year_the_table_lacks_comes_from_the_package(monkeypatch, tmp_path):
    import kelisim.law.calendar as cal

    partial = holiday_table.build(2025, 2025)
    path = tmp_path / "holidays-kz.json"
    path.write_text(holiday_table.dumps(partial), encoding="utf-8")
    monkeypatch.setattr(cal, "_shipped_holidays", lambda: holiday_table.load(path))
    asked = []
    real = holiday_table.from_package
    monkeypatch.setattr(holiday_table, "from_package", lambda year: asked.append(year) or real(year))
    assert kz_holidays(2025) == real(2025) and asked == []
    assert kz_holidays(2026) == real(2026) and asked == [2026]


def test_a_missing_table_falls_back_to_the_package(tmp_path):
    assert holiday_table.load(tmp_path / "none.json") is None


def test_the_calendar_does_not_import_holidays():
    """Start-up: the law's calendar answers from the table without importing the `holidays` package."""
    code = ("import sys; from datetime import date; from kelisim.law.calendar import default_calendar;"
            "c = default_calendar(); c.working_days_between(date(2024, 1, 1), date(2027, 12, 31));"
            "c.day_info(date(2026, 3, 9)); print('holidays' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT / "desktop"), "PATH": ""}).stdout.strip()
    assert out == "False"

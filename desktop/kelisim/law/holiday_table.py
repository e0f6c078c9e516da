"""The `holidays` package's answers for Kazakhstan, precomputed into ``resources/data/holidays-kz.json``.

Why: importing ``holidays`` and building one year of country KZ costs 140-170 ms (the package imports every one of
its ~250 country modules), more than a bare Qt window takes to appear; the program needs the answers at start-up
(the register's "working days left"). The table holds, for every year ``law.calendar`` covers (1991-2100), exactly
what ``holidays.country_holidays("KZ", years=year, language=...)`` answers: each listed date with its names in
English (``en_US``: our own table ``calendar-kz.json`` maps them to Russian names and legal sources) and in Kazakh
(``kk``), and the year's ``weekend_workdays``. ``law.calendar`` reads the table and imports ``holidays`` only for a
year the table lacks (never, while it covers 1991-2100).

Regenerate after upgrading ``holidays`` (a new decree on transfers of days off arrives that way)::

    make holidays-table          # = python -m kelisim.law.holiday_table

tests/law/test_holiday_table.py checks that regenerating gives the shipped file and that the calendar built from the
table equals the calendar built from the package, day by day, for every year covered.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from kelisim.resources import data_file

TABLE_NAME = "holidays-kz.json"
FIRST_YEAR = 1991
LAST_YEAR = 2100

# One year: ({date: [English names]}, {date: [Kazakh names]}, (weekend days worked that year, sorted)).
YearHolidays = tuple[dict[date, list[str]], dict[date, list[str]], tuple[date, ...]]


def from_package(year: int) -> YearHolidays:
    """What the `holidays` package says about ``year`` (imports it: 140-170 ms the first time)."""
    import holidays

    en = holidays.country_holidays("KZ", years=year, language="en_US")
    kk = holidays.country_holidays("KZ", years=year, language="kk")
    days = sorted(en)
    worked = tuple(sorted(d for d in getattr(en, "weekend_workdays", ()) if d.year == year))
    return {d: list(en.get_list(d)) for d in days}, {d: list(kk.get_list(d)) for d in days}, worked


def build(first: int = FIRST_YEAR, last: int = LAST_YEAR) -> dict:
    """The table's contents, from the installed `holidays` package."""
    import holidays

    years = {}
    for year in range(first, last + 1):
        en, kk, worked = from_package(year)
        years[str(year)] = {"days": {d.isoformat(): [en[d], kk[d]] for d in en},
                            "weekend_workdays": [d.isoformat() for d in worked]}
    return {"generated_from": f"holidays {holidays.__version__}: country_holidays('KZ', language='en_US' and 'kk')",
            "regenerate": "make holidays-table (python -m kelisim.law.holiday_table)",
            "first_year": first, "last_year": last, "years": years}


def dumps(table: dict) -> str:
    """The file's text: one line per year, so a regenerated table diffs by year."""
    head = {k: v for k, v in table.items() if k != "years"}
    lines = ["{"]
    lines += [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    lines.append('  "years": {')
    items = list(table["years"].items())
    for i, (year, data) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        lines.append(f"    {json.dumps(year)}: {json.dumps(data, ensure_ascii=False, separators=(',', ':'))}{comma}")
    lines += ["  }", "}", ""]
    return "\n".join(lines)


class HolidayTable:
    """The shipped table; a year's dates are parsed on first use."""

    def __init__(self, raw: dict):
        self.first_year = int(raw["first_year"])
        self.last_year = int(raw["last_year"])
        self._raw = raw["years"]
        self._years: dict[int, YearHolidays] = {}

    def year(self, year: int) -> YearHolidays | None:
        """The package's answers for ``year``, or None when the table does not hold that year."""
        found = self._years.get(year)
        if found is None:
            data = self._raw.get(str(year))
            if data is None:
                return None
            en, kk = {}, {}
            for day, (en_names, kk_names) in data["days"].items():
                d = date.fromisoformat(day)
                en[d], kk[d] = en_names, kk_names
            found = self._years[year] = (en, kk, tuple(date.fromisoformat(d) for d in data["weekend_workdays"]))
        return found


def load(path: Path | None = None) -> HolidayTable | None:
    """The shipped table, or None when the file is missing (then every year comes from the package)."""
    try:
        text = Path(path or data_file(TABLE_NAME)).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return HolidayTable(json.loads(text))


def main(argv: list[str] | None = None) -> int:
    path = Path(argv[0]) if argv else data_file(TABLE_NAME)
    path.write_text(dumps(build()), encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))

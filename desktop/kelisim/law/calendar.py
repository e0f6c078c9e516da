"""The working-day calendar of Kazakhstan (five-day week).

Built on the ``holidays`` package (country KZ: public holidays, weekend moves, transfers of days off
and ``weekend_workdays``), read from its precomputed table ``resources/data/holidays-kz.json``
(``law.holiday_table``: importing the package costs 140-170 ms at start-up; it is imported only for a year the
table lacks), plus our own data file ``resources/data/calendar-kz.json``: Russian names,
the legal source of every kind of day, confirmed dates of movable holidays (Kurban Ait), extra days
off and extra working days, and ``valid_through`` — the last year whose calendar is confirmed.
A caller may pass further overrides (the store keeps the user's own).

Each year is computed once into a sorted array of working-day ordinals; every operation is a bisect
over that array, never a day-by-day loop.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from kelisim.law import LawError, holiday_table
from kelisim.resources import data_file

MIN_YEAR = 1991  # the Republic's first holiday law; `holidays` KZ starts here
MAX_YEAR = 2100

# Kinds of day.
WORKING = "working"
WEEKEND = "weekend"
HOLIDAY = "holiday"  # a public holiday or a day of rest named by law (7 January, Kurban Ait)
MOVED_DAY_OFF = "moved_day_off"  # a holiday fell on a weekend; the day off moved here
TRANSFERRED_DAY_OFF = "transferred_day_off"  # a day off transferred here from a worked weekend day
WORKING_WEEKEND = "working_weekend"  # a Saturday or Sunday worked because of a transfer
EXTRA_DAY_OFF = "extra_day_off"  # from our data file or the user's overrides
EXTRA_WORKING_DAY = "extra_working_day"
DAY_KINDS = (WORKING, WEEKEND, HOLIDAY, MOVED_DAY_OFF, TRANSFERRED_DAY_OFF, WORKING_WEEKEND,
             EXTRA_DAY_OFF, EXTRA_WORKING_DAY)

WEEKDAYS_RU = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
WEEKDAYS_KK = ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі")

_OBSERVED = re.compile(r"^(?P<base>.+) \(observed\)$")
_SUBSTITUTED = re.compile(r"^Day off \(substituted from (?P<m>\d\d)/(?P<d>\d\d)/(?P<y>\d{4})\)$")
_ESTIMATED = re.compile(r"^(?P<base>.+) \(estimated\)$")


@dataclass(frozen=True)
class CalendarOverride:
    """A day made working or non-working by a source the `holidays` package does not know."""

    date: date
    working: bool
    name_ru: str
    name_kk: str
    source: str


@dataclass(frozen=True)
class DayInfo:
    date: date
    working: bool
    kind: str
    name_ru: str = ""
    name_kk: str = ""
    source: str = ""  # the legal source, in Russian
    estimated: bool = False
    source_kk: str = ""  # the legal source, in Kazakh

    def name(self, lang: str = "ru") -> str:
        return self.name_kk if lang == "kk" else self.name_ru

    def source_in(self, lang: str = "ru") -> str:
        return (self.source_kk or self.source) if lang == "kk" else self.source


@dataclass(frozen=True)
class MonthSummary:
    month: int
    working_days: int
    calendar_days: int


@dataclass(frozen=True)
class YearSummary:
    year: int
    working_days: int
    months: list[MonthSummary]
    non_working: list[DayInfo]  # every weekday off and every weekend day worked, in date order
    confirmed: bool
    valid_through: int


@dataclass
class _Year:
    special: dict[date, DayInfo] = field(default_factory=dict)  # every day that is not a plain weekday/weekend
    working: list[int] = field(default_factory=list)  # sorted ordinals of working days
    estimated: tuple[date, ...] = ()  # days whose date is only an estimate


@dataclass(frozen=True)
class CalendarData:
    """The contents of ``calendar-kz.json``."""

    edition: str
    valid_through: int
    sources: dict
    holiday_names: dict
    confirmed: tuple  # ((date, holiday_key, source), ...)
    overrides: tuple[CalendarOverride, ...]

    @classmethod
    def load(cls, path: Path | None = None) -> "CalendarData":
        raw = json.loads(Path(path or data_file("calendar-kz.json")).read_text(encoding="utf-8"))
        confirmed = tuple(
            (date.fromisoformat(c["date"]), c["holiday"], c["source"]) for c in raw.get("confirmed", ())
        )
        overrides = tuple(
            CalendarOverride(date.fromisoformat(o["date"]), working, o["name_ru"], o["name_kk"], o["source"])
            for key, working in (("extra_days_off", False), ("extra_working_days", True))
            for o in raw.get(key, ())
        )
        return cls(raw["edition"], int(raw["valid_through"]), raw["sources"], raw["holiday_names"],
                   confirmed, overrides)


def _fmt(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


class WorkCalendar:
    """Working days of Kazakhstan for the years 1991–2100."""

    min_year = MIN_YEAR
    max_year = MAX_YEAR

    def __init__(self, overrides: Iterable[CalendarOverride] = (), data: CalendarData | None = None, *,
                 holidays_from_package: bool = False):
        self.data = data or CalendarData.load()
        # True: ask the `holidays` package itself for every year, not its shipped table (the tests compare the two).
        self._from_package = holidays_from_package
        self.valid_through = self.data.valid_through
        self.edition = self.data.edition
        self._overrides = {o.date: o for o in (*self.data.overrides, *overrides)}
        self._years: dict[int, _Year] = {}
        # The working-day ordinals of the contiguous span of years loaded so far.
        self._span: tuple[int, int] | None = None
        self._ords: list[int] = []  # sorted ordinals of working days in the span
        self._prefix: list[int] = []  # running count of working days, one entry per day of the span
        self._base = self._end = 0  # ordinals of the span's first day and of the day after its last

    # ------------------------------------------------------------------ building a year
    def _source(self, key: str, lang: str = "ru", **fmt) -> str:
        return self.data.sources[key][lang].format(**fmt)

    def _holiday_info(self, d: date, en_names: list[str], kk_names: list[str]) -> DayInfo:
        """Classify a date the `holidays` package lists, and name it in Russian and Kazakh."""
        names = self.data.holiday_names
        ru, kk, sources, sources_kk, kinds, estimated = [], [], [], [], [], False
        for i, en in enumerate(en_names):
            kk_pkg = kk_names[i] if i < len(kk_names) else en
            if m := _SUBSTITUTED.match(en):
                worked = date(int(m["y"]), int(m["m"]), int(m["d"]))
                kinds.append(TRANSFERRED_DAY_OFF)
                ru.append(f"Выходной день (перенесён с {_fmt(worked)})")
                kk.append(f"Демалыс күні ({_fmt(worked)} бастап ауыстырылды)")
                sources.append(self._source("transfer", year=d.year))
                sources_kk.append(self._source("transfer", "kk", year=d.year))
                continue
            if m := _OBSERVED.match(en):
                base = names.get(m["base"])
                kinds.append(MOVED_DAY_OFF)
                ru.append(f"{base['ru'] if base else m['base']} (перенос выходного дня)")
                kk.append(f"{base['kk'] if base else kk_pkg} (ауыстырылған демалыс күні)")
                sources.append(self._source("moved"))
                sources_kk.append(self._source("moved", "kk"))
                continue
            if m := _ESTIMATED.match(en):
                en, estimated = m["base"], True
            base = names.get(en)
            kinds.append(HOLIDAY)
            ru.append(base["ru"] if base else en)
            kk.append(base["kk"] if base else kk_pkg)
            sources.append(self._source(base["source"] if base else "holiday"))
            sources_kk.append(self._source(base["source"] if base else "holiday", "kk"))
        kind = HOLIDAY if HOLIDAY in kinds else kinds[0]
        return DayInfo(d, False, kind, "; ".join(ru), "; ".join(kk), "; ".join(dict.fromkeys(sources)),
                       estimated, "; ".join(dict.fromkeys(sources_kk)))

    def _build_year(self, year: int) -> _Year:
        en, kk, weekend_workdays = kz_holidays(year, from_package=self._from_package)
        special: dict[date, DayInfo] = {}
        # Confirmed dates of movable holidays replace the package's estimate for that year.
        confirmed = {(c_date.year, key): (c_date, src) for c_date, key, src in self.data.confirmed}
        for d in sorted(en):
            en_names = en[d]
            kk_names = kk.get(d, [])
            keep = [i for i, n in enumerate(en_names)
                    if not ((m := _ESTIMATED.match(n)) and (year, m["base"]) in confirmed)]
            if not keep:
                continue
            special[d] = self._holiday_info(d, [en_names[i] for i in keep],
                                            [kk_names[i] for i in keep if i < len(kk_names)])
        for (c_year, key), (c_date, src) in confirmed.items():
            if c_year != year:
                continue
            base = self.data.holiday_names[key]
            special[c_date] = DayInfo(c_date, False, HOLIDAY, base["ru"], base["kk"],
                                      f"{self._source(base['source'])}; дата: {src}", False,
                                      f"{self._source(base['source'], 'kk')}; күні: {src}")
        # Weekend days worked because a day off was transferred from them.
        transfers = {}
        for d, info in special.items():
            for part in en.get(d, ()):
                if m := _SUBSTITUTED.match(part):
                    transfers[date(int(m["y"]), int(m["m"]), int(m["d"]))] = d
        for worked in weekend_workdays:
            if worked.year != year:
                continue
            off = transfers.get(worked)
            moved_to = f" (выходной перенесён на {_fmt(off)})" if off else ""
            moved_to_kk = f" (демалыс {_fmt(off)} күніне ауыстырылды)" if off else ""
            special[worked] = DayInfo(worked, True, WORKING_WEEKEND, f"Рабочий день{moved_to}",
                                      f"Жұмыс күні{moved_to_kk}", self._source("transfer", year=year), False,
                                      self._source("transfer", "kk", year=year))
        for d, o in self._overrides.items():
            if d.year == year:
                special[d] = DayInfo(d, o.working, EXTRA_WORKING_DAY if o.working else EXTRA_DAY_OFF,
                                     o.name_ru, o.name_kk, o.source)
        first = date(year, 1, 1).toordinal()
        last = date(year, 12, 31).toordinal()
        working = []
        for ordinal in range(first, last + 1):
            d = date.fromordinal(ordinal)
            info = special.get(d)
            if info is not None:
                if info.working:
                    working.append(ordinal)
            elif d.weekday() < 5:
                working.append(ordinal)
        return _Year(special, working, tuple(d for d, i in special.items() if i.estimated))

    def _year(self, year: int) -> _Year:
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise LawError(
                f"Календарь охватывает {MIN_YEAR}–{MAX_YEAR} годы; {year} год вне этих пределов.",
                f"Күнтізбе {MIN_YEAR}–{MAX_YEAR} жылдарды қамтиды; {year} жыл бұл шектен тыс.",
                code="year-out-of-range")
        y = self._years.get(year)
        if y is None:
            y = self._years[year] = self._build_year(year)
        return y

    def _cover(self, lo: int, hi: int) -> None:
        """Make the arrays cover the years lo..hi (and everything between)."""
        lo, hi = max(lo, MIN_YEAR), min(hi, MAX_YEAR)
        if self._span is not None:
            cur_lo, cur_hi = self._span
            if cur_lo <= lo and hi <= cur_hi:
                return
            lo, hi = min(lo, cur_lo), max(hi, cur_hi)
        ords: list[int] = []
        for y in range(lo, hi + 1):
            ords.extend(self._year(y).working)
        base = date(lo, 1, 1).toordinal()
        end = date(hi, 12, 31).toordinal() + 1
        # prefix[i]: how many working days fall on or before the ordinal base + i
        prefix = [0] * (end - base)
        count, k = 0, 0
        for i in range(end - base):
            if k < len(ords) and ords[k] == base + i:
                count += 1
                k += 1
            prefix[i] = count
        self._ords, self._prefix, self._base, self._end = ords, prefix, base, end
        self._span = (lo, hi)

    def _index(self, ordinal: int) -> int:
        """Position of ``ordinal`` in the prefix array, covering its year first when needed."""
        i = ordinal - self._base
        if 0 <= i < self._end - self._base:
            return i
        year = date.fromordinal(ordinal).year
        self._year(year)  # range check with a clear message
        self._cover(year, year)
        return ordinal - self._base

    # ------------------------------------------------------------------ queries
    def day_info(self, d: date) -> DayInfo:
        info = self._year(d.year).special.get(d)
        if info is not None:
            return info
        if d.weekday() >= 5:
            return DayInfo(d, False, WEEKEND, "Выходной день", "Демалыс күні", self._source("weekend"),
                           False, self._source("weekend", "kk"))
        return DayInfo(d, True, WORKING)

    def is_working_day(self, d: date) -> bool:
        i = self._index(d.toordinal())
        prefix = self._prefix
        return prefix[i] != (prefix[i - 1] if i else 0)

    def add_working_days(self, d: date, n: int) -> date:
        """The n-th working day after ``d`` (n > 0) or before it (n < 0); ``d`` itself is not counted."""
        if n == 0:
            return d
        ordinal = d.toordinal()
        while True:
            i = self._index(ordinal)
            before_or_on = self._prefix[i]  # working days up to and including d
            lo, hi = self._span
            if n > 0:
                idx = before_or_on + n - 1
                if idx < len(self._ords):
                    return date.fromordinal(self._ords[idx])
                if hi >= MAX_YEAR:
                    break
                self._cover(lo, hi + 1 + (idx - len(self._ords)) // 240)
            else:
                prefix = self._prefix
                on_d = before_or_on != (prefix[i - 1] if i else 0)  # is d itself a working day
                idx = before_or_on - on_d + n
                if idx >= 0:
                    return date.fromordinal(self._ords[idx])
                if lo <= MIN_YEAR:
                    break
                self._cover(lo - 1 - (-idx) // 240, hi)
        raise LawError(
            f"Срок выходит за пределы календаря ({MIN_YEAR}–{MAX_YEAR}).",
            f"Мерзім күнтізбе шегінен шығады ({MIN_YEAR}–{MAX_YEAR}).", code="year-out-of-range")

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after ``d``."""
        return self.add_working_days(d, 1)

    def working_day_on_or_after(self, d: date) -> date:
        """``d`` itself when it is a working day, otherwise the next working day (ГПК ст. 123 ч. 4)."""
        return d if self.is_working_day(d) else self.add_working_days(d, 1)

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]; negative when ``end`` is before ``start``."""
        a, b = start.toordinal(), end.toordinal()
        lo, hi = (a, b) if a <= b else (b, a)
        if not (self._span and self._base <= lo and hi < self._end):
            self._year(start.year), self._year(end.year)  # range checks with a clear message
            self._cover(min(start.year, end.year), max(start.year, end.year))
        base, prefix = self._base, self._prefix
        return prefix[b - base] - prefix[a - base]

    def special_days(self, start: date, end: date) -> list[DayInfo]:
        """Every named day (holiday, moved or transferred day, worked weekend) in [start, end]."""
        out = []
        for year in range(start.year, end.year + 1):
            out.extend(info for d, info in self._year(year).special.items() if start <= d <= end)
        return sorted(out, key=lambda i: i.date)

    def has_estimated_days(self, start: date, end: date) -> bool:
        """Whether a day in [start, end] carries only an estimated date (cheap: a per-year index)."""
        years = self._years
        for year in range(start.year, end.year + 1):
            y = years.get(year) or self._year(year)
            for d in y.estimated:
                if start <= d <= end:
                    return True
        return False

    def month_summary(self, year: int, month: int) -> MonthSummary:
        y = self._year(year)
        days = (date(year + month // 12, month % 12 + 1, 1) - date(year, month, 1)).days
        first = date(year, month, 1).toordinal()
        count = bisect_right(y.working, first + days - 1) - bisect_left(y.working, first)
        return MonthSummary(month, count, days)

    def year_summary(self, year: int) -> YearSummary:
        y = self._year(year)
        non_working = sorted(
            (i for i in y.special.values() if i.working == (i.date.weekday() >= 5)),
            key=lambda i: i.date)
        confirmed = year <= self.valid_through and not any(i.estimated for i in y.special.values())
        return YearSummary(year, len(y.working), [self.month_summary(year, m) for m in range(1, 13)],
                           non_working, confirmed, self.valid_through)

    def is_confirmed(self, d: date) -> bool:
        """False past ``valid_through`` or on a day whose date is only estimated."""
        return d.year <= self.valid_through and not self.day_info(d).estimated


@lru_cache(maxsize=1)
def _shipped_holidays() -> holiday_table.HolidayTable | None:
    return holiday_table.load()


def kz_holidays(year: int, *, from_package: bool = False) -> holiday_table.YearHolidays:
    """The `holidays` package's answers for ``year`` (country KZ): from the shipped table, or from the package
    itself when asked to or when the table lacks the year."""
    if not from_package:
        table = _shipped_holidays()
        found = table.year(year) if table is not None else None
        if found is not None:
            return found
    return holiday_table.from_package(year)


@lru_cache(maxsize=1)
def default_calendar() -> WorkCalendar:
    """The calendar with the shipped data and no user overrides (shared, built lazily)."""
    return WorkCalendar()


def weekday_ru(d: date) -> str:
    return WEEKDAYS_RU[d.weekday()]


def weekday_kk(d: date) -> str:
    return WEEKDAYS_KK[d.weekday()]


def fmt_date(d: date) -> str:
    """dd.mm.yyyy, as dates are written in Kazakh court acts and letters."""
    return _fmt(d)


__all__ = [
    "CalendarData", "CalendarOverride", "DayInfo", "MonthSummary", "YearSummary", "WorkCalendar",
    "default_calendar", "DAY_KINDS", "MIN_YEAR", "MAX_YEAR", "fmt_date", "weekday_ru", "weekday_kk",
]

"""The working-day calendar against PROCEDURAL-TERMS.md §5 and the Law «О праздниках»."""
from __future__ import annotations

from datetime import date

import pytest

from kelisim.law import LawError
from kelisim.law.calendar import (
    HOLIDAY, MOVED_DAY_OFF, TRANSFERRED_DAY_OFF, WEEKEND, WORKING, WORKING_WEEKEND,
    CalendarOverride, WorkCalendar, default_calendar,
)

D = date.fromisoformat


@pytest.fixture(scope="module")
def cal():
    return default_calendar()


@pytest.mark.parametrize("year,total", [(2024, 249), (2025, 246), (2026, 247)])
def test_working_days_per_year(cal, year, total):
    assert cal.year_summary(year).working_days == total


def test_2026_per_month_as_in_law_306_viii(cal):
    months = [m.working_days for m in cal.year_summary(2026).months]
    assert months == [19, 20, 18, 22, 17, 22, 22, 21, 22, 21, 21, 22]


@pytest.mark.parametrize("day,working,kind,name", [
    ("2024-05-04", True, WORKING_WEEKEND, "Рабочий день"),  # Saturday worked, transfer
    ("2024-05-08", False, TRANSFERRED_DAY_OFF, "перенесён с 04.05.2024"),
    ("2025-01-05", True, WORKING_WEEKEND, "Рабочий день"),  # Sunday worked, transfer
    ("2025-01-03", False, TRANSFERRED_DAY_OFF, "перенесён с 05.01.2025"),
    ("2025-03-10", False, MOVED_DAY_OFF, "Международный женский день"),
    ("2026-03-23", False, HOLIDAY, "Наурыз мейрамы"),
    ("2026-03-25", False, MOVED_DAY_OFF, "Наурыз мейрамы"),
    ("2026-05-27", False, HOLIDAY, "Курбан айт"),
    ("2026-08-31", True, WORKING, ""),  # no Constitution Day in 2026
    ("2026-08-30", False, WEEKEND, "Выходной день"),
    ("2025-08-30", False, HOLIDAY, "День Конституции"),
    ("2025-09-01", False, MOVED_DAY_OFF, "День Конституции"),
    ("2027-03-15", False, HOLIDAY, "День Конституции"),  # new Constitution Day from 2027
    ("2024-01-07", False, HOLIDAY, "Православное Рождество"),  # Sunday: not moved
    ("2024-01-08", True, WORKING, ""),
    ("2024-06-17", True, WORKING, ""),  # Kurban Ait on Sunday 16 June 2024: not moved
])
def test_day_kinds(cal, day, working, kind, name):
    info = cal.day_info(D(day))
    assert (info.working, info.kind) == (working, kind)
    assert name in info.name_ru
    assert cal.is_working_day(D(day)) is working
    if kind != WORKING:
        assert info.source and info.source_kk and info.name_kk


def test_kurban_ait_dates_confirmed_and_later_estimated(cal):
    for d in ("2024-06-16", "2025-06-06", "2026-05-27"):
        info = cal.day_info(D(d))
        assert info.kind == HOLIDAY and not info.estimated and "egov" in info.source
    assert cal.day_info(D("2027-05-16")).estimated
    assert cal.year_summary(2026).confirmed and not cal.year_summary(2027).confirmed
    assert not cal.is_confirmed(D("2027-01-05")) and cal.is_confirmed(D("2026-01-05"))


def test_russian_names_for_every_holiday(cal):
    for year in range(1991, 2031):
        for info in cal.year_summary(year).non_working:
            assert info.name_ru and not any(c in info.name_ru for c in "abcdefghijklmnopqrstuvwxyz"), info


def test_non_working_list_is_weekday_offs_and_worked_weekends(cal):
    s = cal.year_summary(2024)
    assert [i.date for i in s.non_working if i.working] == [D("2024-05-04")]
    assert all(i.date.weekday() < 5 for i in s.non_working if not i.working)
    weekdays = sum(1 for o in range(D("2024-01-01").toordinal(), D("2024-12-31").toordinal() + 1)
                   if date.fromordinal(o).weekday() < 5)
    offs = sum(1 for i in s.non_working if not i.working)
    assert weekdays - offs + 1 == s.working_days


def test_operations(cal):
    assert cal.add_working_days(D("2026-03-20"), 1) == D("2026-03-26")
    assert cal.add_working_days(D("2026-03-26"), -1) == D("2026-03-20")
    assert cal.add_working_days(D("2026-03-20"), 0) == D("2026-03-20")
    assert cal.next_working_day(D("2024-05-03")) == D("2024-05-04")
    assert cal.working_day_on_or_after(D("2026-03-21")) == D("2026-03-26")
    assert cal.working_day_on_or_after(D("2026-03-26")) == D("2026-03-26")
    assert cal.working_days_between(D("2025-12-31"), D("2026-12-31")) == 247
    assert cal.working_days_between(D("2026-12-31"), D("2025-12-31")) == -247
    assert cal.working_days_between(D("2026-03-20"), D("2026-03-26")) == 1
    # across many years (the span grows on demand)
    assert cal.add_working_days(D("2026-01-01"), 2500) > D("2035-01-01")
    assert cal.add_working_days(D("2026-01-01"), -2500) < D("2017-01-01")


def test_month_summary(cal):
    m = cal.month_summary(2024, 2)
    assert (m.month, m.calendar_days, m.working_days) == (2, 29, 21)


def test_years_out_of_range(cal):
    with pytest.raises(LawError) as exc:
        cal.year_summary(1990)
    assert exc.value.code == "year-out-of-range" and "1991" in exc.value.message("ru")
    with pytest.raises(LawError):
        cal.add_working_days(D("2100-12-20"), 30)


def test_caller_overrides_win():
    extra_off = CalendarOverride(D("2026-12-31"), False, "Решение о дополнительном выходном", "Қосымша демалыс",
                                 "Постановление (пример)")
    extra_work = CalendarOverride(D("2026-12-26"), True, "Рабочая суббота", "Жұмыс сенбісі", "Приказ (пример)")
    cal = WorkCalendar(overrides=[extra_off, extra_work])
    assert not cal.is_working_day(D("2026-12-31")) and cal.is_working_day(D("2026-12-26"))
    assert cal.year_summary(2026).working_days == 247
    assert cal.day_info(D("2026-12-31")).kind == "extra_day_off"
    assert cal.add_working_days(D("2026-12-30"), 1) == D("2027-01-05")
    assert default_calendar().is_working_day(D("2026-12-31"))  # the shared calendar is untouched


def test_data_file_sets_valid_through(cal):
    assert cal.valid_through == 2026 and cal.edition

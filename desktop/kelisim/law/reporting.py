"""The period of the semi-annual analysis of claims work and court practice.

The Typical Regulation on the legal service (Government Decree No. 1072 of 9 November 2006), п. 9 пп. 7, makes the
legal service analyse the state of its claims work and of court practice in disputes involving its body "at least
once every half-year". Kelisim reports by calendar half-years: 1 January – 30 June and 1 July – 31 December.
``half_year(day)`` is the half-year containing a day, ``previous_half_year(day)`` the one before it, and
``report_period(start, end)`` checks a period the user gave (a half-year given by its dates is named as one).
Every answer carries its explanation and the paragraph it rests on.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from kelisim.law import LawError
from kelisim.law.calendar import MAX_YEAR, MIN_YEAR, fmt_date

BASIS_RU = ("Типовое положение о юридической службе центрального и местного исполнительного органа (постановление "
            "Правительства РК от 9 ноября 2006 года № 1072), п. 9 пп. 7: анализ состояния исковой работы и судебной "
            "практики — не реже одного раза в полугодие")
BASIS_KK = ("Орталық және жергілікті атқарушы органның заң қызметі туралы үлгі ереже (ҚР Үкіметінің 2006 жылғы "
            "9 қарашадағы № 1072 қаулысы), 9-тармақтың 7) тармақшасы: талап қою жұмысының, сот практикасының "
            "жай-күйін талдау — жартыжылдықта бір реттен сиретпей")
SHORT_BASIS_RU = "Типовое положение о юридической службе, п. 9 пп. 7"
SHORT_BASIS_KK = "Заң қызметі туралы үлгі ереже, 9-тармақтың 7) тармақшасы"
HALF_YEAR_DAYS = 184  # the longer half-year (1 July – 31 December)
ROMAN = ("I", "II")


@dataclass(frozen=True)
class ReportPeriod:
    """The days a report covers (both ends included), how it is named, why, and on what basis."""

    start: date
    end: date
    half: int | None  # 1 or 2 for a calendar half-year, None for a period the user chose
    label_ru: str  # «II полугодие 2026 года (01.07.2026 — 31.12.2026)»
    label_kk: str
    explanation_ru: str
    explanation_kk: str
    note_ru: str = ""  # a remark (a period longer than a half-year), empty when there is none
    note_kk: str = ""
    basis_ru: str = BASIS_RU
    basis_kk: str = BASIS_KK

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def label(self, lang: str = "ru") -> str:
        return self.label_kk if lang == "kk" else self.label_ru

    def explanation(self, lang: str = "ru") -> str:
        return self.explanation_kk if lang == "kk" else self.explanation_ru

    def note(self, lang: str = "ru") -> str:
        return self.note_kk if lang == "kk" else self.note_ru

    def basis(self, lang: str = "ru") -> str:
        return self.basis_kk if lang == "kk" else self.basis_ru

    def to_dict(self, lang: str = "ru") -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "half": self.half,
                "year": self.start.year if self.half else None, "days": self.days, "label": self.label(lang),
                "label_ru": self.label_ru, "label_kk": self.label_kk, "explanation": self.explanation(lang),
                "note": self.note(lang), "basis": self.basis(lang)}


def _span(start: date, end: date) -> str:
    return f"{fmt_date(start)} — {fmt_date(end)}"


def _half(year: int, half: int, why_ru: str, why_kk: str) -> ReportPeriod:
    start, end = (date(year, 1, 1), date(year, 6, 30)) if half == 1 else (date(year, 7, 1), date(year, 12, 31))
    roman = ROMAN[half - 1]
    return ReportPeriod(
        start, end, half,
        f"{roman} полугодие {year} года ({_span(start, end)})",
        f"{year} жылғы {roman} жартыжылдық ({_span(start, end)})",
        f"{why_ru} Полугодия — календарные: 1 января — 30 июня и 1 июля — 31 декабря; анализ исковой работы и "
        f"судебной практики проводится не реже одного раза в полугодие ({SHORT_BASIS_RU}).",
        f"{why_kk} Жартыжылдықтар күнтізбелік: 1 қаңтар — 30 маусым және 1 шілде — 31 желтоқсан; талап қою "
        f"жұмысы мен сот практикасын талдау жартыжылдықта бір реттен сиретпей жүргізіледі ({SHORT_BASIS_KK}).")


def _check_year(day: date, what_ru: str, what_kk: str) -> None:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise LawError(f"{what_ru} {fmt_date(day)}: год {day.year} вне {MIN_YEAR}–{MAX_YEAR}.",
                       f"{what_kk} {fmt_date(day)}: {day.year} жыл {MIN_YEAR}–{MAX_YEAR} аралығынан тыс.",
                       code="bad-period")


def half_year(day: date) -> ReportPeriod:
    """The calendar half-year that contains ``day``."""
    _check_year(day, "Дата", "Күн")
    half = 1 if day.month <= 6 else 2
    roman = ROMAN[half - 1]
    return _half(day.year, half, f"{fmt_date(day)} входит в {roman} полугодие {day.year} года.",
                 f"{fmt_date(day)} күні {day.year} жылғы {roman} жартыжылдыққа кіреді.")


def previous_half_year(day: date) -> ReportPeriod:
    """The calendar half-year before the one that contains ``day`` (the last completed one)."""
    current = half_year(day)
    before = current.start - timedelta(days=1)
    _check_year(before, "Дата", "Күн")
    half = 1 if before.month <= 6 else 2
    roman, current_roman = ROMAN[half - 1], ROMAN[current.half - 1]
    return _half(before.year, half,
                 f"{fmt_date(day)} входит в {current_roman} полугодие {day.year} года; предыдущее — {roman} "
                 f"полугодие {before.year} года.",
                 f"{fmt_date(day)} күні {day.year} жылғы {current_roman} жартыжылдыққа кіреді; алдыңғысы — "
                 f"{before.year} жылғы {roman} жартыжылдық.")


def report_period(start: date, end: date) -> ReportPeriod:
    """A period the user gave: checked (its start not after its end); named as a half-year when it is one."""
    _check_year(start, "Начало периода", "Кезеңнің басы")
    _check_year(end, "Конец периода", "Кезеңнің соңы")
    if start > end:
        raise LawError(f"Начало периода ({fmt_date(start)}) позже его конца ({fmt_date(end)}). Укажите даты в порядке "
                       f"«с — по», например с 01.01.2026 по 30.06.2026.",
                       f"Кезеңнің басы ({fmt_date(start)}) оның соңынан ({fmt_date(end)}) кейін. Күндерді «бастап — "
                       f"дейін» ретімен көрсетіңіз, мысалы 01.01.2026 бастап 30.06.2026 дейін.", code="bad-period")
    half = half_year(start)
    if half.start == start and half.end == end:
        roman = ROMAN[half.half - 1]
        return _half(start.year, half.half, f"Период {_span(start, end)} — {roman} полугодие {start.year} года.",
                     f"{_span(start, end)} кезеңі — {start.year} жылғы {roman} жартыжылдық.")
    days = (end - start).days + 1
    note_ru = note_kk = ""
    if days > HALF_YEAR_DAYS:
        note_ru = (f"Период длиннее полугодия ({days} дн.): анализ исковой работы и судебной практики проводится не "
                   f"реже одного раза в полугодие ({SHORT_BASIS_RU}).")
        note_kk = (f"Кезең жартыжылдықтан ұзақ ({days} күн): талап қою жұмысы мен сот практикасын талдау жартыжылдықта"
                   f" бір реттен сиретпей жүргізіледі ({SHORT_BASIS_KK}).")
    return ReportPeriod(
        start, end, None, f"период с {fmt_date(start)} по {fmt_date(end)}",
        f"{fmt_date(start)} бастап {fmt_date(end)} дейінгі кезең",
        f"Период задан пользователем: {_span(start, end)}, {days} дн. включительно; по умолчанию отчёт строится за "
        f"календарное полугодие ({SHORT_BASIS_RU}).",
        f"Кезеңді пайдаланушы берді: {_span(start, end)}, қоса алғанда {days} күн; әдепкі бойынша есеп күнтізбелік "
        f"жартыжылдыққа жасалады ({SHORT_BASIS_KK}).", note_ru, note_kk)


__all__ = ["ReportPeriod", "half_year", "previous_half_year", "report_period", "BASIS_RU", "BASIS_KK"]

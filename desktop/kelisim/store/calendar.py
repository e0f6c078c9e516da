"""The user's own calendar days (a day off declared by a decree the shipped data does not know yet, or a
working Saturday), kept in the database and handed to ``law.calendar.WorkCalendar`` as overrides."""
from __future__ import annotations

from datetime import date

from kelisim.law.calendar import CalendarOverride, WorkCalendar
from kelisim.store.db import Database, StoreError


class CalendarDays:
    def __init__(self, db: Database):
        self.db = db
        self._calendar: WorkCalendar | None = None

    def list(self) -> list[CalendarOverride]:
        return [CalendarOverride(date.fromisoformat(r["day"]), bool(r["working"]), r["name_ru"], r["name_kk"],
                                 r["source"]) for r in self.db.query("SELECT * FROM calendar_overrides ORDER BY day")]

    def set(self, override: CalendarOverride) -> None:
        """Declare a day working or not, citing its source (the decree that moved it)."""
        from datetime import datetime

        from kelisim.store.bodies import clean_text

        day = override.date.date() if isinstance(override.date, datetime) else override.date
        if not isinstance(day, date):
            raise StoreError("Укажите день (дату) календаря.", "Күнтізбенің күнін көрсетіңіз.", code="bad-date")
        if not isinstance(override.working, (bool, int)) or override.working not in (0, 1):
            raise StoreError("Укажите, рабочий это день или нерабочий.", "Бұл жұмыс күні ме, демалыс па, көрсетіңіз.",
                             code="bad-field")
        override = CalendarOverride(day, bool(override.working), clean_text("name", override.name_ru),
                                    clean_text("name", override.name_kk), clean_text("source", override.source))
        if not override.source.strip():
            raise StoreError("Укажите основание (постановление или приказ, которым перенесён день).",
                             "Негізін көрсетіңіз (күн ауыстырылған қаулы немесе бұйрық).", code="reason-required")
        if not 1991 <= override.date.year <= 2100:
            raise StoreError("Год вне 1991–2100.", "Жыл 1991–2100 аралығынан тыс.", code="bad-date")
        with self.db.transaction():
            self.db.execute("INSERT OR REPLACE INTO calendar_overrides (day, working, name_ru, name_kk, source) "
                            "VALUES (?,?,?,?,?)", (override.date.isoformat(), int(override.working),
                                                   override.name_ru, override.name_kk, override.source.strip()))
        self._calendar = None

    def remove(self, day: date) -> None:
        with self.db.transaction():
            self.db.execute("DELETE FROM calendar_overrides WHERE day = ?", (day.isoformat(),))
        self._calendar = None

    def calendar(self) -> WorkCalendar:
        """The working calendar with the user's days on top of the shipped data (rebuilt after a change)."""
        if self._calendar is None:  # read once (also when the user has no days of their own), again after a change
            days = self.list()
            if days:
                self._calendar = WorkCalendar(overrides=days)
            else:
                from kelisim.law.calendar import default_calendar

                self._calendar = default_calendar()
        return self._calendar

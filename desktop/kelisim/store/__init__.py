"""The local store: one SQLite database and one attachments folder in the data folder.

Only this package writes SQL. ``Store`` opens (and creates, migrates, checks and backs up) the database of a
data folder and gives the repositories: bodies, officials, cases, attachments.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from kelisim.store.bodies import Bodies, Body, Official, Officials
from kelisim.store.calendar import CalendarDays
from kelisim.store.cases import Case, Cases, Party
from kelisim.store.db import Database, StoreDamaged, StoreError, restore_latest_backup


class Store:
    """Everything the program keeps, for one data folder."""

    def __init__(self, home: Path | str | None = None, *, auto_backup: bool = True, today: date | None = None,
                 verify_on_open: bool = True, read_only: bool = False):
        """``verify_on_open=False`` (the program's window): the integrity check and the day's backup wait for
        ``verify()`` or the first write (see ``store.db``). The store holds the data folder's lock (``store.lock``):
        a second copy of the program is refused with ``FolderInUse``; ``read_only=True`` reads without the lock
        (beside another copy, or in a folder that may not be written) and refuses every write."""
        self.database = Database(Path(home) if home else None, auto_backup=auto_backup, today=today,
                                 verify_on_open=verify_on_open, read_only=read_only)
        self.home = self.database.home
        self.bodies = Bodies(self.database)
        self.officials = Officials(self.database)
        self.calendar_days = CalendarDays(self.database)
        self.cases = Cases(self.database, calendar=self.calendar_days.calendar)
        self._attachments = None

    @property
    def attachments(self):
        """The attachments folder's repository (``store.attachments``), made on first use: the register does not need
        it, and its module is not imported before the register is on screen."""
        if self._attachments is None:
            from kelisim.store.attachments import Attachments

            self._attachments = Attachments(self.database)
        return self._attachments

    def verify(self) -> None:
        """The integrity check, if it has not run yet (then the day's backup); ``StoreDamaged`` if the file fails."""
        self.database.verify()

    def run_check(self) -> str | None:
        """The integrity check on a connection of its own, for a background thread; give the result to
        ``accept_check`` on the store's thread (see ``store.db``)."""
        return self.database.run_check()

    def accept_check(self, problem: str | None, *, backup: bool = True) -> None:
        self.database.accept_check(problem, backup=backup)

    def run_daily_backup(self):
        """The day's backup on a connection of its own, for a background thread after ``accept_check(..., backup=False)``
        (see ``store.db``)."""
        return self.database.run_daily_backup()

    @property
    def verified(self) -> bool:
        return self.database.verified

    @property
    def read_only(self) -> bool:
        return self.database.read_only

    @property
    def notices(self) -> list:
        """What this start has to tell the lawyer about a killed earlier run (``store.recovery.Notice``: an interrupted
        restore completed or cancelled)."""
        return self.database.notices

    @property
    def closed(self) -> bool:
        """The store was closed (a data-folder switch or a restore under way): nothing may be read from it."""
        return self.database.closed

    def transaction(self):
        return self.database.transaction()

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


__all__ = ["Store", "StoreError", "StoreDamaged", "restore_latest_backup", "Body", "Official", "Case", "Party",
           "Bodies", "Officials", "Cases", "Attachments"]

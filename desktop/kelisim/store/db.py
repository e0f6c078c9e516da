"""Opening the data folder's database: pragmas, integrity check, migrations, daily backups, transactions.

The connection runs in autocommit mode and every write goes through ``Store.transaction()`` (BEGIN
IMMEDIATE … COMMIT), so a process killed in the middle of a write leaves the file as it was before the
write began. WAL journal, ``synchronous=FULL``, foreign keys on. Plain ``sqlite3`` (``sqlite-utils`` was used
only for ``execute`` and rows as dicts, and importing it cost ~140 ms of the program's start).

The integrity check (``PRAGMA quick_check``: it reads every page, 65 ms at 10,000 cases and growing with the file)
protects the lawyer from writing into a damaged file and from a damaged daily backup pushing out the good ones. By
default it runs when the file is opened (the command line, the tests, a restored or moved data folder). The program's
window opens with ``verify_on_open=False`` so the register appears first; then:

- opening still reads the file's header and schema (a file that is not a database, or whose schema is unreadable,
  raises ``StoreDamaged`` at once, as before);
- the window calls ``verify()`` right after the register's first paint; a failed check raises ``StoreDamaged`` and
  the window closes the store and offers the latest backup (``ui.store_damaged``), as a failed check at opening did;
- until the check has passed nothing is written: ``transaction()`` (every write, including a migration of an older
  file) runs the check first and refuses with ``StoreDamaged`` if it fails; the daily backup is taken only after a
  passing check (never a copy of a damaged file); ``close()`` skips ``PRAGMA optimize``;
- reads before the check are the only thing that may meet a damaged page: the store raises, the window checks the
  file and shows the same dialog.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import errno
import getpass
import os
import sqlite3
from pathlib import Path
from typing import Iterator

from kelisim.home import data_home
from kelisim.law import LawError
from kelisim.store.schema import MIGRATIONS, SCHEMA_VERSION

DB_NAME = "kelisim.db"
SUBFOLDERS = ("attachments", "documents", "backups", "templates")
DAILY_BACKUPS_KEPT = 14
BUSY_TIMEOUT_MS = 5000


class StoreError(LawError):
    """A store operation refused, with a message a lawyer can act on (Russian and Kazakh)."""


class StoreDamaged(StoreError):
    """The database file failed its integrity check; ``backup`` is the latest daily backup, if any."""

    def __init__(self, message_ru: str, message_kk: str, *, path: Path, backup: Path | None, code: str = "damaged"):
        super().__init__(message_ru, message_kk, code=code)
        self.path = path
        self.backup = backup


def shown(value, limit: int = 60) -> str:
    """A value the user typed, fit to be quoted in a one-line message: control characters escaped, long text cut."""
    text = value if isinstance(value, str) else repr(value)
    text = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def now_iso() -> str:
    return _dt.datetime.now().astimezone().isoformat(timespec="seconds")


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some systems; the history still records the event
        return "?"


def disk_error(exc: OSError, what_ru: str, what_kk: str) -> StoreError:
    """A clear message for a write that the operating system refused."""
    if exc.errno == errno.ENOSPC:
        return StoreError(f"Не хватает места на диске: {what_ru} не выполнено. Освободите место и повторите; "
                          f"данные не изменены.",
                          f"Дискіде орын жеткіліксіз: {what_kk} орындалмады. Орын босатып, қайталаңыз; деректер "
                          f"өзгерген жоқ.", code="disk-full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StoreError(f"Нет права записи в папку данных: {what_ru} не выполнено ({exc.filename or exc}). "
                          f"Проверьте права на папку или выберите другую (KELISIM_HOME).",
                          f"Деректер қалтасына жазу құқығы жоқ: {what_kk} орындалмады ({exc.filename or exc}). "
                          f"Қалтаға құқықтарды тексеріңіз немесе басқасын таңдаңыз (KELISIM_HOME).",
                          code="read-only")
    return StoreError(f"Ошибка записи: {what_ru} не выполнено ({exc}).",
                      f"Жазу қатесі: {what_kk} орындалмады ({exc}).", code="io-error")


def latest_backup(home: Path) -> Path | None:
    backups = sorted((home / "backups").glob("kelisim-*.db"))
    return backups[-1] if backups else None


def _damaged(path: Path, home: Path, detail: str) -> StoreDamaged:
    backup = latest_backup(home)
    offer_ru = (f" Можно восстановить последнюю резервную копию ({backup.name}); текущий файл будет сохранён рядом."
                if backup else " Резервных копий нет: обратитесь к администратору, файл не удаляйте.")
    offer_kk = (f" Соңғы сақтық көшірмені ({backup.name}) қалпына келтіруге болады; ағымдағы файл қасында "
                f"сақталады." if backup else " Сақтық көшірмелер жоқ: әкімшіге хабарласыңыз, файлды жоймаңыз.")
    return StoreDamaged(f"База данных Kelisim повреждена ({path}): {detail}.{offer_ru}",
                        f"Kelisim дерекқоры зақымдалған ({path}): {detail}.{offer_kk}", path=path, backup=backup)


class Database:
    """The SQLite file of one data folder."""

    def __init__(self, home: Path | None = None, *, auto_backup: bool = True, today: _dt.date | None = None,
                 verify_on_open: bool = True):
        self.home = Path(home) if home else data_home()
        self.path = self.home / DB_NAME
        try:
            for sub in ("", *SUBFOLDERS):
                (self.home / sub).mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(OSError):
                os.chmod(self.home, 0o700)  # personal data: readable by its owner only, where the platform allows
        except OSError as exc:
            raise disk_error(exc, "создание папки данных", "деректер қалтасын құру") from exc
        self.verified = False  # the integrity check has passed (see the module's notes)
        self.damaged: StoreDamaged | None = None  # the check failed: nothing is ever written
        self._depth = 0
        self._backup_day = (today or _dt.date.today()) if auto_backup else None  # taken once the check passes
        self.conn = self._connect()
        try:
            if verify_on_open:
                self.verify()
            self.migrate()
        except BaseException:
            self.conn.close()
            raise

    def verify(self) -> None:
        """Run the integrity check once (then the day's backup); ``StoreDamaged`` when the file fails it."""
        if self.damaged is not None:
            raise self.damaged
        if not self.verified:
            self.accept_check(_quick_check(self.conn))

    def run_check(self) -> str | None:
        """The integrity check on a read-only connection of its own, for a background thread (it touches nothing of
        this object): None when the file passed, else what is wrong. Hand the result to ``accept_check``; if this
        raises (the file could not be opened a second time), call ``verify()`` instead."""
        return check_database_file(self.path)

    def accept_check(self, problem: str | None) -> None:
        """Record the integrity check's outcome (on the store's own thread): a pass allows writes and takes the day's
        backup; a failure raises ``StoreDamaged`` now and on every later write."""
        if self.damaged is not None:
            raise self.damaged
        if self.verified:
            return
        if problem is not None:
            self.damaged = _damaged(self.path, self.home, f"проверка целостности: {problem}")
            raise self.damaged
        self.verified = True
        if self._backup_day is not None:
            with contextlib.suppress(StoreError):  # a failed daily backup must not stop the lawyer's work
                self.daily_backup(self._backup_day)

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                                   check_same_thread=False)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"Не удалось открыть базу данных {self.path}: {exc}.",
                             f"{self.path} дерекқорын ашу мүмкін болмады: {exc}.", code="cannot-open") from exc
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the header and the schema (cheap)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils set it (no trigger of ours recurses)
            # SQLite's lower() knows only ASCII: Cyrillic and Kazakh letters need Python's casefold.
            conn.create_function("casefold", 1, lambda s: s.casefold() if isinstance(s, str) else s,
                                 deterministic=True)
        except sqlite3.DatabaseError as exc:
            conn.close()
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise StoreError("База данных занята другой копией программы. Закройте её и повторите.",
                                 "Дерекқорды бағдарламаның басқа данасы пайдаланып жатыр. Оны жауып, қайталаңыз.",
                                 code="busy") from exc
            raise _damaged(self.path, self.home, str(exc)) from exc
        return conn

    # ------------------------------------------------------------------ schema
    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        current = self.version
        if current > SCHEMA_VERSION:
            raise StoreError(f"База данных создана более новой версией Kelisim (схема {current}, эта версия "
                             f"знает {SCHEMA_VERSION}). Обновите программу; данные не изменены.",
                             f"Дерекқорды Kelisim-нің жаңа нұсқасы құрған (схема {current}, бұл нұсқа "
                             f"{SCHEMA_VERSION} біледі). Бағдарламаны жаңартыңыз; деректер өзгерген жоқ.",
                             code="newer-schema")
        for number in range(current, SCHEMA_VERSION):
            try:
                with self.transaction():
                    for statement in _statements(MIGRATIONS[number]):
                        self.conn.execute(statement)
                    self.conn.execute(f"PRAGMA user_version = {number + 1}")
            except OSError as exc:
                raise disk_error(exc, "обновление базы данных", "дерекқорды жаңарту") from exc

    # ------------------------------------------------------------------ transactions
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write; nested calls join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        self.verify()  # never write into a file that has not passed (or has failed) the integrity check
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError("База данных занята другой копией программы; повторите через несколько секунд.",
                             "Дерекқорды бағдарламаның басқа данасы пайдаланып жатыр; бірнеше секундтан кейін "
                             "қайталаңыз.", code="busy") from exc
        self._depth = 1
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError) and "disk" in str(exc).lower() and "full" in str(exc):
                raise disk_error(OSError(errno.ENOSPC, str(exc)), "запись в базу данных",
                                 "дерекқорға жазу") from exc
            raise
        finally:
            self._depth = 0

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params=()) -> Iterator[dict]:
        """The rows of a SELECT as dicts (column name → value); the statement runs at once, rows are read lazily."""
        cursor = self.conn.execute(sql, params)
        keys = [d[0] for d in cursor.description or ()]
        return (dict(zip(keys, row)) for row in cursor)

    def one(self, sql: str, params=()) -> dict | None:
        cursor = self.conn.execute(sql, params)
        row = cursor.fetchone()
        return None if row is None else dict(zip([d[0] for d in cursor.description], row))

    # ------------------------------------------------------------------ backups
    def daily_backup(self, today: _dt.date) -> Path | None:
        """A copy of the database through SQLite's online backup API, at most once a day; the last 14 kept."""
        folder = self.home / "backups"
        target = folder / f"kelisim-{today.isoformat()}.db"
        if target.exists():
            return None
        self.backup_database(target)
        for old in sorted(folder.glob("kelisim-*.db"))[:-DAILY_BACKUPS_KEPT]:
            with contextlib.suppress(OSError):
                old.unlink()
        return target

    def backup_database(self, target: Path) -> Path:
        """A consistent copy of the live database at ``target`` (written aside, then renamed)."""
        tmp = target.with_name(target.name + ".part")
        try:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            dest = sqlite3.connect(tmp)
            try:
                self.conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
            with open(tmp, "rb") as f:
                os.fsync(f.fileno())
            os.replace(tmp, target)
        except (OSError, sqlite3.OperationalError) as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            err = exc if isinstance(exc, OSError) else OSError(errno.ENOSPC if "full" in str(exc) else errno.EIO,
                                                               str(exc))
            raise disk_error(err, "резервное копирование", "сақтық көшірме жасау") from exc
        return target

    def close(self) -> None:
        if self.verified:  # PRAGMA optimize may write (ANALYZE): not into a file that has not passed its check
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
        self.conn.close()


def _quick_check(conn: sqlite3.Connection, pragma: str = "quick_check") -> str | None:
    """``PRAGMA quick_check`` (or ``integrity_check``): None when the file is sound, else the first problems it
    names."""
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:  # a page so damaged that the check itself stops
        return str(exc)
    return None if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])


def check_database_file(path: Path, *, full: bool = False) -> str | None:
    """Check a database file on a read-only connection of its own (a backup, a restored or moved copy): None when it
    is sound, else what is wrong. ``full``: ``integrity_check`` (also indexes against tables), else ``quick_check``."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                           check_same_thread=False)  # an error here (cannot open at all) is the caller's to handle
    try:
        return _quick_check(conn, "integrity_check" if full else "quick_check")
    finally:
        conn.close()


def _statements(script: str) -> list[str]:
    """Split a migration into statements (triggers contain semicolons: sqlite3.complete_statement decides)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def restore_latest_backup(home: Path | None = None, backup: Path | None = None) -> Path:
    """Put the latest (or the given) daily backup in place of a damaged database; the damaged file is kept
    beside it as ``kelisim.db.damaged-<time>``. Returns the path the damaged file was moved to."""
    home = Path(home) if home else data_home()
    backup = backup or latest_backup(home)
    if backup is None:
        raise StoreError("Резервных копий нет.", "Сақтық көшірмелер жоқ.", code="no-backup")
    if check_database_file(backup) is not None:
        raise StoreError(f"Резервная копия {backup.name} тоже повреждена; выберите другую.",
                         f"{backup.name} сақтық көшірмесі де зақымдалған; басқасын таңдаңыз.", code="backup-damaged")
    path = home / DB_NAME
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = home / f"{DB_NAME}.damaged-{stamp}"
    try:
        tmp = home / f"{DB_NAME}.restoring"
        with open(backup, "rb") as src, open(tmp, "wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        if path.exists():
            os.replace(path, aside)
        for suffix in ("-wal", "-shm"):
            side = home / (DB_NAME + suffix)
            if side.exists():
                os.replace(side, home / f"{DB_NAME}.damaged-{stamp}{suffix}")
        os.replace(tmp, path)
    except OSError as exc:
        raise disk_error(exc, "восстановление из резервной копии", "сақтық көшірмеден қалпына келтіру") from exc
    return aside

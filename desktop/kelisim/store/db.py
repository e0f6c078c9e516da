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
import os
import sqlite3
from pathlib import Path
from typing import Iterator

from kelisim.home import data_home, make_private
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
    import getpass  # here: it imports termios, not needed before the first write

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
                 verify_on_open: bool = True, read_only: bool = False):
        """``read_only``: read the folder without taking its lock (another copy of the program may have it open, or
        the folder may not be writable): nothing is created, migrated, backed up or written (``transaction()``
        refuses with ``read-only``)."""
        self.home = Path(home) if home else data_home()
        self.path = self.home / DB_NAME
        self.read_only = read_only
        self.verified = False  # the integrity check has passed (see the module's notes)
        self.damaged: StoreDamaged | None = None  # the check failed: nothing is ever written
        self.notices: list = []  # what the start has to tell the lawyer (store.recovery.Notice)
        self._closed = False
        self._depth = 0
        self._undo: list = []  # what to undo on disk if the transaction under way (or the next one) rolls back
        self._backup_day = (today or _dt.date.today()) if auto_backup and not read_only else None
        self._lock = None
        if read_only:
            self.conn = self._connect_read_only()
        else:
            self._open_folder()
            try:
                self.conn = self._connect()
            except BaseException:
                self._lock.release()
                raise
        try:
            if verify_on_open:
                self.verify()
            self.migrate()
        except BaseException:
            self.conn.close()
            if self._lock is not None:
                self._lock.release()
            raise

    def _open_folder(self) -> None:
        """Create the data folder, take its lock (``store.lock``: one writing copy of the program per folder), and, as
        the first holder, clean up after a killed run (``store.recovery``); refuse a zero-length database file that
        replaced a register (``StoreDamaged``)."""
        from kelisim.store.lock import lock_folder
        from kelisim.store.recovery import sweep

        self._refuse_missing_recorded_folder()
        try:
            self.home.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(OSError):  # personal data: readable by its owner only, where the platform allows
                mode = self.home.stat().st_mode & 0o777  # (never adding a right the owner took away: a read-only
                if mode & 0o077:  # folder stays read-only)
                    os.chmod(self.home, mode & 0o700)
        except OSError as exc:
            raise disk_error(exc, "создание папки данных", "деректер қалтасын құру") from exc
        self._lock = lock_folder(self.home)
        try:
            if self._lock.first:
                self.notices = sweep(self.home, thorough=self._lock.unclean)
            for sub in SUBFOLDERS:
                (self.home / sub).mkdir(exist_ok=True)
                make_private(self.home / sub)  # personal data: its owner only (kelisim.home)
            self._refuse_emptied_file()
        except OSError as exc:
            self._lock.release()
            raise disk_error(exc, "открытие папки данных", "деректер қалтасын ашу") from exc
        except BaseException:
            self._lock.release()
            raise

    def _refuse_missing_recorded_folder(self) -> None:
        """The folder Settings moved the data to (``location.json``) is gone: an unplugged drive, a network folder not
        connected. Creating it empty would show an empty register and let new cases go where the lawyer will not find
        them again: say so instead; nothing is created."""
        from kelisim.home import home_from_environment, location_file, recorded_location

        if self.home.exists() or home_from_environment() is not None or recorded_location() != self.home:
            return
        raise StoreError(
            f"Папка данных {self.home}, выбранная в настройках Kelisim, недоступна: диск отключён или сетевая папка не "
            f"подключена. Подключите её и откройте программу снова — данные в ней не тронуты. Если папку перенесли "
            f"сами, верните её на место; чтобы вернуться к папке по умолчанию, удалите файл {location_file()}.",
            f"Kelisim баптауларында таңдалған {self.home} деректер қалтасы қолжетімсіз: диск ажыратылған немесе желілік "
            f"қалта қосылмаған. Оны қосып, бағдарламаны қайта ашыңыз — ондағы деректер өзгермеген. Қалтаны өзіңіз "
            f"көшірсеңіз, орнына қайтарыңыз; әдепкі қалтаға оралу үшін {location_file()} файлын жойыңыз.",
            code="folder-missing")

    def _refuse_emptied_file(self) -> None:
        """A zero-length database file is a new one (a first start killed before its first write) unless the folder
        has held a register: attachments, or a daily backup with tables. Then it is damage (the file was emptied),
        never a fresh start that would show an empty register over the lawyer's data."""
        try:
            if self.path.stat().st_size:
                return
        except FileNotFoundError:
            return
        wal = self.home / (DB_NAME + "-wal")
        if wal.exists() and wal.stat().st_size:
            return  # a new database whose first writes are still in its journal
        with os.scandir(self.home / "attachments") as entries:
            held = any(e.is_dir() for e in entries)
        for backup in sorted((self.home / "backups").glob("kelisim-*.db"), reverse=True)[:3]:
            with contextlib.suppress(sqlite3.Error, OSError):
                conn = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
                try:
                    held = held or conn.execute("PRAGMA user_version").fetchone()[0] > 0
                finally:
                    conn.close()
        if held:
            raise _damaged(self.path, self.home, "файл базы данных пуст (0 байт)")

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

    def accept_check(self, problem: str | None, *, backup: bool = True) -> None:
        """Record the integrity check's outcome (on the store's own thread): a pass allows writes and takes the day's
        backup (``backup=False``: the caller takes it with ``run_daily_backup`` on a thread of its own); a failure
        raises ``StoreDamaged`` now and on every later write."""
        if self.damaged is not None:
            raise self.damaged
        if self.verified:
            return
        if problem is not None:
            self.damaged = _damaged(self.path, self.home, f"проверка целостности: {problem}")
            raise self.damaged
        self.verified = True
        if backup and self._backup_day is not None:
            with contextlib.suppress(StoreError):  # a failed daily backup must not stop the lawyer's work
                self.daily_backup(self._backup_day)

    def run_daily_backup(self) -> Path | None:
        """The day's backup on a read-only connection of its own, for a background thread once the check has passed
        (a large register takes seconds to copy: never on the window's thread). None when there is nothing to do;
        ``StoreError`` when the copy failed (the lawyer's work goes on)."""
        if self._backup_day is None or not self.verified or self.damaged is not None:
            return None
        try:
            source = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                     timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as exc:
            raise disk_error(OSError(errno.EIO, str(exc)), "резервное копирование", "сақтық көшірме жасау") from exc
        try:
            return self.daily_backup(self._backup_day, source=source)
        finally:
            source.close()

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                                   check_same_thread=False)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"Не удалось открыть базу данных {self.path}: {exc}.",
                             f"{self.path} дерекқорын ашу мүмкін болмады: {exc}.", code="cannot-open") from exc
        for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"):  # SQLite gives its journals the file's mode
            if name == DB_NAME or (self.home / name).exists():
                make_private(self.home / name)
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
            if isinstance(exc, sqlite3.OperationalError) and _cannot_write(exc, self.home, self.path):
                raise disk_error(PermissionError(errno.EACCES, str(exc), str(self.home)), "открытие базы данных",
                                 "дерекқорды ашу") from exc
            if isinstance(exc, sqlite3.OperationalError) and "disk" in str(exc) and "full" in str(exc):
                raise disk_error(OSError(errno.ENOSPC, str(exc)), "открытие базы данных", "дерекқорды ашу") from exc
            raise _damaged(self.path, self.home, str(exc)) from exc
        return conn

    def _connect_read_only(self) -> sqlite3.Connection:
        """A connection that can only read (``read_only``): beside a copy of the program that writes (WAL), or in a
        folder nobody may write (then the file cannot change: SQLite is told so, as it cannot keep its shared-memory
        file there)."""
        if not self.path.is_file():
            raise StoreError(f"В папке данных {self.home} ещё нет базы данных Kelisim: читать нечего.",
                             f"{self.home} деректер қалтасында Kelisim дерекқоры әлі жоқ: оқитын ештеңе жоқ.",
                             code="no-database")
        uri = self.path.resolve().as_uri()
        conn = None
        for query in ("?mode=ro", "?mode=ro&immutable=1"):
            try:
                conn = sqlite3.connect(uri + query, uri=True, isolation_level=None,
                                       timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                break
            except sqlite3.OperationalError as exc:
                if conn is not None:
                    conn.close()
                    conn = None
                if query.endswith("immutable=1") or os.access(self.home, os.W_OK):
                    raise StoreError(f"Не удалось открыть базу данных {self.path} для чтения: {exc}.",
                                     f"{self.path} дерекқорын оқуға ашу мүмкін болмады: {exc}.",
                                     code="cannot-open") from exc
            except sqlite3.DatabaseError as exc:
                if conn is not None:
                    conn.close()
                raise _damaged(self.path, self.home, str(exc)) from exc
        conn.execute("PRAGMA foreign_keys = ON")
        conn.create_function("casefold", 1, lambda s: s.casefold() if isinstance(s, str) else s, deterministic=True)
        return conn

    # ------------------------------------------------------------------ schema
    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        current = self.version
        if self.read_only and current < SCHEMA_VERSION:
            raise _read_only_error(self.home, "обновление базы данных до этой версии программы",
                                   "дерекқорды бағдарламаның осы нұсқасына жаңарту")
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
    def on_rollback(self, undo) -> None:
        """``undo()`` is called if the transaction under way, or the next one to begin, is rolled back (a file written
        for a row that is never recorded is removed again); forgotten once that transaction commits."""
        self._undo.append(undo)

    def _rolled_back(self) -> None:
        undo, self._undo = self._undo, []
        for step in reversed(undo):
            with contextlib.suppress(OSError, sqlite3.Error):
                step()

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
        try:
            if self.read_only:
                raise _read_only_error(self.home, "изменение данных", "деректерді өзгерту")
            self.verify()  # never write into a file that has not passed (or has failed) the integrity check
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise StoreError("База данных занята другой копией программы; повторите через несколько секунд.",
                                 "Дерекқорды бағдарламаның басқа данасы пайдаланып жатыр; бірнеше секундтан кейін "
                                 "қайталаңыз.", code="busy") from exc
        except BaseException:
            self._rolled_back()
            raise
        self._depth = 1
        try:
            yield self.conn
            self.conn.execute("COMMIT")
            self._undo = []
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            self._rolled_back()
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
    def record_event(self, case_id: int, action: str, field_name: str = "", old=None, new=None,
                     reason: str = "") -> None:
        """One line of a case's append-only history (inside the caller's transaction)."""
        self.execute("INSERT INTO events (case_id, at, user, action, field, old, new, reason) VALUES (?,?,?,?,?,?,?,?)",
                     (case_id, now_iso(), os_user(), action, field_name, None if old is None else str(old),
                      None if new is None else str(new), reason or ""))

    def daily_backup(self, today: _dt.date, *, source: sqlite3.Connection | None = None) -> Path | None:
        """A copy of the database through SQLite's online backup API, at most once a day; the last 14 kept."""
        folder = self.home / "backups"
        target = folder / f"kelisim-{today.isoformat()}.db"
        if target.exists():
            return None
        self.backup_database(target, source=source)
        for old in sorted(folder.glob("kelisim-*.db"))[:-DAILY_BACKUPS_KEPT]:
            with contextlib.suppress(OSError):
                old.unlink()
        return target

    def backup_database(self, target: Path, *, source: sqlite3.Connection | None = None) -> Path:
        """A consistent copy of the live database at ``target`` (written aside, then renamed), read through ``source``
        (a connection of the calling thread) or the store's own connection."""
        tmp = target.with_name(target.name + ".part")
        try:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            dest = sqlite3.connect(tmp)
            try:
                (source or self.conn).backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
            with open(tmp, "rb") as f:
                os.fsync(f.fileno())
            make_private(tmp)
            os.replace(tmp, target)
        except (OSError, sqlite3.OperationalError) as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            err = exc if isinstance(exc, OSError) else OSError(errno.ENOSPC if "full" in str(exc) else errno.EIO,
                                                               str(exc))
            raise disk_error(err, "резервное копирование", "сақтық көшірме жасау") from exc
        return target

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        self._closed = True
        if self.verified and not self.read_only:  # PRAGMA optimize may write (ANALYZE): not into an unchecked file
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
        self.conn.close()
        if self._lock is not None:
            self._lock.release()


def _cannot_write(exc: sqlite3.OperationalError, home: Path, path: Path) -> bool:
    """SQLite could not open or write the file because the folder or the file may not be written (a read-only
    folder, a read-only disk), not because the file is damaged."""
    text = str(exc).lower()
    if "readonly" not in text and "read-only" not in text and "unable to open" not in text:
        return False
    return not os.access(home, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)) or "readonly" in text


def _read_only_error(home: Path, what_ru: str, what_kk: str) -> StoreError:
    return StoreError(f"Данные открыты только для чтения: {what_ru} невозможно. Kelisim открыт с этой папкой данных "
                      f"в другом окне или на папку {home} нет права записи; закройте другую копию программы или "
                      f"проверьте права на папку.",
                      f"Деректер тек оқу үшін ашылған: {what_kk} мүмкін емес. Kelisim осы деректер қалтасымен басқа "
                      f"терезеде ашық немесе {home} қалтасына жазу құқығы жоқ; бағдарламаның басқа данасын жабыңыз "
                      f"немесе қалтаға құқықтарды тексеріңіз.", code="read-only")


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
    beside it as ``kelisim.db.damaged-<time>``. Returns the path the damaged file was moved to.

    At every moment ``kelisim.db`` is either the damaged file or the restored copy (the damaged file is kept aside by a
    second name, a hard link, before the copy replaces it in one rename), so a kill never leaves the folder without a
    database for the next start to mistake for a first start. The folder's lock is held meanwhile."""
    from kelisim.store.lock import lock_folder

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
    with lock_folder(home):
        tmp = home / f"{DB_NAME}.restoring"
        try:
            with open(backup, "rb") as src, open(tmp, "wb") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
                dst.flush()
                os.fsync(dst.fileno())
            make_private(tmp)
            for suffix in ("-wal", "-shm"):  # the damaged file's journal goes with it, never onto the copy
                side = home / (DB_NAME + suffix)
                if side.exists():
                    os.replace(side, home / f"{DB_NAME}.damaged-{stamp}{suffix}")
            if path.exists():
                try:
                    os.link(path, aside)
                except OSError:  # no hard links on this disk: a copy keeps the damaged file aside
                    import shutil

                    shutil.copyfile(path, aside)
            os.replace(tmp, path)
            _fsync_home(home)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise disk_error(exc, "восстановление из резервной копии", "сақтық көшірмеден қалпына келтіру") from exc
    return aside


def _fsync_home(home: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(home, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

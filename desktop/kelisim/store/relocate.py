"""Moving the data folder (Settings → Data folder → "Move…"): copy everything, verify, then record the new place.

``move_data_folder(source, target)``:
1. the target must be an empty folder (or one that does not exist yet), outside the data folder, writable, on a
   disk with room for all of it;
2. every file is copied (``shutil.copyfile``), except the live database, which is copied through SQLite's online
   backup API (a consistent copy of a WAL database, never a raw copy of a file being written);
3. verification: every copied file's SHA-256 equals its source's, and the copied database passes
   ``PRAGMA integrity_check`` with the same schema version;
4. the new place is recorded (``kelisim.home.record_location``: ``data_home()`` returns it from now on) and a
   README left in the old folder says where the data went. The old folder is otherwise left as it was.

Any failure (target not empty, no space, no right to write, a difference found, cancelled) raises a ``StoreError``
with a message in Russian and Kazakh, removes what was copied, and records nothing: the program keeps working with
the old folder. ``progress(done_bytes, total_bytes, name)`` is called as the work goes; ``cancelled()`` is asked
between files. Both may be called from a worker thread: nothing here touches the caller's connection.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import errno
import hashlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from kelisim.home import LOCATION_FILE, record_location
from kelisim.store.db import DB_NAME, StoreError, check_database_file

README_NAME = "README-KELISIM-MOVED.txt"
# Not copied as files: the live database and its companions (the database goes through the backup API), the pointer
# file of the default folder, and a README of an earlier move.
SKIPPED = {DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal", LOCATION_FILE, README_NAME}
SPACE_MARGIN = 16 << 20  # keep this much free beyond the data itself
CHUNK = 1 << 20

Progress = Callable[[int, int, str], None]


class MoveCancelled(StoreError):
    """The user stopped the move; nothing was changed."""


@dataclass(frozen=True)
class MoveReport:
    source: Path
    target: Path
    files: int  # files copied and verified, the database included
    bytes: int
    created: bool = False  # the move created the target folder


def _size(n: int) -> str:
    return f"{n / (1 << 20):.1f} MB" if n >= 1 << 20 else f"{max(1, n // 1024)} KB"


def _error(exc: BaseException, target: Path) -> StoreError:
    """What went wrong while writing to ``target``, in words a lawyer can act on."""
    code = getattr(exc, "errno", None)
    if isinstance(exc, sqlite3.Error) and "full" in str(exc).lower():
        code = errno.ENOSPC
    if code == errno.ENOSPC:
        return StoreError(f"На диске папки «{target}» не хватает места. Данные не перенесены: программа работает с "
                          f"прежней папкой. Освободите место или выберите другой диск.",
                          f"«{target}» қалтасының дискісінде орын жеткіліксіз. Деректер көшірілмеді: бағдарлама "
                          f"бұрынғы қалтамен жұмыс істейді. Орын босатыңыз немесе басқа дискіні таңдаңыз.",
                          code="disk-full")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StoreError(f"Нет права записи в папку «{target}». Данные не перенесены: выберите другую папку.",
                          f"«{target}» қалтасына жазу құқығы жоқ. Деректер көшірілмеді: басқа қалтаны таңдаңыз.",
                          code="read-only")
    return StoreError(f"Не удалось скопировать данные в «{target}» ({exc}). Данные не перенесены: программа работает "
                      f"с прежней папкой.",
                      f"Деректерді «{target}» қалтасына көшіру мүмкін болмады ({exc}). Деректер көшірілмеді: "
                      f"бағдарлама бұрынғы қалтамен жұмыс істейді.", code="io-error")


def check_target(source: Path, target: Path) -> None:
    """Refuse a target that is the data folder, inside it, a file, or a folder with something in it."""
    src, dst = Path(source).resolve(), Path(target).resolve()
    if dst == src or src in dst.parents:
        raise StoreError(f"Папка «{target}» находится внутри папки данных. Выберите пустую папку в другом месте.",
                         f"«{target}» қалтасы деректер қалтасының ішінде. Басқа жерден бос қалтаны таңдаңыз.",
                         code="target-inside")
    if dst.exists() and not dst.is_dir():
        raise StoreError(f"«{target}» — это файл, а не папка. Выберите пустую папку.",
                         f"«{target}» — қалта емес, файл. Бос қалтаны таңдаңыз.", code="target-not-folder")
    if dst.is_dir() and any(dst.iterdir()):
        raise StoreError(f"Папка «{target}» не пуста. Выберите пустую папку (или создайте новую): данные переносятся "
                         f"только в пустую папку, чтобы ничего не смешать и не перезаписать.",
                         f"«{target}» қалтасы бос емес. Бос қалтаны таңдаңыз (немесе жаңасын құрыңыз): деректер "
                         f"ештеңе араласпауы және қайта жазылмауы үшін тек бос қалтаға көшіріледі.",
                         code="target-not-empty")


def _files(source: Path) -> list[Path]:
    """Every file to copy, relative to the data folder, in a stable order."""
    out = []
    for folder, dirs, names in os.walk(source):
        dirs.sort()
        rel = Path(folder).relative_to(source)
        for name in sorted(names):
            if rel == Path(".") and name in SKIPPED:
                continue
            if (Path(folder) / name).is_file():
                out.append(rel / name)
    return out


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _copy_database(source_db: Path, target_db: Path, step: Callable[[int], None]) -> None:
    src = sqlite3.connect(source_db, timeout=5)
    try:
        dst = sqlite3.connect(target_db)
        try:
            src.backup(dst, pages=256, progress=lambda _status, remaining, total: step(total - remaining))
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    with open(target_db, "rb+") as f:
        os.fsync(f.fileno())


def _user_version(db: Path) -> int | None:
    conn = sqlite3.connect(f"{Path(db).resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()


def _verify_database(source_db: Path, target_db: Path) -> None:
    problem = check_database_file(target_db, full=True)
    version, expected = (_user_version(db) for db in (target_db, source_db))
    if problem is not None or version != expected:
        detail = problem or f"schema {version} ≠ {expected}"
        raise StoreError(f"Копия базы данных не прошла проверку целостности ({detail}). Данные не перенесены: "
                         f"программа работает с прежней папкой.",
                         f"Дерекқор көшірмесі тұтастық тексеруінен өтпеді ({detail}). Деректер көшірілмеді: "
                         f"бағдарлама бұрынғы қалтамен жұмыс істейді.", code="verify-failed")


def _clean(target: Path, created: bool) -> None:
    """Remove what the move wrote: the whole folder when the move created it, else its contents (it was empty)."""
    if created:
        shutil.rmtree(target, ignore_errors=True)
        return
    with contextlib.suppress(OSError):
        for child in target.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    child.unlink()


def copy_data_folder(source: Path | str, target: Path | str, *, progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> MoveReport:
    """Copy the data folder into the empty folder ``target`` and verify the copy (steps 1–3 above); on failure
    nothing is left in ``target``."""
    source, target = Path(source), Path(target)
    check_target(source, target)
    files = _files(source)
    source_db = source / DB_NAME
    db_size = source_db.stat().st_size if source_db.exists() else 0
    total = sum((source / f).stat().st_size for f in files) + db_size
    report = progress or (lambda *_: None)
    stop = cancelled or (lambda: False)
    created = not target.exists()
    try:
        target.mkdir(parents=True, exist_ok=True)
        probe = target / ".kelisim-probe"
        probe.write_bytes(b"")
        probe.unlink()
        free = shutil.disk_usage(target).free
        if free < total + SPACE_MARGIN:
            raise OSError(errno.ENOSPC, f"{_size(total)} needed, {_size(free)} free", str(target))
    except OSError as exc:
        if created:
            _clean(target, True)
        raise _error(exc, target) from exc
    try:
        done = 0
        report(0, total, "")
        if db_size:
            page_size = 4096
            with contextlib.suppress(sqlite3.Error):
                probe_conn = sqlite3.connect(source_db, timeout=5)
                try:
                    page_size = probe_conn.execute("PRAGMA page_size").fetchone()[0]
                finally:
                    probe_conn.close()
            _copy_database(source_db, target / DB_NAME,
                           lambda pages: report(min(pages * page_size, db_size), total, DB_NAME))
            done = db_size
        for rel in files:
            if stop():
                raise MoveCancelled("Перенос данных прерван; ничего не изменено.",
                                    "Деректерді көшіру тоқтатылды; ештеңе өзгерген жоқ.", code="cancelled")
            dst = target / rel
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source / rel, dst)
            with contextlib.suppress(OSError):
                shutil.copystat(source / rel, dst)
            done += (source / rel).stat().st_size
            report(done, total, rel.as_posix())
        for folder in sorted({p for p in source.rglob("*") if p.is_dir()}):  # empty sub-folders too
            (target / folder.relative_to(source)).mkdir(parents=True, exist_ok=True)
        # Verification: bytes equal, database sound.
        for rel in files:
            if stop():
                raise MoveCancelled("Перенос данных прерван; ничего не изменено.",
                                    "Деректерді көшіру тоқтатылды; ештеңе өзгерген жоқ.", code="cancelled")
            if sha256(source / rel) != sha256(target / rel):
                raise StoreError(f"Копия файла «{rel.as_posix()}» отличается от оригинала (SHA-256). Данные не "
                                 f"перенесены: программа работает с прежней папкой. Проверьте диск «{target}».",
                                 f"«{rel.as_posix()}» файлының көшірмесі түпнұсқадан өзгеше (SHA-256). Деректер "
                                 f"көшірілмеді: бағдарлама бұрынғы қалтамен жұмыс істейді. «{target}» дискісін "
                                 f"тексеріңіз.", code="verify-failed")
        if db_size:
            _verify_database(source_db, target / DB_NAME)
    except StoreError:
        _clean(target, created)
        raise
    except (OSError, sqlite3.Error) as exc:
        _clean(target, created)
        raise _error(exc, target) from exc
    except BaseException:
        _clean(target, created)
        raise
    report(total, total, "")
    return MoveReport(source, target, len(files) + (1 if db_size else 0), total, created)


def readme_text(target: Path, when: _dt.datetime) -> str:
    stamp = when.strftime("%d.%m.%Y %H:%M")
    return (f"Данные Kelisim перенесены {stamp} в папку:\n    {target}\n"
            f"Программа работает с новой папкой. Эта папка оставлена без изменений, как копия на момент переноса;\n"
            f"её можно удалить, убедившись, что в новой папке всё на месте.\n\n"
            f"Kelisim деректері {stamp} мына қалтаға көшірілді:\n    {target}\n"
            f"Бағдарлама жаңа қалтамен жұмыс істейді. Бұл қалта көшіру сәтіндегі көшірме ретінде өзгеріссіз қалдырылды;\n"
            f"жаңа қалтада бәрі орнында екенін тексеріп, оны жоюға болады.\n\n"
            f"Kelisim data moved on {when.isoformat(timespec='seconds')} to:\n    {target}\n")


def move_data_folder(source: Path | str, target: Path | str, *, progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> MoveReport:
    """Copy and verify (``copy_data_folder``), then record ``target`` as the data folder and leave a README in the
    old one. Nothing is recorded when anything fails."""
    report = copy_data_folder(source, target, progress=progress, cancelled=cancelled)
    target = Path(target).resolve()
    try:
        record_location(target)
    except OSError as exc:
        _clean(target, report.created)
        raise StoreError(f"Не удалось записать новое место папки данных ({exc}). Данные не перенесены: программа "
                         f"работает с прежней папкой.",
                         f"Деректер қалтасының жаңа орнын жазу мүмкін болмады ({exc}). Деректер көшірілмеді: "
                         f"бағдарлама бұрынғы қалтамен жұмыс істейді.", code="io-error") from exc
    with contextlib.suppress(OSError):  # a note for whoever looks in the old folder; the move stands without it
        (Path(source) / README_NAME).write_text(readme_text(target, _dt.datetime.now()), encoding="utf-8")
    return MoveReport(report.source, target, report.files, report.bytes, report.created)


__all__ = ["MoveReport", "MoveCancelled", "check_target", "copy_data_folder", "move_data_folder", "sha256",
           "README_NAME"]

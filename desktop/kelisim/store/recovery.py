"""What a program killed in the middle of a write leaves behind, and how the next start deals with it.

Every write of the store goes to a temporary name and is renamed into place, so a kill never leaves half a file under
a final name; it may leave the temporary file. The first copy of the program to open a data folder (it holds the
folder's lock, ``store.lock``, so no other copy is writing) removes them (``sweep``):

- ``attachments/.incoming-*`` (a file being copied in), ``backups/*.part`` (a daily backup being written),
  ``backups/tmp*/`` and ``backups/.*.tmp`` (an archive backup's snapshot and archive), ``.package-*/`` and ``tmp*/``
  (a package or a case file being unpacked), ``kelisim.db.restoring`` (a daily backup being put in place of a
  damaged file), ``documents/*/.kelisim-*.docx.tmp`` (a document being written; looked for only after a killed run, see
  ``store.lock``);
- a restore from an archive (``store.transfer.restore``) unpacks and checks the archive in ``.restore-*/`` first and
  then writes ``restore-journal.json`` (the commit point) before it moves anything. A kill before the journal leaves
  the old data untouched: the staging folder is removed and the next start says the restore was cancelled. A kill
  after it: the next start completes the restore from the journal (``complete_restore``: each step is done only
  if it has not been done, so it can be repeated) and says so, naming the folder the previous data was kept in.
  Never a mix of old and restored data.

What the next start has to say is kept as ``Notice``s (Russian and Kazakh) in ``Store.notices``.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from kelisim.store.db import DB_NAME

JOURNAL = "restore-journal.json"
STAGING_INFO = ".kelisim-restore.json"  # inside a staging folder: where the archive came from, when
TEMP_DIR = re.compile(r"tmp[a-z0-9_]{8}")  # tempfile.TemporaryDirectory's names (a case file, a backup snapshot)


@dataclass(frozen=True)
class Notice:
    """Something the next start of the program tells the lawyer (not an error: the data is consistent)."""
    code: str
    message_ru: str
    message_kk: str

    def message(self, lang: str = "ru") -> str:
        return self.message_kk if lang == "kk" else self.message_ru


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_json_atomically(path: Path, data: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _read_json(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _when(text) -> str:
    try:
        return _dt.datetime.fromisoformat(str(text)).strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return "?"


def _plain_name(value) -> str | None:
    """A folder name from the journal: one plain segment inside the data folder, or None."""
    if not isinstance(value, str) or not value or value in (".", "..") or "/" in value or "\\" in value:
        return None
    return value


def complete_restore(home: Path) -> Notice | None:
    """Finish a restore whose journal is in ``home`` (its archive was checked and unpacked before the journal was
    written): move the current database and attachments aside, put the restored ones in place, remove the journal.
    Every step is skipped when already done. Returns what to tell the lawyer, or None without a journal."""
    home = Path(home)
    journal = _read_json(home / JOURNAL)
    if journal is None:
        if (home / JOURNAL).exists():  # unreadable: a journal is written aside and renamed, so this is not ours
            (home / JOURNAL).unlink()
        return None
    staging_name, aside_name = _plain_name(journal.get("staging")), _plain_name(journal.get("aside"))
    if staging_name is None or aside_name is None:
        (home / JOURNAL).unlink()
        return None
    staging, aside = home / staging_name, home / aside_name
    aside.mkdir(exist_ok=True)
    if (staging / DB_NAME).exists():  # the restored database is not in place yet: the current one goes aside first
        for name in (DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME):
            if (home / name).exists():
                os.replace(home / name, aside / name)
        os.replace(staging / DB_NAME, home / DB_NAME)
    if (staging / "attachments").exists():
        if (home / "attachments").exists():
            os.replace(home / "attachments", aside / "attachments")
        os.replace(staging / "attachments", home / "attachments")
    _fsync_dir(home)
    shutil.rmtree(staging, ignore_errors=True)  # before the journal: a staging folder without one is a cancelled restore
    (home / JOURNAL).unlink()
    _fsync_dir(home)
    source = str(journal.get("source") or "?")
    started = _when(journal.get("started"))
    return Notice("restore-completed",
                  f"Восстановление из резервной копии «{source}», начатое {started}, было прервано и завершено при "
                  f"этом запуске: данные восстановлены из копии. Прежние данные сохранены в папке «{aside}».",
                  f"{started} басталған «{source}» сақтық көшірмесінен қалпына келтіру үзіліп қалған еді, ол осы "
                  f"іске қосуда аяқталды: деректер көшірмеден қалпына келтірілді. Бұрынғы деректер «{aside}» "
                  f"қалтасында сақталған.")


def _remove(path: Path) -> bool:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    except OSError:
        return False
    return True


def _entries(folder: Path) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as it:
            return list(it)
    except OSError:
        return []


def sweep(home: Path, *, thorough: bool = True) -> list[Notice]:
    """Complete or cancel an interrupted restore and remove the temporary files killed writes left (see the module's
    notes). Only for the copy of the program that holds the folder's lock. ``thorough``: also every case's documents
    folder (thousands of folders: done only when the previous copy of the program was killed, ``FolderLock.unclean``).
    Returns what to tell the lawyer."""
    home = Path(home)
    notices = []
    done = complete_restore(home)
    if done is not None:
        notices.append(done)
    for entry in _entries(home):
        name = entry.name
        path = Path(entry.path)
        if name.startswith(".restore-") and entry.is_dir(follow_symlinks=False):
            info = _read_json(path / STAGING_INFO) or {}
            if _remove(path):
                source = str(info.get("source") or "?")
                notices.append(Notice(
                    "restore-cancelled",
                    f"Восстановление из резервной копии «{source}» ({_when(info.get('started'))}) было прервано до "
                    f"замены данных: данные остались прежними. Повторите восстановление, если оно нужно.",
                    f"«{source}» сақтық көшірмесінен қалпына келтіру ({_when(info.get('started'))}) деректер "
                    f"ауыстырылмай тұрып үзілді: деректер бұрынғыдай қалды. Қажет болса, қалпына келтіруді "
                    f"қайталаңыз."))
        elif ((name.startswith(".package-") or TEMP_DIR.fullmatch(name)) and entry.is_dir(follow_symlinks=False)) or name in (
                DB_NAME + ".restoring", JOURNAL + ".tmp"):
            _remove(path)
    for entry in _entries(home / "attachments"):
        if entry.name.startswith(".incoming-"):
            _remove(Path(entry.path))
    for entry in _entries(home / "backups"):
        name = entry.name
        if name.endswith(".part") or (name.startswith(".") and name.endswith(".tmp")) or (
                TEMP_DIR.fullmatch(name) and entry.is_dir(follow_symlinks=False)):
            _remove(Path(entry.path))
    for folder in _entries(home / "documents") if thorough else ():
        if folder.is_dir(follow_symlinks=False):
            for entry in _entries(Path(folder.path)):
                if entry.name.startswith(".kelisim-") and entry.name.endswith(".docx.tmp"):
                    _remove(Path(entry.path))
    return notices

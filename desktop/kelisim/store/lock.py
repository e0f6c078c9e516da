"""One writer per data folder: an exclusive lock held by the copy of Kelisim that has the folder open.

Two copies of the program writing into one data folder (a lawyer who started it twice, two users of one shared
folder) would each keep their own view of the register and could undo each other's work. The first copy to open a
folder takes an exclusive lock on ``.kelisim.lock`` in it (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on
Windows) and writes who it is (user, computer, process, since when) into the file; a second copy is refused with
``FolderInUse``: «Kelisim is already open on this data folder (by USER since HH:MM); close it or choose another
folder» in Russian and Kazakh. The operating system drops the lock when the process ends, however it ends (a kill,
a crash, a power cut), so a stale lock never locks anyone out.

The owner's line is removed when the last holder lets go; a line found by the next copy to take the lock means the
previous one was killed (``FolderLock.unclean``), and the store then looks harder for what it left
(``store.recovery.sweep``).

Within one process the lock is shared: the window's store, a background thread's own connection, a restore run
from the window all count as the same copy of the program (a count per folder; the lock is released when the last
holder lets go). Read-only commands may read a folder another copy has open (``Store(read_only=True)``: SQLite's WAL
lets readers and one writer work side by side).
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import errno
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from kelisim.store.db import StoreError, disk_error, os_user

LOCK_NAME = ".kelisim.lock"
_WINDOWS_OFFSET = 1 << 30  # Windows locks are mandatory: lock a byte far past the owner's line, which stays readable

_guard = threading.Lock()
_held: dict[str, list] = {}  # resolved folder → [file descriptor, holders in this process]


class FolderInUse(StoreError):
    """Another copy of the program has the data folder open; ``owner`` is what it wrote about itself."""

    def __init__(self, message_ru: str, message_kk: str, *, home: Path, owner: dict):
        super().__init__(message_ru, message_kk, code="in-use")
        self.home = home
        self.owner = owner


@dataclass
class FolderLock:
    """A held lock on one data folder; ``first`` when this holder took it (no other holder in this process)."""
    home: Path
    key: str
    first: bool
    unclean: bool = False  # the previous holder ended without letting go (killed, crashed): clean up after it
    released: bool = False

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        with _guard:
            entry = _held.get(self.key)
            if entry is None:
                return
            entry[1] -= 1
            if entry[1] > 0:
                return
            del _held[self.key]
            fd = entry[0]
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)  # nobody holds it now: no owner to name
            _unlock(fd)
        with contextlib.suppress(OSError):
            os.close(fd)

    def __enter__(self) -> "FolderLock":
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def _key(home: Path) -> str:
    return os.path.normcase(str(Path(home).resolve()))


def _try_lock(fd: int) -> bool:
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, _WINDOWS_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:  # a file system without locks (some network shares): one writer cannot be ensured
        if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP):
            return True
        raise
    return True


def _unlock(fd: int) -> None:
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, _WINDOWS_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def host_name() -> str:
    """This computer's name (POSIX: the kernel's node name, which is what ``socket.gethostname`` returns there; the
    ``socket`` module is not imported for it at the program's start)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _owner_line() -> bytes:
    owner = {"user": os_user(), "host": host_name(), "pid": os.getpid(),
             "since": _dt.datetime.now().astimezone().isoformat(timespec="seconds")}
    return json.dumps(owner, ensure_ascii=False).encode("utf-8") + b"\n"


def read_owner(home: Path) -> dict:
    """What the copy holding the folder wrote about itself ({} when unknown: it is starting, or the file is gone)."""
    try:
        with open(Path(home) / LOCK_NAME, "rb") as f:
            data = json.loads(f.read(4096).decode("utf-8").splitlines()[0])
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError, IndexError, UnicodeDecodeError):
        return {}


def in_use_error(home: Path, owner: dict) -> FolderInUse:
    user = str(owner.get("user") or "?")
    since_ru = since_kk = ""
    try:
        since = _dt.datetime.fromisoformat(str(owner["since"]))
        shown = since.strftime("%H:%M") if since.date() == _dt.date.today() else since.strftime("%d.%m.%Y %H:%M")
        since_ru, since_kk = f" с {shown}", f", {shown} бастап"
    except (KeyError, ValueError, TypeError):
        pass
    host = str(owner.get("host") or "")
    where_ru = f" на компьютере {host}" if host and host != host_name() else ""
    where_kk = f", {host} компьютерінде" if where_ru else ""
    pid = owner.get("pid")
    process_ru = f", процесс {pid}" if isinstance(pid, int) else ""
    process_kk = f", {pid} процесі" if isinstance(pid, int) else ""
    return FolderInUse(
        f"Kelisim уже открыт с этой папкой данных (пользователь {user}{where_ru}{since_ru}{process_ru}): {home}. "
        f"Закройте его или выберите другую папку данных.",
        f"Kelisim осы деректер қалтасымен ашық тұр (пайдаланушы {user}{where_kk}{since_kk}{process_kk}): {home}. "
        f"Оны жабыңыз немесе басқа деректер қалтасын таңдаңыз.", home=Path(home), owner=owner)


def lock_folder(home: Path) -> FolderLock:
    """Take the data folder's lock (shared by every holder in this process); ``FolderInUse`` when another process
    has it, a ``StoreError`` (``read-only``…) when the lock file cannot be written."""
    home = Path(home)
    key = _key(home)
    with _guard:
        entry = _held.get(key)
        if entry is not None:
            entry[1] += 1
            return FolderLock(home, key, first=False)
        try:
            fd = os.open(home / LOCK_NAME, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as exc:
            raise disk_error(exc, "открытие папки данных", "деректер қалтасын ашу") from exc
        try:
            locked = _try_lock(fd)
        except OSError as exc:
            os.close(fd)
            raise disk_error(exc, "открытие папки данных", "деректер қалтасын ашу") from exc
        if not locked:
            os.close(fd)
            raise in_use_error(home, read_owner(home))
        unclean = False
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            unclean = bool(os.read(fd, 4096).strip())  # an owner's line is removed on release: this one was killed
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, _owner_line())
        except OSError:
            pass  # the lock is what matters; the owner's line only makes the refusal friendlier
        _held[key] = [fd, 1]
        return FolderLock(home, key, first=True, unclean=unclean)


def is_locked_here(home: Path) -> bool:
    """This process holds the folder's lock."""
    with _guard:
        return _key(home) in _held
